import type { Rule } from '../types';

export const cautionRules: Rule[] = [
  {
    id: 'active-infection',
    level: 'caution',
    title: 'Active infection',
    when: { path: 'considerations.activeInfection', eq: 'yes' },
    clinicianText:
      'Active infection reported. A pump is not implanted while an infection is present (labelled contraindication); the screening test is also deferred during an acute illness.',
    patientText: 'You have an infection now. It must clear up before any test dose or surgery.',
    sources: ['label-lioresal'],
  },
  {
    id: 'baclofen-allergy',
    level: 'caution',
    title: 'Baclofen allergy',
    when: { path: 'considerations.baclofenAllergy', eq: 'yes' },
    clinicianText: 'Hypersensitivity to baclofen reported: a labelled contraindication to intrathecal baclofen.',
    patientText: 'You are allergic to baclofen. Tell the team about this allergy and what happened.',
    sources: ['label-lioresal'],
  },
  {
    id: 'refills-not-possible',
    level: 'caution',
    title: 'Refill visits may not be possible',
    when: { path: 'considerations.canAttendRefills', eq: 'no' },
    clinicianText:
      'Reported unable to attend refills every 1 to 6 months. A missed refill can cause withdrawal (boxed warning); policy asks for commitment to follow-up. Discuss travel, home refills or support.',
    patientText:
      'A pump must be refilled at a clinic every 1 to 6 months. Missing a refill can make you very ill. Talk with the team about how you would get there.',
    sources: ['seed', 'label-lioresal', 'nhse-itb'],
  },
  {
    id: 'brain-injury-timing',
    level: 'caution',
    title: 'Less than a year since brain injury',
    when: {
      all: [
        { path: 'diagnosis.condition', eq: 'brain_injury' },
        { path: 'diagnosis.monthsSinceOnset', lt: 12 },
      ],
    },
    clinicianText:
      '{diagnosis.monthsSinceOnset} months since brain injury. The label advises waiting at least one year after traumatic brain injury before long-term ITB; observational data question this. Specialist judgement on timing.',
    patientText: 'Your brain injury was less than a year ago. The team may want to wait before a pump.',
    sources: ['label-lioresal'],
  },
  {
    id: 'seizures-uncontrolled',
    level: 'caution',
    title: 'Seizures not controlled',
    when: { path: 'considerations.seizures', eq: 'uncontrolled' },
    clinicianText:
      'Uncontrolled seizures reported. The label advises caution with seizure disorders; uncontrolled epilepsy is an exclusion in UK commissioning policy.',
    patientText: 'Your seizures are not under control. The team needs to know this before any plan.',
    sources: ['label-lioresal', 'nhse-itb'],
  },
  {
    id: 'mental-health',
    level: 'caution',
    title: 'Unstable mental health or confusional state',
    when: { path: 'considerations.mentalHealth', eq: 'yes' },
    clinicianText:
      'Unstable mental illness, psychosis or confusional state reported. Label caution; unrealistic goals and unmanaged mental health are relative concerns for selection and long-term follow-up.',
    patientText: 'You have had hard times with your mental health. Tell the team, so they can plan care that fits you.',
    sources: ['label-lioresal', 'nhse-itb', 'saulino-2016'],
  },
  {
    id: 'withdrawal-risk',
    level: 'caution',
    title: 'Higher risk from baclofen withdrawal',
    when: { path: 'considerations.withdrawalRisk', eq: 'yes' },
    clinicianText:
      'Higher risk from abrupt withdrawal reported (spinal cord injury at T6 or above, autonomic dysreflexia, communication difficulty, or past withdrawal). Boxed warning: withdrawal can cause high fever, altered mental state, rebound spasticity, rhabdomyolysis and death. Needs a plan for recognising and treating it.',
    patientText:
      'If the pump stops or runs empty, you could get very ill, and you may be at more risk. The team will make a plan with you for that.',
    sources: ['label-lioresal'],
  },
];

import { beforeAPump } from '../additions';
import { pumpNow } from '../conditions';
import type { Rule } from '../types';

export const cautionRules: Rule[] = [
  {
    id: 'active-infection',
    level: 'caution',
    title: 'Infection or unhealed wound now',
    when: { path: 'considerations.activeInfection', eq: 'yes' },
    clinicianText:
      'An infection now (such as a urine infection), or an unhealed wound or pressure sore, is reported. The Lioresal label contraindicates implantation with active infection, and NICE CG145 (1.6.3; under-19s with non-progressive brain disorders) lists local or systemic intercurrent infection as a contraindication; best-practice guidance (Boster 2016) defers the screening test during active problems such as a urine infection, an MS relapse or a non-healing wound.',
    patientText:
      '{{You have|Your child has}} an infection, or a wound or sore that has not healed. Tell the team about it.',
    sources: ['label-lioresal', 'nice-cg145', 'boster-2016'],
    contraindication: true,
    additions: [
      beforeAPump('The test dose and surgery usually wait until it has cleared up.'),
      {
        when: pumpNow,
        clinicianText: 'A pump is in place now: the team that manages it should hear of this infection today.',
        patientText: 'With a pump, call {{your|your child’s}} pump team about it today.',
      },
    ],
  },
  {
    id: 'baclofen-allergy',
    level: 'caution',
    title: 'Allergy to baclofen reported',
    when: { path: 'considerations.baclofenAllergy', eq: 'yes' },
    clinicianText:
      'Allergy to baclofen reported. Hypersensitivity to baclofen is a labelled contraindication but is rare, and adverse effects of oral baclofen are sometimes recorded as allergy (Saulino 2016): establish what happened and whether it was a true allergic reaction.',
    patientText:
      'The form says {{you are|your child is}} allergic to baclofen. A true allergy to baclofen is rare. Side effects are sometimes taken for an allergy. Tell the team what happened when {{you|your child}} took it.',
    sources: ['label-lioresal', 'saulino-2016'],
    contraindication: true,
  },
  {
    id: 'current-pump',
    level: 'caution',
    title: 'Has a baclofen pump now',
    when: { path: 'otherTreatments', has: 'itb_pump_current' },
    clinicianText:
      'A baclofen pump is in place now. To take it over, the receiving team needs: the pump model; the drug and its concentration; the daily dose and how it is given (continuous, or programmed to vary); the date of the last refill and the date the reservoir alarm is due; the implant date or the battery replacement date; and the implanting centre. Until then, confirm who does the next refill and when: sudden withdrawal happens most often through a catheter or pump problem or a refill not done on time, and abrupt withdrawal can cause high fever, altered mental state, rebound spasticity and rigidity, and rarely muscle breakdown, organ failure and death (boxed warning). The warning signs on the patient sheet apply now.',
    patientText:
      '{{You have|Your child has}} a baclofen pump now. Ask who will do the next refill, and when, until the new team takes over. Never miss a refill: withdrawal can be life-threatening. Bring the pump ID card and the date of the last refill.',
    sources: ['label-gablofen', 'label-lioresal'],
    pumpNow: true,
  },
  {
    id: 'refills-not-possible',
    level: 'caution',
    title: 'Regular pump refills may not be possible',
    when: { path: 'considerations.canAttendRefills', eq: 'no' },
    clinicianText:
      'Reported that regular pump refills (at a clinic, or home visits where offered) would not be possible. How often a pump needs refilling depends on the dose; a refill not done on schedule is one of the most frequent causes of sudden withdrawal (Gablofen label), and the NHS England access criteria expect the patient and carer to commit to refills. Discuss travel, home visits and support.',
    patientText:
      'A pump needs refills, often every few months. How often depends on the dose. A missed refill can cause withdrawal, which can be life-threatening. Talk with the team about how {{you|your child}} could get refills, and what help there is.',
    sources: ['label-gablofen', 'nhse-itb'],
  },
  {
    id: 'pump-care-support',
    level: 'caution',
    title: 'No one yet to spot warning signs and get urgent help',
    when: { path: 'considerations.pumpCareSupport', eq: 'no' },
    clinicianText:
      'Reported that neither the patient nor a carer usually with them can learn the warning signs and get urgent hospital help at any hour. Abrupt withdrawal is the boxed-warning risk; its early signs include more spasticity, itching, low blood pressure, light-headedness and tingling, and the Gablofen label asks for immediate hospital assessment when withdrawal or a pump problem is suspected.',
    patientText:
      'With a pump, someone needs to spot the warning signs and get help fast, day or night. Talk with the team about who could do this for {{you|your child}}, and what support there is.',
    sources: ['label-lioresal', 'label-gablofen'],
  },
  {
    id: 'brain-injury-timing',
    level: 'caution',
    title: 'Less than a year since the brain injury',
    when: {
      all: [
        { path: 'diagnosis.condition', eq: 'brain_injury' },
        { path: 'diagnosis.monthsSinceOnset', lt: 12 },
      ],
    },
    clinicianText:
      '{diagnosis.monthsSinceOnset} since the brain injury. The labels advise waiting at least one year after a traumatic brain injury (an injury from a blow to the head) before long-term intrathecal baclofen; the form does not record whether this injury was traumatic.',
    patientText:
      '{{Your|Your child’s}} brain injury was less than a year ago. The advice to wait at least a year is for an injury from a blow to the head. Ask the team what this means for {{you|your child}}.',
    sources: ['label-lioresal', 'label-gablofen'],
  },
  {
    id: 'seizures-uncontrolled',
    level: 'caution',
    title: 'Seizures not controlled',
    when: { path: 'considerations.seizures', eq: 'uncontrolled' },
    clinicianText:
      'Seizures not controlled. Uncontrolled epilepsy is an exclusion in the NHS England access criteria and a potential contraindication in NICE CG145 (1.6.4; under-19s with non-progressive brain disorders); seizures are among the commonest adverse events in intrathecal baclofen trials and occur in overdose and withdrawal.',
    patientText:
      '{{Your|Your child’s}} seizures are not under control. Tell the team how often they happen and which seizure medicines {{you take|your child takes}}.',
    sources: ['nhse-itb', 'nice-cg145', 'label-lioresal', 'label-lioresal-ca'],
  },
  {
    id: 'mental-health',
    level: 'caution',
    title: 'Unstable mental illness, psychosis or confusion',
    when: { path: 'considerations.mentalHealth', eq: 'yes' },
    clinicianText:
      'Unstable mental illness, psychosis or a confusional state reported. Psychosis and confusion are label precautions (Gablofen), the NHS England access criteria exclude severe unstable mental illness, and consensus counts unmanaged mental health problems as a relative contraindication (Saulino 2016).',
    patientText:
      'The form says {{you have|your child has}} mental health problems or times of confusion now. Tell the team about this, so they can plan care that fits {{you|your child}}.',
    sources: ['label-gablofen', 'nhse-itb', 'saulino-2016'],
  },
  {
    id: 'withdrawal-risk',
    level: 'caution',
    title: 'Risk factors for baclofen withdrawal',
    when: {
      any: [
        { path: 'considerations.communicationDifficulty', eq: 'yes' },
        { path: 'considerations.pastWithdrawal', eq: 'yes' },
        {
          all: [
            { path: 'diagnosis.condition', eq: 'spinal_cord_injury' },
            { path: 'diagnosis.injuryLevel', in: ['cervical', 't1_t6'] },
          ],
        },
      ],
    },
    clinicianText:
      'At least one risk factor named in the boxed warning is recorded ({because.answers}). The boxed warning asks for special attention to people with spinal cord injury at T6 or above, communication difficulties or a history of withdrawal, because abrupt withdrawal can cause high fever, altered mental state, rebound spasticity and, rarely, muscle breakdown, organ failure and death; agree a plan for recognising and treating it.',
    patientText:
      'If a pump stops or runs empty, baclofen withdrawal can be life-threatening. The team will plan with you how to spot it early and get help fast.',
    sources: ['label-lioresal', 'label-gablofen'],
    additions: [
      {
        when: { path: 'considerations.communicationDifficulty', eq: 'yes' },
        patientText: '{{You|Your child}} may find it hard to tell others about new symptoms.',
      },
      {
        when: { path: 'considerations.pastWithdrawal', eq: 'yes' },
        patientText: '{{You have|Your child has}} had baclofen withdrawal before, which raises the risk.',
      },
      {
        when: { path: 'diagnosis.injuryLevel', in: ['cervical', 't1_t6'] },
        patientText: 'A spinal cord injury at T6 or higher raises the risk.',
      },
    ],
  },
  {
    id: 'autonomic-dysreflexia',
    level: 'caution',
    title: 'Autonomic dysreflexia',
    when: { path: 'considerations.autonomicDysreflexia', eq: 'yes' },
    clinicianText:
      'Autonomic dysreflexia reported. It is a precaution in the Gablofen label, separate from the boxed warning’s withdrawal risk factors, and the same label notes that advanced intrathecal baclofen withdrawal may resemble autonomic dysreflexia: with a pump, an episode should prompt a check of the pump and catheter. Describe the usual triggers and how episodes are managed.',
    patientText:
      '{{You have|Your child has}} autonomic dysreflexia. Tell the team what sets it off and what helps. With a pump, baclofen withdrawal can look like an attack. If an attack has no clear cause, or comes with itching or fever, go to hospital at once.',
    sources: ['label-gablofen'],
  },
  {
    id: 'breathing-problems',
    level: 'caution',
    title: 'Breathing disorder with a risk of respiratory failure',
    when: { path: 'considerations.breathingProblems', eq: 'yes' },
    clinicianText:
      'A breathing disorder with a risk of respiratory failure is reported. NICE CG145 (1.6.4; under-19s with non-progressive brain disorders) lists such respiratory disorders among potential contraindications, and intrathecal baclofen overdose can depress breathing (Lioresal label); give details of any ventilation or night-time breathing support.',
    patientText:
      '{{You have|Your child has}} breathing problems. Too much baclofen can slow breathing. Tell the team about any breathing help, such as a machine at night.',
    sources: ['nice-cg145', 'label-lioresal'],
  },
  {
    id: 'organ-disease',
    level: 'caution',
    title: 'Kidney, liver or gut disease',
    when: { path: 'considerations.kidneyLiverGutDisease', eq: 'yes' },
    clinicianText:
      'Kidney failure, liver disease or gut disease reported. The NHS England access criteria expect no indication of renal failure, hepatic or gastrointestinal disease; give the diagnosis and how stable it is.',
    patientText: '{{You have|Your child has}} a kidney, liver or gut problem. Tell the team about it.',
    sources: ['nhse-itb'],
  },
  {
    id: 'nutrition-body-size',
    level: 'caution',
    title: 'Low weight, small body size or malnutrition',
    when: { path: 'considerations.lowWeightOrMalnutrition', eq: 'yes' },
    clinicianText:
      'Very low weight, small body size or malnutrition reported (weight: {patient.weightKg}). The Lioresal label contraindicates implantation with insufficient body size or when the pump would have to sit deeper than 2.5 cm; for under-19s with non-progressive brain disorders, NICE CG145 lists being too small for the pump as a contraindication (1.6.3) and malnutrition, which raises the risk of complications after surgery, as a potential contraindication (1.6.4).',
    patientText:
      '{{You are|Your child is}} small or underweight, or not eating well. Being underweight can make healing after surgery harder. Talk with the team about this.',
    sources: ['label-lioresal', 'nice-cg145'],
    contraindication: true,
    additions: [beforeAPump('The pump has to fit under the skin of the belly.')],
  },
  {
    id: 'spinal-surgery-previous',
    level: 'caution',
    title: 'Spinal surgery or fusion in the past',
    when: { path: 'considerations.spinalSurgery', eq: 'previous' },
    clinicianText:
      'Spinal surgery or fusion in the past. It may affect access for the test-dose lumbar puncture and the catheter, so bring operation notes and imaging; NICE CG145 (1.6.4; under-19s with non-progressive brain disorders) lists a previous spinal fusion as a potential contraindication, and no adult source in this tool’s evidence takes a position either way.',
    patientText: '{{You have|Your child has}} had surgery on the spine. Bring any notes about the surgery.',
    sources: ['nice-cg145'],
    additions: [beforeAPump('It may change how the test dose and the pump tube are put in.')],
  },
  {
    id: 'spinal-fusion-planned',
    level: 'caution',
    title: 'Spinal surgery or fusion planned',
    when: { path: 'considerations.spinalSurgery', eq: 'planned' },
    clinicianText:
      'Spinal surgery or fusion is planned. For under-19s with non-progressive brain disorders, NICE CG145 (1.6.5) advises implanting the pump before the fusion when a fusion for scoliosis is likely; agree the order and timing with the spinal team.',
    patientText:
      '{{You have|Your child has}} spine surgery planned. Tell the spine team and the pump team about each plan.',
    sources: ['nice-cg145'],
    additions: [beforeAPump('If a pump is planned too, the order of the two operations matters.')],
  },
  {
    id: 'bleeding-risk',
    level: 'caution',
    title: 'Blood thinner or bleeding disorder',
    when: { path: 'considerations.bleedingRisk', eq: 'yes' },
    clinicianText:
      'An anticoagulant, an antiplatelet medicine or a bleeding disorder is reported. It changes the plan for the test-dose lumbar puncture and the implant (ASRA guidance on spine and pain procedures); NICE CG145 (1.6.4; under-19s with non-progressive brain disorders) lists coagulation disorders as a potential contraindication.',
    patientText:
      '{{You take|Your child takes}} a blood thinner or {{bleed|bleeds}} easily. The team will plan any needle or operation around this. Do not stop a blood thinner on your own. Ask the doctor who gives it first.',
    sources: ['nice-cg145', 'asra-pain'],
  },
];

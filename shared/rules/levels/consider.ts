import { oralNotEnough, oralTried, severe, sideEffectsDidNotLimitDose } from '../conditions';
import type { Rule } from '../types';

export const considerRules: Rule[] = [
  {
    id: 'stroke-timing',
    level: 'consider',
    title: 'Less than 6 months since stroke',
    when: {
      all: [
        { path: 'diagnosis.condition', eq: 'stroke' },
        { path: 'diagnosis.monthsSinceOnset', lt: 6 },
      ],
    },
    clinicianText:
      '{diagnosis.monthsSinceOnset} months since stroke. The stroke trials of ITB enrolled people more than 6 months after the stroke.',
    patientText: 'Your stroke was less than 6 months ago. Tightness can still change in this time.',
    sources: ['stroke-trials'],
  },
  {
    id: 'focal-pattern',
    level: 'consider',
    title: 'Focal spasticity',
    when: { path: 'spasticity.distribution', eq: 'focal' },
    clinicianText:
      'Focal spasticity recorded. Focal patterns are usually treated with botulinum toxin first; other treatments tried: {otherTreatments}.',
    patientText: 'Your tightness is in one small area. Shots into the muscle are often tried first for that.',
    sources: ['biering-sorensen-2022'],
  },
  {
    id: 'below-severe-range',
    level: 'consider',
    title: 'Recorded severity below the usual range',
    when: {
      all: [
        { not: severe },
        {
          any: [
            { path: 'spasticity.modifiedAshworth', in: ['0', '1', '1+', '2'] },
            { path: 'spasticity.pennSpasmFrequency', in: [0, 1, 2] },
          ],
        },
      ],
    },
    clinicianText:
      'Modified Ashworth {spasticity.modifiedAshworth}, Penn spasm frequency {spasticity.pennSpasmFrequency}: below the severe range used by the labels and UK policy (MAS 3 or 4, or Penn 3 or more). Discuss how severity was judged.',
    patientText: 'The scores for your tight muscles are lower than the usual range for a pump. The team will look again.',
    sources: ['label-lioresal', 'nhse-itb'],
  },
  {
    id: 'oral-not-tried',
    level: 'consider',
    title: 'Oral baclofen not tried',
    when: { path: 'oralBaclofen.tried', eq: 'no' },
    clinicianText:
      'Oral baclofen has not been tried. It is usually tried first and the label reserves ITB for people who do not respond to or tolerate it; expert consensus does not require oral failure (for example in progressive disease, people who walk, and children).',
    patientText: 'You have not taken baclofen pills. These are often tried before a pump, but not always.',
    sources: ['seed', 'label-lioresal', 'saulino-2016'],
  },
  {
    id: 'oral-working',
    level: 'consider',
    title: 'Oral baclofen works and is tolerated',
    when: { all: [oralTried, { path: 'oralBaclofen.response', eq: 'good' }, sideEffectsDidNotLimitDose] },
    clinicianText:
      'Good response to oral baclofen without dose-limiting side effects. Discuss what ITB would add over the current treatment.',
    patientText: 'Baclofen pills work for you now. Ask what a pump would add.',
    sources: ['seed'],
  },
  {
    id: 'oral-dose-below-usual',
    level: 'consider',
    title: 'Oral dose below the usual adult range',
    when: {
      all: [
        oralTried,
        oralNotEnough,
        { path: 'oralBaclofen.highestDailyDoseMg', lt: 40 },
        sideEffectsDidNotLimitDose,
        { path: 'patient.ageYears', gte: 18 },
      ],
    },
    clinicianText:
      'Highest oral dose {oralBaclofen.highestDailyDoseMg} a day, without dose-limiting side effects: below the usual adult range of 40 to 80 mg a day (label maximum 80 mg).',
    patientText: 'Your highest dose of baclofen pills was low. A higher dose might be tried first.',
    sources: ['label-lioresal'],
  },
  {
    id: 'relies-on-tone',
    level: 'consider',
    title: 'Uses muscle tone to stand, walk or transfer',
    when: { path: 'considerations.reliesOnTone', eq: 'yes' },
    clinicianText:
      'Relies on spasticity to stand, keep balance or transfer. Label caution; a smaller screening dose (25 micrograms) is used for people who rely on their tone.',
    patientText:
      'You use your stiff muscles to stand or move. Less tightness could make that harder. The test dose can be made smaller for you.',
    sources: ['label-lioresal', 'boster-2016'],
  },
  {
    id: 'seizures-controlled',
    level: 'consider',
    title: 'Seizure history',
    when: { path: 'considerations.seizures', eq: 'controlled' },
    clinicianText: 'Seizures, currently controlled. The label advises caution with a history of seizures.',
    patientText: 'You have had seizures. Tell the team, even if they are under control.',
    sources: ['label-lioresal'],
  },
  {
    id: 'spinal-surgery',
    level: 'consider',
    title: 'Past spinal surgery or fusion',
    when: { path: 'considerations.spinalSurgeryOrFusion', eq: 'yes' },
    clinicianText:
      'Prior spinal surgery or fusion. Not a contraindication; catheter access may need another route or imaging guidance.',
    patientText: 'You have had surgery on your spine. A pump can still be used. The tube may go in a different way.',
    sources: ['saulino-2016'],
  },
  {
    id: 'bleeding-risk',
    level: 'consider',
    title: 'Bleeding risk',
    when: { path: 'considerations.bleedingRisk', eq: 'yes' },
    clinicianText:
      'Anticoagulant, antiplatelet or bleeding disorder reported. Plan the lumbar puncture and implant around these medicines as interventional pain guidance advises.',
    patientText: 'You take blood thinners or bleed easily. The team will plan when to pause or change these medicines.',
    sources: ['asra-pain'],
  },
  {
    id: 'pregnancy',
    level: 'consider',
    title: 'Pregnancy',
    when: { path: 'considerations.pregnancy', eq: 'yes' },
    clinicianText: 'Pregnancy reported. Only case reports describe ITB in pregnancy; discuss timing and risks.',
    patientText: 'You are pregnant. Little is known about the pump in pregnancy. Talk this through with the team.',
    sources: ['label-lioresal'],
  },
  {
    id: 'young-child',
    level: 'consider',
    title: 'Child under 4',
    when: { path: 'patient.ageYears', lt: 4 },
    clinicianText:
      'Age {patient.ageYears} years, weight {patient.weightKg}. Gablofen is labelled from age 4; body size matters because the pump sits about 2.5 cm under the skin of the abdomen.',
    patientText: 'Your child is very young. The team will check that the pump can fit well in a small body.',
    sources: ['label-gablofen', 'label-lioresal'],
  },
];

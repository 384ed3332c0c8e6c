import type { Rule } from '../types';

export const infoRules: Rule[] = [
  {
    id: 'previous-itb',
    level: 'info',
    title: 'Earlier intrathecal baclofen test dose or pump',
    when: {
      any: [
        { path: 'otherTreatments', has: 'itb_test_dose' },
        { path: 'otherTreatments', has: 'itb_pump_past' },
      ],
    },
    clinicianText:
      'An earlier intrathecal baclofen test dose, or a pump in the past, is recorded. Bring its records: doses, effect against the goals set, adverse events, and, if it was stopped or not continued, why.',
    patientText:
      '{{You have|Your child has}} had a baclofen test dose or pump before. Bring any notes about it: the dose and how it worked. If it was stopped, say why.',
    sources: ['boster-2016'],
  },
  {
    id: 'child-guidance',
    level: 'info',
    title: 'NICE guidance for under-19s',
    when: {
      all: [
        { path: 'patient.ageYears', lt: 19 },
        { path: 'diagnosis.condition', in: ['cerebral_palsy', 'brain_injury', 'stroke'] },
      ],
    },
    clinicianText:
      'Age {patient.ageYears}, {diagnosis.condition}. NICE CG145 covers children and young people from birth to their 19th birthday with non-progressive brain disorders, not progressive ones; it is guidance written for England and is not binding elsewhere, and its intrathecal baclofen section is 1.6.1 to 1.6.6.',
    patientText: 'The team may use guidance from England for children and young people with tight muscles.',
    sources: ['nice-cg145'],
  },
  {
    id: 'shunt',
    level: 'info',
    title: 'Shunt in place',
    when: { path: 'considerations.shunt', eq: 'yes' },
    clinicianText:
      'A shunt is in place. A shunt for hydrocephalus is not a contraindication, but it may affect spinal fluid flow (Saulino 2016); give the shunt type and history.',
    patientText: '{{You have|Your child has}} a shunt. A shunt does not rule out a pump. Tell the team about it.',
    sources: ['saulino-2016'],
  },
];

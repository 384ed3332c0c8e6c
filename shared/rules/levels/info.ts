import type { Rule } from '../types';

export const infoRules: Rule[] = [
  {
    id: 'child-guidance',
    level: 'info',
    title: "Children's guidance applies",
    when: { path: 'patient.ageYears', lt: 19 },
    clinicianText:
      'Age {patient.ageYears}: NICE CG145 (under 19s) applies. It describes ITB when, despite non-invasive treatment, spasticity or dystonia causes pain or spasms, or problems with posture, function, self-care or ease of care.',
    patientText: 'There is special advice for children and teens. The team will follow it.',
    sources: ['nice-cg145'],
  },
  {
    id: 'shunt',
    level: 'info',
    title: 'Shunt in place',
    when: { path: 'considerations.shunt', eq: 'yes' },
    clinicianText: 'A shunt is in place. Not a contraindication; the team needs to know for planning.',
    patientText: 'You have a shunt. That does not rule out a pump. Tell the team about it.',
    sources: ['saulino-2016'],
  },
];

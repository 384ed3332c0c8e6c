import { considerationPaths } from '../conditions';
import type { Rule } from '../types';

export const checkRules: Rule[] = [
  {
    id: 'other-condition',
    level: 'check',
    title: 'Condition not in the named list',
    when: { path: 'diagnosis.condition', eq: 'other' },
    clinicianText:
      'Condition described as "{diagnosis.otherDescription}". The specialist will judge whether the spasticity is of cerebral or spinal origin, as the label requires.',
    patientText: 'Your health problem is not one of the usual ones for a pump. The team will look at it closely.',
    sources: ['label-lioresal'],
  },
  {
    id: 'severity-not-recorded',
    level: 'check',
    title: 'Severity not recorded',
    when: {
      all: [
        { path: 'spasticity.modifiedAshworth', eq: 'not_assessed' },
        { path: 'spasticity.pennSpasmFrequency', isNull: true },
      ],
    },
    clinicianText: 'Neither Modified Ashworth nor Penn spasm frequency recorded. Record one or both before the visit.',
    patientText: 'No one has scored how tight your muscles are yet. This may be done before or at your visit.',
    sources: ['mas', 'penn'],
  },
  {
    id: 'oral-history-unclear',
    level: 'check',
    title: 'Oral baclofen history incomplete',
    when: {
      any: [
        { path: 'oralBaclofen.tried', eq: 'unsure' },
        {
          all: [
            { path: 'oralBaclofen.tried', eq: 'yes' },
            {
              any: [
                { path: 'oralBaclofen.response', eq: 'unsure' },
                { path: 'oralBaclofen.highestDailyDoseMg', isNull: true },
                { path: 'oralBaclofen.sideEffectsLimitedDose', eq: 'unsure' },
              ],
            },
          ],
        },
      ],
    },
    clinicianText:
      'Part of the oral baclofen history is not known. Bring doses tried, the effect and side effects to the visit.',
    patientText: 'Find out which baclofen pills you took, how much, and how they worked. Bring this with you.',
    sources: ['seed'],
  },
  {
    id: 'onset-unknown',
    level: 'check',
    title: 'Time since injury or stroke not known',
    when: {
      all: [
        { path: 'diagnosis.condition', in: ['brain_injury', 'stroke'] },
        { path: 'diagnosis.monthsSinceOnset', isNull: true },
      ],
    },
    clinicianText:
      'Time since the {diagnosis.condition} is not known. It matters for timing (label: one year after brain injury; stroke trials: more than 6 months).',
    patientText: 'Find out the date of your stroke or brain injury. The team needs to know how long ago it was.',
    sources: ['label-lioresal', 'stroke-trials'],
  },
  {
    id: 'goals-not-recorded',
    level: 'check',
    title: 'Goals not recorded',
    when: { path: 'goals', isEmpty: true },
    clinicianText: 'No goals recorded. Goals are agreed before a screening test, and policy asks for them.',
    patientText: 'Think about what you most want to change. The team will ask you before any test.',
    sources: ['boster-2016', 'nhse-itb'],
  },
  {
    id: 'unsure-answers',
    level: 'check',
    title: 'Answers to find out',
    when: {
      any: [
        ...considerationPaths.map((path) => ({ path, eq: 'unsure' })),
        { path: 'spasticity.distribution', eq: 'unsure' },
      ],
    },
    clinicianText: 'Answered "not sure": {because}. Find these out before the visit.',
    patientText: 'Some answers were not known. Try to find them out before your visit.',
    sources: ['saulino-2016'],
  },
];

import { considerationPaths } from '../conditions';
import { beforeAPump } from '../additions';
import type { Rule } from '../types';

export const checkRules: Rule[] = [
  {
    id: 'other-condition',
    level: 'check',
    title: 'Condition not in the form’s list',
    when: { path: 'diagnosis.condition', eq: 'other' },
    clinicianText:
      'Condition described as “{diagnosis.otherDescription}”. For the specialist: is the spasticity of cerebral or spinal origin, the two groups the maker’s information describes?',
    patientText:
      '{{Your|Your child’s}} condition is not one of those named on the form. The team will look at it closely. Bring any letters about it.',
    sources: ['label-lioresal'],
  },
  {
    id: 'severity-not-recorded',
    level: 'check',
    title: 'Spasticity not scored',
    when: {
      all: [
        { path: 'spasticity.modifiedAshworth', eq: 'not_assessed' },
        { path: 'spasticity.pennSpasmFrequency', isNull: true },
      ],
    },
    clinicianText:
      'Neither a Modified Ashworth nor a Penn spasm frequency score is recorded. Record one or both before the visit, with the muscle groups affected.',
    patientText:
      'No one has scored how tight {{your|your child’s}} muscles are yet. This may be done before or at the visit.',
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
      'Part of the oral baclofen history is not known ({because.answers}). Bring the doses tried and for how long, the effect and any side effects.',
    patientText:
      'Find out which baclofen medicine {{you|your child}} took, the highest dose, how well it worked and any side effects. Bring this to the visit.',
    sources: ['label-oral-us'],
  },
  {
    id: 'onset-unknown',
    level: 'check',
    title: 'Time since the injury or stroke not known',
    when: {
      all: [
        { path: 'diagnosis.condition', in: ['brain_injury', 'stroke'] },
        { path: 'diagnosis.monthsSinceOnset', isNull: true },
      ],
    },
    clinicianText:
      'Time since the {diagnosis.condition} not known. It matters for timing: the labels advise waiting at least one year after a traumatic brain injury, and the stroke trials enrolled people with more than 6 months of spasticity (Meythaler 2001) or chronic stroke (SISTERS).',
    patientText: 'Find out when the stroke or brain injury happened. The team needs to know how long ago it was.',
    sources: ['label-lioresal', 'stroke-trials'],
  },
  {
    id: 'goals-not-recorded',
    level: 'check',
    title: 'Goals not recorded',
    when: { path: 'goals', isEmpty: true },
    clinicianText:
      'No goals recorded. Best-practice guidance (Boster 2016) sets goals before a screening test so the test can show whether they are met, and the NHS England access criteria expect the patient and carer to understand and agree treatment goals.',
    patientText: 'Think about what {{you|you and your child}} most want to change. The team will ask about this.',
    sources: ['boster-2016', 'nhse-itb'],
    additions: [beforeAPump('Goals are agreed before any test dose.')],
  },
  {
    id: 'gmfcs-not-known',
    level: 'check',
    title: 'GMFCS level not known',
    when: {
      all: [
        { path: 'diagnosis.condition', eq: 'cerebral_palsy' },
        { path: 'diagnosis.gmfcs', eq: 'not_known' },
      ],
    },
    clinicianText:
      'GMFCS level not known. NICE CG145 (1.6.2; under-19s with non-progressive brain disorders) uses it to describe who typically benefits (GMFCS III to V); record it before the visit.',
    patientText:
      'The team will ask for {{your|your child’s}} GMFCS level. This is a score of how {{you move|your child moves}} about. Ask {{your|your child’s}} physio or doctor if you do not know it.',
    sources: ['nice-cg145'],
  },
  {
    id: 'unsure-answers',
    level: 'check',
    title: 'Answers to find out',
    when: {
      any: [
        ...considerationPaths.map((path) => ({ path, eq: 'unsure' })),
        { path: 'spasticity.distribution', eq: 'unsure' },
        { path: 'spasticity.dystonia', eq: 'unsure' },
        { path: 'diagnosis.injuryLevel', eq: 'unsure' },
      ],
    },
    clinicianText: 'Answered “not sure”, to find out before the visit: {because.fields}.',
    patientText: 'Some answers on the form were “not sure”: {because.fields}. Try to find these out before the visit.',
    sources: [],
  },
];

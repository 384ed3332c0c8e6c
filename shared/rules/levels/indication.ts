import { oralNotEnough, oralTried, severe } from '../conditions';
import type { Rule } from '../types';

export const indicationRules: Rule[] = [
  {
    id: 'listed-condition',
    level: 'indication',
    title: 'Condition named in the indications',
    when: {
      path: 'diagnosis.condition',
      in: ['cerebral_palsy', 'multiple_sclerosis', 'spinal_cord_injury', 'stroke', 'brain_injury'],
    },
    clinicianText:
      'Spasticity from {diagnosis.condition}: spasticity of cerebral or spinal origin, a condition named among the documented uses of intrathecal baclofen.',
    patientText: 'Your tight muscles come from a health problem that a baclofen pump is used for.',
    sources: ['seed', 'label-lioresal'],
  },
  {
    id: 'severe-spasticity',
    level: 'indication',
    title: 'Severe spasticity recorded',
    when: severe,
    clinicianText:
      'Modified Ashworth {spasticity.modifiedAshworth}, Penn spasm frequency {spasticity.pennSpasmFrequency}: in the severe range used by the product labels and UK policy (MAS 3 or 4, or Penn 3 or more).',
    patientText: 'Your muscles are very tight, or they jerk often. The pump is meant for tightness this strong.',
    sources: ['label-lioresal', 'mas', 'penn', 'nhse-itb'],
  },
  {
    id: 'oral-not-enough',
    level: 'indication',
    title: 'Oral baclofen has not controlled the spasticity',
    when: { all: [oralTried, oralNotEnough] },
    clinicianText:
      'Response to oral baclofen: {oralBaclofen.response} (highest daily dose {oralBaclofen.highestDailyDoseMg}). ITB is documented for spasticity that oral baclofen does not control.',
    patientText: 'Baclofen pills have not eased your tight muscles enough.',
    sources: ['seed', 'label-lioresal'],
  },
  {
    id: 'oral-side-effects',
    level: 'indication',
    title: 'Side effects limited the oral dose',
    when: {
      all: [
        oralTried,
        { path: 'oralBaclofen.sideEffects', notEmpty: true },
        { path: 'oralBaclofen.sideEffectsLimitedDose', eq: 'yes' },
      ],
    },
    clinicianText:
      'Side effects of oral baclofen ({oralBaclofen.sideEffects}) limited the dose. ITB is documented for people who cannot tolerate oral baclofen; it acts at far smaller doses.',
    patientText:
      'Baclofen pills gave you side effects, so you could not take more. The pump uses a much smaller dose, so it may cause fewer side effects.',
    sources: ['seed', 'label-lioresal'],
  },
  {
    id: 'daily-impact',
    level: 'indication',
    title: 'Spasticity gets in the way of daily life',
    when: { path: 'spasticity.impacts', notEmpty: true },
    clinicianText:
      'Spasticity affects: {spasticity.impacts}. Interference with comfort, function, positioning, sleep or care is a referral reason in consensus and NICE guidance.',
    patientText: 'Your tight muscles make daily life harder. That is a good reason to see a pump team.',
    sources: ['saulino-2016', 'nice-cg145'],
  },
  {
    id: 'widespread-pattern',
    level: 'indication',
    title: 'Widespread spasticity',
    when: { path: 'spasticity.distribution', in: ['generalized', 'both_legs'] },
    clinicianText:
      'Distribution: {spasticity.distribution}. Widespread (multisegmental or generalised) spasticity is the pattern ITB fits best in European consensus.',
    patientText: 'The tightness is in many parts of your body. The pump works on large areas at once.',
    sources: ['biering-sorensen-2022'],
  },
];

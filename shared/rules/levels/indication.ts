import { scoresOnItb } from '../additions';
import { adult, marker, oralDoseBelowUsual, oralNotEnough, oralTried } from '../conditions';
import type { Rule } from '../types';

export const indicationRules: Rule[] = [
  {
    id: 'listed-condition',
    level: 'indication',
    title: 'Condition with spasticity of cerebral or spinal origin',
    when: {
      path: 'diagnosis.condition',
      in: ['cerebral_palsy', 'multiple_sclerosis', 'spinal_cord_injury', 'stroke', 'brain_injury'],
    },
    clinicianText:
      'Spasticity from {diagnosis.condition}: spasticity of cerebral or spinal origin, the two groups the maker’s information describes.',
    patientText: '{{Your|Your child’s}} tight muscles come from a condition that baclofen pumps are used for.',
    sources: ['label-lioresal', 'label-gablofen', 'stroke-trials'],
    additions: [
      {
        when: { path: 'diagnosis.condition', in: ['stroke', 'cerebral_palsy'] },
        clinicianText:
          'For stroke, the intrathecal evidence comes from trials (Meythaler 2001; SISTERS 2018); the US oral baclofen label states that oral efficacy in stroke and cerebral palsy is not established.',
      },
    ],
  },
  {
    id: 'severe-spasticity',
    level: 'indication',
    title: 'Spasticity score at or above this tool’s marker',
    when: marker,
    clinicianText:
      'Modified Ashworth {spasticity.modifiedAshworth}, Penn spasm frequency {spasticity.pennSpasmFrequency}: at or above this tool’s marker of severe spasticity (MAS 3 or 4, or Penn 3 or more), which is not a label threshold; the form records only the highest MAS, not how many muscle groups. For comparison, the NHS England access criteria ask for “an Ashworth score of ≥4 in at least two muscle groups, and/or a Penn Spasm score of ≥3” (the original Ashworth scale, not mapped to MAS here), and the SISTERS stroke trial enrolled Ashworth 3 or more in 2 or more leg muscle groups. The US labels give no number: the maker describes severe spasticity as spasticity that interferes with comfort, function or caregiving.',
    patientText:
      '{{Your|Your child’s}} doctor scored the tightness or the spasms as high. The team will look at this again.',
    sources: ['mas', 'penn', 'nhse-itb', 'stroke-trials', 'label-lioresal'],
    additions: [scoresOnItb],
  },
  {
    id: 'oral-not-enough',
    level: 'indication',
    title: 'Oral baclofen has not controlled the spasticity',
    when: { all: [oralTried, oralNotEnough, { not: oralDoseBelowUsual }] },
    clinicianText:
      'Oral baclofen has not controlled the spasticity (response: {oralBaclofen.response}; highest daily dose: {oralBaclofen.highestDailyDoseMg}). For spasticity of spinal cord origin, the labels reserve long-term intrathecal baclofen for people unresponsive to oral baclofen (Lioresal Intrathecal adds: or with intolerable CNS side effects at effective doses).',
    patientText:
      'Baclofen pills have not eased {{your|your child’s}} tight muscles enough. Tell the team the highest dose.',
    sources: ['label-lioresal', 'label-gablofen'],
  },
  {
    id: 'oral-side-effects',
    level: 'indication',
    title: 'Side effects limited the oral baclofen dose',
    when: { all: [oralTried, { path: 'oralBaclofen.sideEffectsLimitedDose', eq: 'yes' }] },
    clinicianText:
      'Side effects stopped the oral baclofen dose going higher (side effects listed: {oralBaclofen.sideEffects}; highest daily dose: {oralBaclofen.highestDailyDoseMg}). For spasticity of spinal origin, the Lioresal Intrathecal label reserves long-term infusion for people unresponsive to oral baclofen or with intolerable CNS side effects at effective doses; the US oral label lists drowsiness, dizziness, weakness, tiredness and confusion among its side effects.',
    patientText: 'Side effects stopped {{you|your child}} taking more baclofen pills. Tell the team which ones.',
    sources: ['label-lioresal', 'label-oral-us'],
  },
  {
    id: 'daily-impact',
    level: 'indication',
    title: 'Spasticity gets in the way of daily life',
    when: { path: 'spasticity.impacts', notEmpty: true },
    clinicianText:
      'Areas of daily life affected: {spasticity.impacts}. Consensus (Saulino 2016) names interference with comfort, function, daily activities, mobility, positioning or care as the reason to consider ITB; for under-19s with non-progressive brain disorders, NICE CG145 (1.6.1) names pain or spasms, posture or function, and self-care or ease of care, despite non-invasive treatment.',
    patientText:
      '{{Your|Your child’s}} tight muscles make daily life harder. This is one reason to talk with a pump team.',
    sources: ['saulino-2016', 'nice-cg145'],
  },
  {
    id: 'widespread-pattern',
    level: 'indication',
    title: 'Generalised spasticity, or both legs (adult)',
    when: { all: [{ path: 'spasticity.distribution', in: ['generalized', 'both_legs'] }, adult] },
    clinicianText:
      'Distribution: {spasticity.distribution}, age {patient.ageYears}. The European adult consensus (Biering-Sørensen 2022) rates multisegmental or generalised disabling spasticity not helped by oral drugs as the pattern best suited to ITB, and disabling spasticity of both legs only as also suited; whether the spasticity is disabling is for the specialist to judge.',
    patientText:
      'The tightness is in much of {{your|your child’s}} body, or in both legs. The team will look at where the tightness is and what it stops {{you|your child}} doing.',
    sources: ['biering-sorensen-2022'],
  },
  {
    id: 'one-side-pattern',
    level: 'indication',
    title: 'Arm and leg on one side (adult)',
    when: { all: [{ path: 'spasticity.distribution', eq: 'one_side' }, adult] },
    clinicianText:
      'Spasticity of the arm and leg on one side, age {patient.ageYears}. The European adult consensus (Biering-Sørensen 2022) lists one-sided disabling spasticity of arm and leg among the patterns suited to ITB; it names multisegmental or generalised disabling spasticity as the best fit.',
    patientText:
      'The tightness is in the arm and leg on one side. The team will look at where the tightness is and what it stops {{you|your child}} doing.',
    sources: ['biering-sorensen-2022'],
  },
  {
    id: 'gmfcs-typical',
    level: 'indication',
    title: 'GMFCS level III to V (under 19)',
    when: {
      all: [
        { path: 'diagnosis.condition', eq: 'cerebral_palsy' },
        { path: 'diagnosis.gmfcs', in: ['III', 'IV', 'V'] },
        { path: 'patient.ageYears', lt: 19 },
      ],
    },
    clinicianText:
      'GMFCS {diagnosis.gmfcs}, age {patient.ageYears}. NICE CG145 (1.6.2; under-19s with non-progressive brain disorders) describes the children and young people who benefit from ITB as typically having moderate or severe motor function problems (GMFCS III to V) and spasticity in both arms and both legs.',
    patientText: 'The team will ask how {{you move|your child moves}} about, using a score called GMFCS.',
    sources: ['nice-cg145'],
  },
];

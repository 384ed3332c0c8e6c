import { beforeAPump, scoresOnItb } from '../additions';
import { marker, oralDoseBelowUsual, oralTried, sideEffectsDidNotLimitDose, underAdult } from '../conditions';
import type { Rule } from '../types';

export const considerRules: Rule[] = [
  {
    id: 'stroke-timing',
    level: 'consider',
    title: 'Less than 6 months since the stroke',
    when: {
      all: [
        { path: 'diagnosis.condition', eq: 'stroke' },
        { path: 'diagnosis.monthsSinceOnset', lt: 6 },
      ],
    },
    clinicianText:
      '{diagnosis.monthsSinceOnset} since the stroke. The stroke trials enrolled people later: Meythaler 2001 required more than 6 months of spasticity, and SISTERS enrolled people with chronic stroke.',
    patientText:
      '{{Your|Your child’s}} stroke was less than 6 months ago. Studies of pumps after a stroke included people later than this. Ask the team about timing.',
    sources: ['stroke-trials'],
  },
  {
    id: 'focal-pattern',
    level: 'consider',
    title: 'Focal spasticity',
    when: { path: 'spasticity.distribution', eq: 'focal' },
    clinicianText:
      'Focal spasticity (one limb or one area) recorded. The European adult consensus (Biering-Sørensen 2022) rates focal or segmental disabling spasticity as best suited to botulinum toxin type A, and multisegmental or generalised spasticity to ITB; other treatments recorded: {otherTreatments}.',
    patientText:
      'The tightness is in one limb or one area. Experts say injections into the muscle (botulinum toxin) often suit this. Tell the team if {{you have|your child has}} had them.',
    sources: ['biering-sorensen-2022'],
  },
  {
    id: 'one-side-child',
    level: 'consider',
    title: 'Arm and leg on one side (under 18)',
    when: { all: [{ path: 'spasticity.distribution', eq: 'one_side' }, underAdult] },
    clinicianText:
      'Spasticity of the arm and leg on one side, age {patient.ageYears}. This pattern is rated as suited to ITB only in the European adult consensus (Biering-Sørensen 2022); NICE CG145 (1.6.2; under-19s with non-progressive brain disorders) describes the children and young people who benefit as typically having spasticity in both arms and legs.',
    patientText:
      'The tightness is in the arm and leg on one side. Guidance in England looks at young people who gain from a pump. They often have tight arms and legs on both sides. Ask the team what this means for {{you|your child}}.',
    sources: ['biering-sorensen-2022', 'nice-cg145'],
  },
  {
    id: 'widespread-child',
    level: 'consider',
    title: 'Generalised spasticity, or both legs (under 18)',
    when: { all: [{ path: 'spasticity.distribution', in: ['generalized', 'both_legs'] }, underAdult] },
    clinicianText:
      'Distribution: {spasticity.distribution}, age {patient.ageYears}. The European adult consensus (Biering-Sørensen 2022) rates generalised or both-legs disabling spasticity as suited to ITB; its scope is adults; NICE CG145 (1.6.2; under-19s with non-progressive brain disorders) describes the children and young people who benefit as typically having moderate or severe motor function problems (GMFCS III to V) and spasticity in both arms and both legs.',
    patientText:
      'The tightness is in much of {{your|your child’s}} body, or in both legs. Ask the team what this means for {{you|your child}}.',
    sources: ['biering-sorensen-2022', 'nice-cg145'],
  },
  {
    id: 'gmfcs-low',
    level: 'consider',
    title: 'GMFCS level I or II (under 19)',
    when: {
      all: [
        { path: 'diagnosis.condition', eq: 'cerebral_palsy' },
        { path: 'diagnosis.gmfcs', in: ['I', 'II'] },
        { path: 'patient.ageYears', lt: 19 },
      ],
    },
    clinicianText:
      'GMFCS {diagnosis.gmfcs}, age {patient.ageYears}. NICE CG145 (1.6.2; under-19s with non-progressive brain disorders) describes those who benefit as typically at GMFCS III to V; agree goals, including walking, before any screening test.',
    patientText:
      'The form gives {{your|your child’s}} GMFCS level as I or II. GMFCS is a score of how a child moves about. Guidance in England says young people who gain from a pump more often have level III, IV or V. Talk with the team about what you hope a pump would change.',
    sources: ['nice-cg145'],
  },
  {
    id: 'below-severe-range',
    level: 'consider',
    title: 'Spasticity scores below this tool’s marker',
    when: {
      all: [
        { not: marker },
        {
          any: [
            { path: 'spasticity.modifiedAshworth', in: ['0', '1', '1+', '2'] },
            { path: 'spasticity.pennSpasmFrequency', in: [0, 1, 2] },
          ],
        },
      ],
    },
    clinicianText:
      'Modified Ashworth {spasticity.modifiedAshworth}, Penn spasm frequency {spasticity.pennSpasmFrequency}: the recorded scores are below this tool’s marker of severe spasticity (MAS 3 or 4, or Penn 3 or more), and lower than the thresholds of the NHS England access criteria (Ashworth 4 or more in 2 or more muscle groups and/or Penn 3 or more) and of the SISTERS stroke trial (Ashworth 3 or more in 2 or more leg muscle groups). A score is only part of the picture: describe how the spasticity affects comfort, function and care.',
    patientText:
      'The scores for {{your|your child’s}} muscle tightness are not high on the form’s scale. Scores are only part of the picture. Tell the team how the tightness affects daily life.',
    sources: ['mas', 'penn', 'nhse-itb', 'stroke-trials'],
    additions: [scoresOnItb],
  },
  {
    id: 'oral-not-tried',
    level: 'consider',
    title: 'Oral baclofen not tried',
    when: { path: 'oralBaclofen.tried', eq: 'no' },
    clinicianText:
      'Oral baclofen not tried; other treatments recorded: {otherTreatments}. For spasticity of spinal cord origin the Gablofen label reserves long-term infusion for people unresponsive to oral baclofen, while the US oral label states that oral efficacy in stroke and cerebral palsy is not established. Consensus (Saulino 2016) does not reserve ITB only for people in whom other approaches have failed, and the NHS England access criteria ask for no response to the maximum tolerated or advised dose of an oral antispasmodic, or intolerable side effects, not of oral baclofen in particular.',
    patientText:
      '{{You have|Your child has}} not taken baclofen by mouth. For some kinds of tightness, it is tried before a pump. For others, it does not have to be. Ask the team which applies to {{you|your child}}.',
    sources: ['label-gablofen', 'label-oral-us', 'saulino-2016', 'nhse-itb'],
  },
  {
    id: 'oral-working',
    level: 'consider',
    title: 'Oral baclofen controls the spasticity',
    when: { all: [oralTried, { path: 'oralBaclofen.response', eq: 'good' }, sideEffectsDidNotLimitDose] },
    clinicianText:
      'Oral baclofen controls the spasticity (highest daily dose: {oralBaclofen.highestDailyDoseMg}; side effects limited the dose: {oralBaclofen.sideEffectsLimitedDose}). Discuss what intrathecal baclofen would add to the current treatment.',
    patientText:
      'Baclofen by mouth eases {{your|your child’s}} tight muscles now. Ask the team what a pump would add. Keep taking it as {{your|your child’s}} doctor says.',
    sources: ['label-oral-us'],
  },
  {
    id: 'oral-dose-below-usual',
    level: 'consider',
    title: 'Oral dose below the usual adult range',
    when: oralDoseBelowUsual,
    clinicianText:
      'Highest oral dose {oralBaclofen.highestDailyDoseMg} (response: {oralBaclofen.response}; side effects limited the dose: {oralBaclofen.sideEffectsLimitedDose}). This is below the usual adult range of 40 to 80 mg a day in the US oral label (maximum 80 mg a day); doses under 30 mg a day are also below the 30 to 75 mg a day optimum of the Novartis label.',
    patientText:
      'The highest dose of baclofen by mouth {{you have|your child has}} taken is lower than the usual range for adults. Do not change the dose without {{your|your child’s}} doctor. Ask the team about it.',
    sources: ['label-oral-us', 'label-oral-nvs'],
  },
  {
    id: 'relies-on-tone',
    level: 'consider',
    title: 'Uses muscle tone to stand, walk or transfer',
    when: { path: 'considerations.reliesOnTone', eq: 'yes' },
    clinicianText:
      'Uses spasticity to stand, walk or transfer. NICE CG145 (1.6.6; under-19s with non-progressive brain disorders) notes that spasticity sometimes supports function, for example by compensating for weakness, and best-practice guidance (Boster 2016) uses a 25 mcg rather than a 50 mcg test dose for people who rely on spasticity for mobility, with goals set first.',
    patientText:
      '{{You use|Your child uses}} the tightness to stand, walk or move. Less tightness could make this harder. The team will ask what matters most to you.',
    sources: ['nice-cg145', 'boster-2016'],
    additions: [beforeAPump('The team may use a smaller test dose.')],
  },
  {
    id: 'walks',
    level: 'consider',
    title: 'Walks, with or without an aid',
    when: { path: 'patient.mobility', in: ['walks_unaided', 'walks_with_aid'] },
    clinicianText:
      'Mobility: {patient.mobility}. The NHS England access criteria describe people whose spasticity leaves them bed- or wheelchair-bound, while consensus (Saulino 2016) finds that ITB with rehabilitation can be effective in certain ambulatory patients; goals set before the screening test let it show whether walking is kept or improved.',
    patientText:
      'Some people who walk have a pump. Less tightness can make walking easier or harder. The team will talk with you about goals for walking.',
    sources: ['nhse-itb', 'saulino-2016', 'boster-2016'],
    additions: [beforeAPump('Goals are agreed before any test dose. The test helps show how a dose affects walking.')],
  },
  {
    id: 'seizures-controlled',
    level: 'consider',
    title: 'Seizures, controlled',
    when: { path: 'considerations.seizures', eq: 'controlled' },
    clinicianText:
      'Seizures, currently controlled. Seizures are among the commonest adverse events in intrathecal baclofen trials and a sign of overdose (Lioresal label); NICE CG145 (1.6.4; under-19s with non-progressive brain disorders) lists uncontrolled epilepsy as a potential contraindication. Give the seizure history and current medicines.',
    patientText:
      '{{You have|Your child has}} seizures that are under control. Tell the team about them and about {{your|your child’s}} seizure medicines.',
    sources: ['label-lioresal', 'label-lioresal-ca', 'nice-cg145'],
  },
  {
    id: 'pregnancy',
    level: 'consider',
    title: 'Pregnancy',
    when: { path: 'considerations.pregnancy', eq: 'yes' },
    clinicianText:
      'Pregnancy reported. There are no adequate data on the developmental risk of intrathecal baclofen in pregnant women, and oral baclofen given to pregnant rats increased fetal malformations (Gablofen label); the human data are one small cohort, case reports and two small case series, and newborn withdrawal has followed maternal oral use (UKTIS).',
    patientText:
      '{{You are|Your child is}} pregnant. Little is known about baclofen in pregnancy. Some babies have had withdrawal after birth when the mother took baclofen by mouth. Talk this through with the team. Do not stop or change baclofen on your own.',
    sources: ['label-gablofen', 'uktis'],
  },
  {
    id: 'young-child',
    level: 'consider',
    title: 'Child under 4',
    when: { path: 'patient.ageYears', lt: 4 },
    clinicianText:
      'Age {patient.ageYears}; weight: {patient.weightKg}. Gablofen (US) and Lioresal Intrathecal (UK/EU) are labelled from age 4; the Lioresal label contraindicates implantation with insufficient body size or when the pump would have to sit deeper than 2.5 cm, and NICE CG145 (1.6.3; under-19s with non-progressive brain disorders) lists being too small for the pump as a contraindication.',
    patientText:
      '{{You are|Your child is}} under 4 years old. The official leaflets for pump baclofen cover children aged 4 and over. The team will check whether a pump can fit in a small body.',
    sources: ['label-gablofen', 'label-lioresal-eu', 'label-lioresal', 'nice-cg145'],
  },
  {
    id: 'dystonia',
    level: 'consider',
    title: 'Dystonia as well as spasticity',
    when: { path: 'spasticity.dystonia', eq: 'yes' },
    clinicianText:
      'Dystonia as well as spasticity. NICE CG145 (1.6.1; under-19s with non-progressive brain disorders) and the NHS England access criteria both include dystonia alongside spasticity; tell the team which predominates, and where.',
    patientText:
      '{{You have|Your child has}} dystonia as well as tight muscles. Tell the team which one causes more problems.',
    sources: ['nice-cg145', 'nhse-itb'],
  },
  {
    id: 'mri-needed',
    level: 'consider',
    title: 'Regular MRI scans expected',
    when: { path: 'considerations.needsMri', eq: 'yes' },
    clinicianText:
      'Regular MRI scans expected. What an MRI does to a pump depends on the pump model, and the maker’s MRI instructions for the model in place apply. For one model, the SynchroMed II, the scan temporarily stops the pump, which must be checked afterwards to confirm it has restarted (the maker describes a possible delay of 2 to 24 hours before proper infusion returns). Plan each scan with the pump team.',
    patientText:
      '{{You have|Your child has}} MRI scans. What a scan does to a pump depends on the kind of pump. Always tell the pump team before a scan. They can plan it and check the pump after it.',
    sources: ['fda-mri-2017', 'mdt-patient', 'synchromed-mri'],
  },
];

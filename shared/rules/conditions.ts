import type { Condition } from './types';

/** "Severe" in the catalogue: Modified Ashworth 3 or 4, or Penn spasm frequency 3 or more. */
export const severe: Condition = {
  any: [
    { path: 'spasticity.modifiedAshworth', in: ['3', '4'] },
    { path: 'spasticity.pennSpasmFrequency', gte: 3 },
  ],
};

export const oralTried: Condition = { path: 'oralBaclofen.tried', eq: 'yes' };

export const oralNotEnough: Condition = { path: 'oralBaclofen.response', in: ['none', 'partial'] };

export const sideEffectsDidNotLimitDose: Condition = { path: 'oralBaclofen.sideEffectsLimitedDose', ne: 'yes' };

/** Every "specialist needs to know" question that can be answered "not sure". */
export const considerationPaths = [
  'considerations.activeInfection',
  'considerations.baclofenAllergy',
  'considerations.canAttendRefills',
  'considerations.seizures',
  'considerations.spinalSurgeryOrFusion',
  'considerations.bleedingRisk',
  'considerations.shunt',
  'considerations.reliesOnTone',
  'considerations.withdrawalRisk',
  'considerations.mentalHealth',
  'considerations.pregnancy',
] as const;

import { questions } from '../questions/catalogue';
import type { Condition } from './types';

// Conditions shared by several rules (the notation of docs/clinical/RULES.md).

/** This tool's marker of severe spasticity: Modified Ashworth 3 or 4, or Penn 3 or more. Not a label threshold. */
export const marker: Condition = {
  any: [
    { path: 'spasticity.modifiedAshworth', in: ['3', '4'] },
    { path: 'spasticity.pennSpasmFrequency', gte: 3 },
  ],
};

export const oralTried: Condition = { path: 'oralBaclofen.tried', eq: 'yes' };

export const oralNotEnough: Condition = { path: 'oralBaclofen.response', in: ['none', 'partial'] };

export const sideEffectsDidNotLimitDose: Condition = { path: 'oralBaclofen.sideEffectsLimitedDose', ne: 'yes' };

/** oral-dose-below-usual's condition; oral-not-enough fires only without it. */
export const oralDoseBelowUsual: Condition = {
  all: [
    oralTried,
    oralNotEnough,
    { path: 'oralBaclofen.highestDailyDoseMg', lt: 40 },
    sideEffectsDidNotLimitDose,
    { path: 'patient.ageYears', gte: 18 },
  ],
};

/** Every "specialist needs to know" question, in form order: each can be answered "not sure". */
export const considerationPaths = questions
  .filter((question) => question.path.startsWith('considerations.'))
  .map((question) => question.path);

/** A baclofen pump in place now. */
export const pumpNow: Condition = { path: 'otherTreatments', has: 'itb_pump_current' };

/** No pump now: texts about a test dose or an operation still to come. */
export const noPumpNow: Condition = { not: pumpNow };

export const adult: Condition = { path: 'patient.ageYears', gte: 18 };
export const underAdult: Condition = { path: 'patient.ageYears', lt: 18 };

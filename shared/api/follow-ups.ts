import { dysreflexiaConditions } from './options';

// Questions asked only for some conditions (docs/api/CONTRACT.md): required when the
// condition is one of these, refused otherwise. The schema enforces it and the
// question catalogue shows or hides the question from this one table.

export const askedForConditions = {
  'diagnosis.otherDescription': ['other'],
  'diagnosis.gmfcs': ['cerebral_palsy'],
  'diagnosis.injuryLevel': ['spinal_cord_injury'],
  'considerations.autonomicDysreflexia': dysreflexiaConditions,
} as const;

export type ConditionFollowUp = keyof typeof askedForConditions;

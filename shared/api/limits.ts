// The bounds of the number and text answers of the intake (v2), once. The
// schema reads them (and through it the OpenAPI document and every error
// message), and so does the question catalogue (and through it the form, its
// hints and the FHIR Questionnaire's minValue, maxValue and maxLength).

export const limits = {
  'patient.ageYears': { min: 0, max: 120 },
  'patient.weightKg': { min: 1, max: 300 },
  'diagnosis.monthsSinceOnset': { min: 0, max: 1500 },
  'oralBaclofen.highestDailyDoseMg': { min: 1, max: 300 },
  'diagnosis.otherDescription': { maxLength: 200 },
  notes: { maxLength: 2000 },
} as const;

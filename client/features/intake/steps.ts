import type { FieldPath } from '../../../shared/api/labels';
import { considerationPaths } from '../../../shared/rules/conditions';

// The form's steps as data: the step list, per-step validation and the
// "Check your answers" rows all read this one table.

export type StepId = 'patient' | 'spasticity' | 'oral-baclofen' | 'treatments-goals' | 'considerations' | 'notes';

export type Step = { id: StepId; title: string; fields: readonly FieldPath[] };

export const steps: readonly Step[] = [
  {
    id: 'patient',
    title: 'The patient and diagnosis',
    fields: ['patient.ageYears', 'patient.weightKg', 'diagnosis.condition', 'diagnosis.otherDescription', 'diagnosis.monthsSinceOnset'],
  },
  {
    id: 'spasticity',
    title: 'Spasticity',
    fields: ['spasticity.distribution', 'spasticity.modifiedAshworth', 'spasticity.pennSpasmFrequency', 'spasticity.impacts'],
  },
  {
    id: 'oral-baclofen',
    title: 'Oral baclofen',
    fields: [
      'oralBaclofen.tried',
      'oralBaclofen.highestDailyDoseMg',
      'oralBaclofen.response',
      'oralBaclofen.sideEffects',
      'oralBaclofen.sideEffectsLimitedDose',
    ],
  },
  { id: 'treatments-goals', title: 'Other treatments and goals', fields: ['otherTreatments', 'goals'] },
  { id: 'considerations', title: 'Things the specialist needs to know', fields: considerationPaths },
  { id: 'notes', title: 'Notes', fields: ['notes'] },
];

/** The step that asks a question, for error links and Change links. */
export const stepOfField = (path: string): StepId =>
  steps.find((step) => step.fields.some((field) => path === field || path.startsWith(`${field}.`)))?.id ?? 'patient';

/** The HTML id of a question's input (or of its first radio or checkbox). */
export const fieldId = (path: string) => `field-${path.replace(/\./g, '-')}`;

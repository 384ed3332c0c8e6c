import type { Intake } from '../../../shared/api/intake';

// What the form holds: text for numbers (so a half-typed value survives), and
// UI-only "not known" and "None of these" ticks. toIntake turns it into the
// wire shape; the shared intakeSchema then checks that shape, as the server does.

export type FormValues = {
  patient: { ageYears: string; weightKg: string };
  diagnosis: { condition: string; otherDescription: string; monthsSinceOnset: string; monthsUnknown: boolean };
  spasticity: {
    distribution: string;
    modifiedAshworth: string;
    /** '0'..'4' or 'not_assessed' */
    pennSpasmFrequency: string;
    impacts: string[];
    impactsNone: boolean;
  };
  oralBaclofen: {
    tried: string;
    highestDailyDoseMg: string;
    doseUnknown: boolean;
    response: string;
    sideEffects: string[];
    sideEffectsNone: boolean;
    sideEffectsLimitedDose: string;
  };
  otherTreatments: string[];
  otherTreatmentsNone: boolean;
  goals: string[];
  goalsNone: boolean;
  considerations: Record<keyof Intake['considerations'], string>;
  notes: string;
};

export const emptyValues = (): FormValues => ({
  patient: { ageYears: '', weightKg: '' },
  diagnosis: { condition: '', otherDescription: '', monthsSinceOnset: '', monthsUnknown: false },
  spasticity: { distribution: '', modifiedAshworth: '', pennSpasmFrequency: '', impacts: [], impactsNone: false },
  oralBaclofen: {
    tried: '',
    highestDailyDoseMg: '',
    doseUnknown: false,
    response: '',
    sideEffects: [],
    sideEffectsNone: false,
    sideEffectsLimitedDose: '',
  },
  otherTreatments: [],
  otherTreatmentsNone: false,
  goals: [],
  goalsNone: false,
  considerations: {
    activeInfection: '',
    baclofenAllergy: '',
    canAttendRefills: '',
    seizures: '',
    spinalSurgeryOrFusion: '',
    bleedingRisk: '',
    shunt: '',
    reliesOnTone: '',
    withdrawalRisk: '',
    mentalHealth: '',
    pregnancy: '',
  },
  notes: '',
});

/** '' is "not answered" (undefined); anything else is a number or NaN, which the schema rejects with its own message. */
const numberOrMissing = (text: string): number | undefined =>
  text.trim() === '' ? undefined : Number(text.trim().replace(',', '.'));

const answered = (text: string): string | undefined => (text === '' ? undefined : text);

/**
 * The wire intake for these answers. Questions that do not apply are left out
 * (dose and response unless oral baclofen was tried, the description unless the
 * condition is "other"), so an old hidden answer is never sent.
 */
export function toIntake(values: FormValues): unknown {
  const { patient, diagnosis, spasticity, oralBaclofen } = values;
  const weight = numberOrMissing(patient.weightKg);
  const penn = spasticity.pennSpasmFrequency;
  const notes = values.notes.trim();
  return {
    patient: { ageYears: numberOrMissing(patient.ageYears), ...(weight === undefined ? {} : { weightKg: weight }) },
    diagnosis: {
      condition: answered(diagnosis.condition),
      ...(diagnosis.condition === 'other' ? { otherDescription: diagnosis.otherDescription.trim() } : {}),
      monthsSinceOnset: diagnosis.monthsUnknown ? null : numberOrMissing(diagnosis.monthsSinceOnset),
    },
    spasticity: {
      distribution: answered(spasticity.distribution),
      modifiedAshworth: answered(spasticity.modifiedAshworth),
      pennSpasmFrequency: penn === 'not_assessed' ? null : numberOrMissing(penn),
      impacts: spasticity.impacts,
    },
    oralBaclofen:
      oralBaclofen.tried === 'yes'
        ? {
            tried: 'yes',
            highestDailyDoseMg: oralBaclofen.doseUnknown ? null : numberOrMissing(oralBaclofen.highestDailyDoseMg),
            response: answered(oralBaclofen.response),
            sideEffects: oralBaclofen.sideEffects,
            sideEffectsLimitedDose: answered(oralBaclofen.sideEffectsLimitedDose),
          }
        : { tried: answered(oralBaclofen.tried) },
    otherTreatments: values.otherTreatments,
    goals: values.goals,
    considerations: Object.fromEntries(Object.entries(values.considerations).map(([key, value]) => [key, answered(value)])),
    ...(notes === '' ? {} : { notes }),
  };
}

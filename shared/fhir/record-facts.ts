import { patientSchema } from '../api/intake';
import { systems } from './canonical';
import type { PrefetchedObservation } from './cds-hooks';

// The patient's age and latest weight from the record, for the CDS Hooks card's
// link. Pure: the caller gives today's date. A value the form would refuse (out
// of its range) is left for the user to enter, as is anything uncertain: a birth
// date without a day, a weight without a unit we know.

const fullDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whole years from birthDate to today (both YYYY-MM-DD); undefined unless the birth date has its day. */
export function ageOn(birthDate: string | undefined, today: string): number | undefined {
  const born = fullDate.exec(birthDate ?? '');
  const now = fullDate.exec(today);
  if (!born || !now) return undefined;
  const [, year, month, day] = born.map(Number) as [number, number, number, number];
  const [, thisYear, thisMonth, thisDay] = now.map(Number) as [number, number, number, number];
  const beforeBirthday = thisMonth < month || (thisMonth === month && thisDay < day);
  const age = thisYear - year - (beforeBirthday ? 1 : 0);
  return patientSchema.shape.ageYears.safeParse(age).success ? age : undefined;
}

export const bodyWeightCode = '29463-7'; // LOINC Body weight
const usableStatuses = new Set(['final', 'amended', 'corrected']);
const kilograms: Record<string, number> = { kg: 1, g: 0.001, '[lb_av]': 0.45359237 };

/** When an Observation holds: its effective time (a period by its end, else its start), in ms. */
function effectiveAt(observation: PrefetchedObservation): number | undefined {
  const when =
    observation.effectiveDateTime ??
    observation.effectiveInstant ??
    observation.effectivePeriod?.end ??
    observation.effectivePeriod?.start;
  const time = when === undefined ? NaN : Date.parse(when);
  return Number.isNaN(time) ? undefined : time;
}

/**
 * The newest body weight (LOINC 29463-7) that is final, amended or corrected, has
 * an effective time and a quantity in kg, g or [lb_av] (UCUM); in kg, to one
 * decimal. Undefined when there is none, or when the newest is out of the form's range.
 */
export function latestWeightKg(observations: readonly PrefetchedObservation[]): number | undefined {
  const usable = observations.flatMap((observation) => {
    const quantity = observation.valueQuantity;
    const factor = quantity?.code === undefined ? undefined : kilograms[quantity.code];
    const at = effectiveAt(observation);
    const isWeight = observation.code?.coding?.some(
      (coding) => coding.system === systems.loinc && coding.code === bodyWeightCode,
    );
    if (!isWeight || !usableStatuses.has(observation.status) || at === undefined) return [];
    if (factor === undefined || typeof quantity?.value !== 'number') return [];
    if (quantity.system !== undefined && quantity.system !== systems.ucum) return [];
    return [{ at, kg: quantity.value * factor }];
  });
  const newest = usable.reduce<{ at: number; kg: number } | undefined>(
    (latest, weight) => (latest === undefined || weight.at > latest.at ? weight : latest),
    undefined,
  );
  if (!newest) return undefined;
  const kg = Math.round(newest.kg * 10) / 10;
  return patientSchema.shape.weightKg.safeParse(kg).success ? kg : undefined;
}

import { describeField, describeValue } from '../api/labels';

// How answers read inside sentences: scores as numbers, units spelled out,
// answer labels in lower case after the first word.

const scorePaths = new Set(['spasticity.modifiedAshworth', 'spasticity.pennSpasmFrequency']);
const units: Record<string, string> = { 'patient.weightKg': 'kg', 'oralBaclofen.highestDailyDoseMg': 'mg' };

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** An answer as it reads inside a sentence: "3", "60 mg", "both legs", "not known". */
export function valueInWords(path: string, value: unknown): string {
  if (value === undefined) return 'not recorded';
  if (scorePaths.has(path)) return value === null ? 'not assessed' : value === 'not_assessed' ? 'not assessed' : String(value);
  if (typeof value === 'number') return units[path] ? `${value} ${units[path]}` : String(value);
  if (Array.isArray(value)) {
    return value.length === 0 ? 'none' : value.map((item) => lowerFirst(describeValue(path, item))).join(', ');
  }
  return lowerFirst(describeValue(path, value));
}

/** A field name inside a sentence: "Modified Ashworth score", "active infection". */
export function fieldInWords(path: string, { lower = false } = {}): string {
  const name = describeField(path);
  return lower ? lowerFirst(name) : name;
}

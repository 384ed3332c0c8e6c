import { describe, expect, it } from 'vitest';
import { questionByPath } from '../../../shared/questions/lookup';
import type { NumberQuestion } from '../../../shared/questions/types';
import { monthsOf, numberAnswer, readNumber, typedNumberIssue, yearsAndMonthsOf } from './typed-numbers';

const dose = questionByPath.get('oralBaclofen.highestDailyDoseMg') as NumberQuestion;
const age = questionByPath.get('patient.ageYears') as NumberQuestion;
const onset = questionByPath.get('diagnosis.monthsSinceOnset') as NumberQuestion;

describe('numbers as typed', () => {
  it.each([
    ['80', 80],
    [' 80mg ', 80],
    ['80 mg', 80],
    ['80 MG', 80],
    ['12,5', 12.5],
    ['', undefined],
    ['  ', undefined],
  ])('the dose "%s" reads %s', (text, value) => {
    expect(readNumber(dose, text)).toBe(value);
  });

  it.each(['80 mg twice', '80mgs', 'mg', '1e3', '0x10', '20 mg 3 times a day', 'sixty'])(
    'the dose "%s" is not a number, and the form says to type the milligrams',
    (text) => {
      expect(readNumber(dose, text)).toBeNaN();
      expect(typedNumberIssue(dose, text)?.message).toBe('Enter the number of milligrams a day only, for example 60');
    },
  );

  it('takes a unit only where the question names one: "42 years" is left to the schema', () => {
    expect(readNumber(age, '42mg')).toBeNaN();
    expect(typedNumberIssue(age, '42 years')).toBeUndefined();
  });

  it('adds years and months; an empty box is 0; both empty is no answer', () => {
    expect(monthsOf('years=14&months=')).toBe(168);
    expect(monthsOf('years=&months=8')).toBe(8);
    expect(monthsOf('years=1&months=14')).toBe(26);
    expect(monthsOf('')).toBeUndefined();
    expect(monthsOf('years=1.5&months=')).toBeNaN();
    expect(numberAnswer(onset, 'not_known')).toBeNull();
    for (const months of [0, 8, 12, 96, 1500]) expect(monthsOf(yearsAndMonthsOf(months))).toBe(months);
  });
});

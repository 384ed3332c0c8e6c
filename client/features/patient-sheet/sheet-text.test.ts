import { describe, expect, it } from 'vitest';
import { decisionWords, fleschKincaidGrade } from '../../../shared/text/readability';
import { sheetText } from './sheet-text';

/** Every string in the sheet's fixed text that is a sentence (table labels and short choices aside). */
const sentences = (value: unknown): string[] =>
  typeof value === 'string' ? (/[.?!]$/.test(value) && value.split(' ').length >= 4 ? [value] : []) : Array.isArray(value) || typeof value === 'object' ? Object.values(value ?? {}).flatMap(sentences) : [];

describe('patient sheet text', () => {
  const texts = sentences(sheetText);

  it('has enough prose to measure', () => {
    expect(texts.length).toBeGreaterThan(15);
  });

  it('reads at grade 6 or below overall, no paragraph above grade 8', () => {
    expect(texts.filter((text) => fleschKincaidGrade(text) > 8)).toEqual([]);
    expect(fleschKincaidGrade(texts.join(' '))).toBeLessThanOrEqual(6);
  });

  it('uses no decision words', () => {
    expect(texts.filter((text) => decisionWords.test(text))).toEqual([]);
  });
});

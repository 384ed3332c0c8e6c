import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade } from './readability';

describe('fleschKincaidGrade', () => {
  it('scores plain text low and dense text high', () => {
    expect(fleschKincaidGrade('The cat sat on the mat. It was warm.')).toBeLessThan(2);
    const dense =
      'Intrathecal baclofen administration necessitates comprehensive multidisciplinary evaluation, incorporating neurological, psychological and socioeconomic considerations.';
    expect(fleschKincaidGrade(dense)).toBeGreaterThan(16);
  });

  it('counts a line break as the end of a sentence (headings, list items)', () => {
    const lines = 'Why you are here\nYour muscles are tight\nThe team will help';
    expect(fleschKincaidGrade(lines)).toBeLessThan(fleschKincaidGrade(lines.replace(/\n/g, ' ')));
  });
});

import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade } from './readability';

describe('fleschKincaidGrade', () => {
  it('scores plain text low and dense text high', () => {
    expect(fleschKincaidGrade('The cat sat on the mat. It was warm.')).toBeLessThan(2);
    const dense =
      'Intrathecal baclofen administration necessitates comprehensive multidisciplinary evaluation, incorporating neurological, psychological and socioeconomic considerations.';
    expect(fleschKincaidGrade(dense)).toBeGreaterThan(16);
  });
});

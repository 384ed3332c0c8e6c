import { describe, expect, it } from 'vitest';
import { prefillFromFragment } from './prefill';

describe('prefillFromFragment', () => {
  it('takes the answers a record link knows, in words for the notice', () => {
    const prefill = prefillFromFragment('#diagnosis.condition=multiple_sclerosis&oralBaclofen.tried=yes')!;
    expect(prefill.values.diagnosis.condition).toBe('multiple_sclerosis');
    expect(prefill.values.oralBaclofen.tried).toBe('yes');
    expect(prefill.values.patient.ageYears).toBe('');
    expect(prefill.labels).toEqual(['Condition: Multiple sclerosis', 'Oral baclofen tried: Yes']);
  });

  it('ignores what the catalogue does not offer: unknown paths, answers, free text, follow-ups', () => {
    expect(
      prefillFromFragment('#diagnosis.condition=flu&patient.ageYears=42&notes=hello&diagnosis.gmfcs=IV&__proto__.x=1'),
    ).toBeNull();
    expect(prefillFromFragment('')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { referralCard } from '../../../shared/fhir/cds-card';
import { testIdentity } from '../../../shared/fixtures/test-identity';
import { prefillFromFragment } from './prefill';

const card = '#diagnosis.condition=multiple_sclerosis&oralBaclofen.tried=yes&patient.ageYears=42&patient.weightKg=68.5';

describe('prefillFromFragment', () => {
  it('takes the four answers the record card sends, in words for the notice, in the order of the form', () => {
    const prefill = prefillFromFragment(card);
    if (prefill.kind !== 'filled') throw new Error(`expected answers, got ${prefill.kind}`);
    expect(prefill.values.diagnosis.condition).toBe('multiple_sclerosis');
    expect(prefill.values.oralBaclofen.tried).toBe('yes');
    expect(prefill.values.patient.ageYears).toBe('42');
    expect(prefill.values.patient.weightKg).toBe('68.5');
    expect(prefill.values.patient.mobility).toBe('');
    expect(prefill.labels).toEqual([
      'Age: 42 years',
      'Weight: 68.5 kg',
      'Condition: Multiple sclerosis',
      'Oral baclofen tried: Yes',
    ]);
    expect(prefillFromFragment('#diagnosis.condition=stroke')).toMatchObject({ labels: ['Condition: Stroke'] });
  });

  it('takes every link the record card makes', () => {
    const listed = (value: 'spinal_cord_injury' | 'stroke', code: string) => ({
      value,
      code,
      system: 'http://hl7.org/fhir/sid/icd-10-cm',
    });
    for (const oralBaclofen of [true, false]) {
      for (const patient of [{}, { ageYears: 120, weightKg: 300 }, { ageYears: 0, weightKg: 1.5 }]) {
        const card = referralCard({
          conditions: [listed('spinal_cord_injury', 'S14.1'), listed('stroke', 'I69.3')],
          oralBaclofen,
          patient,
          formUrl: 'https://itb.example/',
          ruleSet: testIdentity,
        })!;
        expect(prefillFromFragment(new URL(card.links![0]!.url).hash).kind).toBe('filled');
      }
    }
  });

  it('has nothing to say about an address without a fragment', () => {
    expect(prefillFromFragment('')).toEqual({ kind: 'none' });
    expect(prefillFromFragment('#')).toEqual({ kind: 'none' });
  });

  it.each([
    ['a key the card never sends', `${card}&considerations.pregnancy=no`],
    [
      'ten answers of the considerations',
      '#considerations.pregnancy=no&considerations.bleedingRisk=no&considerations.shunt=no',
    ],
    ['a follow-up', '#diagnosis.condition=cerebral_palsy&diagnosis.gmfcs=IV'],
    ['free text', '#diagnosis.condition=other&notes=hello'],
    ['a key twice', '#diagnosis.condition=stroke&diagnosis.condition=multiple_sclerosis'],
    ['a key twice, the same answer', '#diagnosis.condition=stroke&diagnosis.condition=stroke'],
    ['an answer the form does not offer', '#diagnosis.condition=flu'],
    ['an age over 120', '#patient.ageYears=121'],
    ['an age with a fraction', '#patient.ageYears=42.5'],
    ['an age below 0', '#patient.ageYears=-1'],
    ['an age in other words', '#patient.ageYears=4e1'],
    ['a weight under 1 kg', '#patient.weightKg=0.5'],
    ['a weight over 300 kg', '#patient.weightKg=301'],
    ['a weight in words', '#patient.weightKg=heavy'],
    ['an empty answer', '#patient.ageYears='],
    ['a prototype key', '#__proto__.x=1&diagnosis.condition=stroke'],
    ['a fragment longer than 512 characters', `${card}&${'x'.repeat(512)}`],
  ])('ignores the whole fragment for %s, and says so', (_what, fragment) => {
    expect(prefillFromFragment(fragment)).toEqual({ kind: 'refused' });
  });

  it('refuses a 200,000-parameter fragment at once', () => {
    const fragment = `#${'diagnosis.condition=stroke&'.repeat(200_000)}`;
    const started = performance.now();
    expect(prefillFromFragment(fragment)).toEqual({ kind: 'refused' });
    // Before the length limit: 2.1 s in Node (load average 17), 12 s in a browser; now 0.2 ms.
    expect(performance.now() - started).toBeLessThan(50);
  });
});

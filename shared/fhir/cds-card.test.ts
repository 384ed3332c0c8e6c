import { describe, expect, it } from 'vitest';
import { ruleSet } from '../rules/rule-set';
import {
  bodyWeight,
  childPrefetch,
  codes,
  condition,
  medicationRequest,
  searchset,
} from '../fixtures/prefetch-bundles';
import { itbReferralService, listedConditions, oralBaclofenPrescribed, prefetched, referralCard } from './cds-card';
import { conditionSchema, medicationRequestSchema, observationSchema } from './cds-hooks';
import { ageOn, latestWeightKg } from './record-facts';

// The card's reading of a record, on prefetch shaped as records send it
// (shared/fixtures/prefetch-bundles.ts): conditions coded in ICD-10-CM, ICD-10 or
// a more specific SNOMED CT concept, baclofen coded only in RxNorm, weights in
// pounds, and the patient's birth date.

const conditionsOf = (...resources: object[]) => prefetched(searchset(...resources), conditionSchema)!;
const listed = (...codings: { system: string; code: string }[]) =>
  listedConditions(conditionsOf(...codings.map((coding) => condition([coding])))).map((found) => found.value);
const icd10cm = (code: string) => ({ system: 'http://hl7.org/fhir/sid/icd-10-cm', code });
const icd10 = (code: string) => ({ system: 'http://hl7.org/fhir/sid/icd-10', code });
const snomed = (code: string) => ({ system: 'http://snomed.info/sct', code });

describe('the conditions of a problem list', () => {
  it('reads ICD-10-CM and ICD-10 by code family, and kinds of the five SNOMED CT concepts', () => {
    expect(listed(codes.spasticDiplegiaIcd)).toEqual(['cerebral_palsy']);
    expect(listed(codes.diplegicCpSnomed)).toEqual(['cerebral_palsy']);
    expect(listed(codes.rrmsSnomed)).toEqual(['multiple_sclerosis']);
    expect(listed(codes.msIcd)).toEqual(['multiple_sclerosis']);
    expect(listed(icd10cm('G35.A'))).toEqual(['multiple_sclerosis']);
    expect(listed(codes.cervicalCordSequelaIcd)).toEqual(['spinal_cord_injury']);
    expect(listed(codes.spinalCordSequelaWho)).toEqual(['spinal_cord_injury']);
    expect(listed(codes.strokeSequelaIcd)).toEqual(['stroke']);
    expect(listed(icd10('I64'))).toEqual(['stroke']);
    expect(listed(snomed('108691000119102'))).toEqual(['stroke']);
    expect(listed(codes.tbiSequelaIcd)).toEqual(['brain_injury']);
    expect(listed(icd10('T90.5'))).toEqual(['brain_injury']);
    expect(listed(icd10cm('G93.1'))).toEqual(['brain_injury']);
    // A code without its dot, or in lower case, is the same code.
    expect(listed(icd10cm('g801'))).toEqual(['cerebral_palsy']);
  });

  it('leaves out what names no spasticity of the five: ataxic cerebral palsy, concussion, cauda equina, a history, other systems', () => {
    for (const coding of [
      icd10cm('G80.4'),
      codes.concussionSequelaIcd,
      icd10cm('S34.3XXS'),
      icd10cm('G82.21'),
      icd10cm('I60.9'),
      icd10cm('Z86.73'),
      codes.diabetesIcd,
      snomed('278512001'),
      { system: 'http://hl7.org/fhir/sid/icd-9-cm', code: '343.0' },
    ])
      expect(listed(coding), coding.code).toEqual([]);
  });

  it("lists each condition once, in the form's order, with the first code that named it", () => {
    const found = listedConditions(
      conditionsOf(
        condition([codes.strokeSequelaIcd]),
        condition([codes.spasticDiplegiaIcd, codes.diplegicCpSnomed]),
        condition([snomed('128188000')]),
      ),
    );
    expect(found).toEqual([
      { value: 'cerebral_palsy', system: codes.spasticDiplegiaIcd.system, code: 'G80.1' },
      { value: 'stroke', system: codes.strokeSequelaIcd.system, code: 'I69.351' },
    ]);
  });
});

describe('oral baclofen on the medication list', () => {
  const taken = (...resources: object[]) =>
    oralBaclofenPrescribed(prefetched(searchset(...resources), medicationRequestSchema)!);

  it('sees it coded in RxNorm alone (a product or the ingredient), or named in words', () => {
    expect(taken(medicationRequest(codes.baclofen10mg))).toBe(true);
    expect(taken(medicationRequest({ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '1292' }))).toBe(
      true,
    );
    expect(
      taken(
        medicationRequest(
          { system: 'urn:oid:2.16.840.1.113883.6.69', code: '0172-4096' },
          { text: 'Baclofen 10 mg tablet' },
        ),
      ),
    ).toBe(true);
  });

  it('not intrathecal baclofen: by its route, its words, or an RxNorm code of no oral form', () => {
    expect(taken(medicationRequest(codes.baclofen10mg, { route: 'intrathecal' }))).toBe(false);
    expect(taken(medicationRequest(codes.baclofenIntrathecal, { route: 'intrathecal' }))).toBe(false);
    expect(
      taken(
        medicationRequest(
          { system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '1292' },
          { route: 'intrathecal' },
        ),
      ),
    ).toBe(false);
    expect(taken(medicationRequest(codes.baclofenIntrathecal, { text: 'baclofen injection' }))).toBe(false);
    expect(taken(medicationRequest(codes.baclofen10mg, { status: 'entered-in-error' }))).toBe(false);
  });
});

describe('age and weight from the record', () => {
  it('age in whole years on the date given, only from a full birth date the form can take', () => {
    expect(ageOn('2012-03-14', '2026-11-25')).toBe(14);
    expect(ageOn('2012-11-25', '2026-11-25')).toBe(14);
    expect(ageOn('2012-11-26', '2026-11-25')).toBe(13);
    expect(ageOn('2026-11-25', '2026-11-25')).toBe(0);
    for (const birthDate of ['2012', '2012-03', undefined, '2027-01-01', '1890-01-01'])
      expect(ageOn(birthDate, '2026-11-25'), birthDate).toBeUndefined();
  });

  const weightOf = (...observations: object[]) =>
    latestWeightKg(prefetched(searchset(...observations), observationSchema)!);

  it('the newest final weight in kg, g or pounds, in kg to one decimal', () => {
    expect(latestWeightKg(prefetched(childPrefetch().weight, observationSchema)!)).toBe(39.9);
    expect(weightOf(bodyWeight('2026-01-01T00:00:00Z', 12345, 'g'))).toBe(12.3);
    expect(
      weightOf(
        bodyWeight('2026-05-01T00:00:00Z', 70, 'kg', { status: 'preliminary' }),
        bodyWeight('2026-04-01T00:00:00Z', 71, '%', { unit: 'percent' }),
        bodyWeight('2026-03-01T00:00:00Z', 72.44, 'kg'),
        bodyWeight('2025-03-01T00:00:00Z', 80, 'kg'),
      ),
    ).toBe(72.4);
    // Out of the form's range: left for the user.
    expect(weightOf(bodyWeight('2026-03-01T00:00:00Z', 0.5, 'kg'))).toBeUndefined();
    expect(weightOf()).toBeUndefined();
  });
});

describe('the card', () => {
  const child = childPrefetch();
  const card = referralCard({
    conditions: listedConditions(prefetched(child.conditions, conditionSchema)!),
    oralBaclofen: oralBaclofenPrescribed(prefetched(child.medications, medicationRequestSchema)!),
    patient: {
      ageYears: ageOn(child.patient.birthDate, '2026-11-25'),
      weightKg: latestWeightKg(prefetched(child.weight, observationSchema)!),
    },
    formUrl: 'https://cds.example.org/',
    ruleSet: { id: ruleSet.id, version: ruleSet.version, hash: 'sha256:x', reviewed: ruleSet.reviewed },
  })!;

  it('links to the form with exactly the four answers the record gives, and says what it filled', () => {
    const link = new URL(card.links![0]!.url);
    expect(link.search).toBe('');
    expect([...new URLSearchParams(link.hash.slice(1))]).toEqual([
      ['diagnosis.condition', 'cerebral_palsy'],
      ['oralBaclofen.tried', 'yes'],
      ['patient.ageYears', '14'],
      ['patient.weightKg', '39.9'],
    ]);
    expect(card.detail).toContain('**cerebral palsy** (ICD-10-CM G80.1)');
    expect(card.detail).toContain(
      'The form opens with the condition (cerebral palsy), "oral baclofen tried: yes", age 14 and weight 39.9 kg (the latest recorded) filled in from the record, for you to check.',
    );
    // The record's name, identifiers and birth date stay out of the card.
    expect(JSON.stringify(card)).not.toMatch(/Fictional|Robin|MRN|2012-03-14|example-1288992/);
  });

  it('asks the record for the patient and the latest weights beside the conditions and medications', () => {
    expect(itbReferralService.prefetch).toEqual({
      conditions: 'Condition?patient={{context.patientId}}',
      medications: 'MedicationRequest?patient={{context.patientId}}',
      patient: 'Patient/{{context.patientId}}',
      weight: 'Observation?patient={{context.patientId}}&code=http://loinc.org|29463-7&_sort=-date&_count=10',
    });
  });
});

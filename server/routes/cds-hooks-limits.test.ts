import { describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../shared/api/errors';
import { createApp } from '../app';
import { maxHookDepth } from './cds-hooks';

// The shape guard on CDS Hooks bodies: a prefetch as a real record sends it passes
// with room to spare; a body built to be deep is refused before it costs CPU.

const app = createApp({ cdsHooks: { issuers: [], allowUnsigned: true, publicUrl: 'https://cds.example.org' } });

const coding = (system: string, code: string, display: string) => ({ system, code, display });
const concept = (text: string, ...codings: ReturnType<typeof coding>[]) => ({ coding: codings, text });
const sct = 'http://snomed.info/sct';
const searchset = (...resources: unknown[]) => ({
  resourceType: 'Bundle',
  type: 'searchset',
  total: resources.length,
  link: [{ relation: 'self', url: 'https://ehr.example/fhir/Condition?patient=1288992' }],
  entry: resources.map((resource, i) => ({
    fullUrl: `https://ehr.example/fhir/Resource/${i}`,
    resource,
    search: { mode: 'match' },
  })),
});

// Resources as US Core profiles and the large EHRs send them: nested extensions
// (race, geolocation in an address, data-absent reasons), a contained Medication
// with a strength ratio, dosage with timing and dose rates.
const patient = {
  resourceType: 'Patient',
  id: '1288992',
  meta: {
    profile: ['http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient'],
    lastUpdated: '2026-01-02T03:04:05Z',
  },
  extension: [
    {
      url: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-race',
      extension: [
        { url: 'ombCategory', valueCoding: coding('urn:oid:2.16.840.1.113883.6.238', '2106-3', 'White') },
        { url: 'text', valueString: 'White' },
      ],
    },
  ],
  identifier: [
    {
      type: concept('Medical Record Number', coding('http://terminology.hl7.org/CodeSystem/v2-0203', 'MR', 'MRN')),
      system: 'urn:oid:1.2.3',
      value: '0000',
    },
  ],
  name: [{ use: 'official', family: 'Example', given: ['Pat'] }],
  birthDate: '1980-05-17',
  address: [
    {
      extension: [
        {
          url: 'http://hl7.org/fhir/StructureDefinition/geolocation',
          extension: [
            { url: 'latitude', valueDecimal: 42.36 },
            { url: 'longitude', valueDecimal: -71.06 },
          ],
        },
      ],
      line: ['1 Main St'],
      city: 'Boston',
      period: { start: '2010-01-01' },
    },
  ],
};

const condition = {
  resourceType: 'Condition',
  id: 'c1',
  meta: { security: [coding('http://terminology.hl7.org/CodeSystem/v3-Confidentiality', 'N', 'normal')] },
  clinicalStatus: concept(
    'Active',
    coding('http://terminology.hl7.org/CodeSystem/condition-clinical', 'active', 'Active'),
  ),
  verificationStatus: concept(
    'Confirmed',
    coding('http://terminology.hl7.org/CodeSystem/condition-ver-status', 'confirmed', 'Confirmed'),
  ),
  category: [
    concept(
      'Problem List Item',
      coding('http://terminology.hl7.org/CodeSystem/condition-category', 'problem-list-item', 'Problem List Item'),
    ),
  ],
  code: concept(
    'Multiple sclerosis',
    coding(sct, '24700007', 'Multiple sclerosis'),
    coding('http://hl7.org/fhir/sid/icd-10-cm', 'G35', 'Multiple sclerosis'),
  ),
  subject: { reference: 'Patient/1288992' },
  _onsetDateTime: {
    extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/data-absent-reason', valueCode: 'unknown' }],
  },
};

const medicationRequest = {
  resourceType: 'MedicationRequest',
  id: 'm1',
  contained: [
    {
      resourceType: 'Medication',
      id: 'med',
      code: concept(
        'Baclofen 10 mg oral tablet',
        coding('http://www.nlm.nih.gov/research/umls/rxnorm', '197446', 'baclofen 10 MG Oral Tablet'),
      ),
      ingredient: [
        {
          itemCodeableConcept: concept(
            'Baclofen',
            coding('http://www.nlm.nih.gov/research/umls/rxnorm', '1292', 'baclofen'),
          ),
          strength: {
            numerator: { value: 10, unit: 'mg', system: 'http://unitsofmeasure.org', code: 'mg' },
            denominator: {
              value: 1,
              unit: 'tablet',
              extension: [{ url: 'http://example.org/fhir/StructureDefinition/unit-text', valueString: 'tablet' }],
            },
          },
        },
      ],
    },
  ],
  status: 'active',
  intent: 'order',
  medicationReference: { reference: '#med' },
  subject: { reference: 'Patient/1288992' },
  dosageInstruction: [
    {
      text: '10 mg by mouth three times a day',
      timing: { repeat: { boundsPeriod: { start: '2025-01-01' }, frequency: 3, period: 1, periodUnit: 'd' } },
      route: concept('Oral', coding(sct, '26643006', 'Oral route')),
      doseAndRate: [
        {
          type: concept(
            'Ordered',
            coding('http://terminology.hl7.org/CodeSystem/dose-rate-type', 'ordered', 'Ordered'),
          ),
          doseQuantity: { value: 10, unit: 'mg', system: 'http://unitsofmeasure.org', code: 'mg' },
        },
      ],
    },
  ],
  dispenseRequest: { validityPeriod: { start: '2025-01-01', end: '2026-01-01' }, numberOfRepeatsAllowed: 3 },
};

const weight = {
  resourceType: 'Observation',
  id: 'w1',
  meta: { tag: [coding('http://example.org/tags', 'vitals', 'Vital signs')] },
  status: 'final',
  category: [
    concept(
      'Vital Signs',
      coding('http://terminology.hl7.org/CodeSystem/observation-category', 'vital-signs', 'Vital Signs'),
    ),
  ],
  code: concept('Body weight', coding('http://loinc.org', '29463-7', 'Body weight')),
  subject: { reference: 'Patient/1288992' },
  effectiveDateTime: '2026-01-02T03:04:05Z',
  valueQuantity: { value: 68.2, unit: 'kg', system: 'http://unitsofmeasure.org', code: 'kg' },
};

const realisticRequest = {
  hook: 'patient-view',
  hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea',
  fhirServer: 'https://ehr.example/fhir',
  context: { userId: 'Practitioner/example', patientId: '1288992' },
  prefetch: {
    patient,
    conditions: searchset(condition),
    medications: searchset(medicationRequest),
    weight: searchset(weight),
  },
};

/** Containers nested in a JSON value: 1 for a flat object or list, 0 for a scalar. */
const depthOf = (value: unknown): number =>
  value !== null && typeof value === 'object' ? 1 + Math.max(0, ...Object.values(value).map(depthOf)) : 0;

const post = (body: string) =>
  app.request('/cds-services/itb-referral-aid', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body,
  });

describe('CDS Hooks body shape', () => {
  it('a realistic prefetch (Patient, Conditions, MedicationRequests, an Observation) nests well within the limit', async () => {
    // The deepest place: prefetch > medications > entry > 0 > resource > contained > 0 >
    // ingredient > 0 > strength > denominator > extension > 0: 14 levels with the request.
    expect(depthOf(realisticRequest)).toBe(14);
    expect(maxHookDepth).toBeGreaterThanOrEqual(2 * depthOf(realisticRequest));
    const res = await post(JSON.stringify(realisticRequest));
    expect(res.status).toBe(200);
    expect((await res.json()).cards).toHaveLength(1);
  });

  it('refuses 200 KB of arrays nested 100,000 deep with a 400 in the contract shape, before parsing it', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const bodies = [
      deep,
      JSON.stringify({ ...realisticRequest, prefetch: { conditions: 0 } }).replace(
        '"conditions":0',
        `"conditions":${deep}`,
      ),
    ];
    for (const body of bodies) {
      const cpuMs = (since: NodeJS.CpuUsage) => {
        const { user, system } = process.cpuUsage(since);
        return (user + system) / 1000;
      };
      let started = process.cpuUsage();
      JSON.parse(body);
      const parseMs = cpuMs(started);
      started = process.cpuUsage();
      const res = await post(body);
      const requestMs = cpuMs(started);
      expect(res.status).toBe(400);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const error = errorBodySchema.parse(await res.json());
      expect(error.error).toBe('invalid_request');
      expect(error.issues).toEqual([{ path: '', message: expect.stringContaining(`at most ${maxHookDepth} levels`) }]);
      // Parsing this body alone costs 10 to 60 ms of CPU here; the refusal a fraction of it.
      expect(requestMs).toBeLessThan(parseMs / 2);
    }
  });

  it('refuses a list longer than any prefetch sends, with the place it is', async () => {
    const wide = { ...realisticRequest, prefetch: { conditions: searchset(condition), junk: Array(6_000).fill(1) } };
    const res = await post(JSON.stringify(wide));
    expect(res.status).toBe(400);
    expect(errorBodySchema.parse(await res.json()).issues).toEqual([
      { path: 'prefetch.junk', message: expect.stringMatching(/at most 5000 items in a list; this one has 6000/) },
    ]);
  });
});

import type { Bundle, Resource } from '@medplum/fhirtypes';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { examples } from '../../shared/examples/examples';
import { codeSystems } from '../../shared/fhir/code-systems';
import { questionnaireResponseOf } from '../../shared/fhir/questionnaire-response';
import { arbitraryIntake } from '../../shared/fixtures/arbitrary-intake';
import { app, postJson } from '../test-helpers';

// Every FHIR resource the server produces, through @medplum/core's validator
// and its R4 definitions (plus codes of required bindings and extensions, see
// fhir-validator.ts). Loaded once, here only: the definitions take a second or two.

let fhirProblems: (resource: Resource) => string[];
beforeAll(async () => {
  ({ fhirProblems } = await import('../../shared/fixtures/fhir-validator'));
}, 30_000);

const fhirJson = { 'Content-Type': 'application/fhir+json' };
const summaryOf = async (body: unknown) =>
  (await postJson('/api/fhir/QuestionnaireResponse/$summary', body, fhirJson)).json();
const instant = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

describe('FHIR validation (@medplum/core validateResource, R4 definitions)', () => {
  it('the validator can fail: it sees wrong codes, wrong types and wrong extensions inside a bundle', async () => {
    const bundle = (await summaryOf(questionnaireResponseOf(examples[0]!.intake, '2026-11-25T14:30:00Z'))) as Bundle;
    type Loose = Bundle & { entry: { resource: Record<string, unknown> }[] };
    const wrongCode = structuredClone(bundle) as Loose;
    wrongCode.entry[0]!.resource.status = 'done';
    expect(fhirProblems(wrongCode)).toEqual([
      expect.stringContaining(
        'Bundle.entry[0].resource.status: "done" is not in http://hl7.org/fhir/ValueSet/composition-status',
      ),
    ]);
    const wrongType = structuredClone(bundle) as Loose;
    wrongType.entry[1]!.resource.authored = 'yesterday';
    expect(fhirProblems(wrongType)).toEqual(['Bundle.entry[1].resource.authored: Invalid dateTime format']);
    expect(
      fhirProblems({
        resourceType: 'Questionnaire',
        status: 'active',
        item: [
          {
            linkId: 'a',
            type: 'integer',
            extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueString: '1' }],
          },
        ],
      }),
    ).toEqual([expect.stringContaining('valueString is not allowed')]);
    // A complex extension: its parts against the slices of its definition.
    const constraint = (url: string, parts: object[]) => ({
      resourceType: 'Questionnaire',
      status: 'active',
      item: [{ linkId: 'a', type: 'integer', extension: [{ url, extension: parts }] }],
    });
    expect(
      fhirProblems(
        constraint('http://hl7.org/fhir/StructureDefinition/questionnaire-constraint', [
          { url: 'key', valueId: 'k' },
          { url: 'severity', valueCode: 'fatal' },
          { url: 'expression', valueString: 'true' },
          { url: 'colour', valueString: 'red' },
        ]) as Resource,
      ),
    ).toEqual([
      expect.stringContaining('"fatal" is not in http://hl7.org/fhir/ValueSet/constraint-severity'),
      expect.stringContaining('0 of part human (1..1)'),
      expect.stringContaining('has no part colour'),
    ]);
    expect(
      fhirProblems(
        constraint('http://hl7.org/fhir/StructureDefinition/targetConstraint', [
          { url: 'key', valueId: 'k' },
          { url: 'severity', valueCode: 'error' },
          { url: 'expression', valueString: 'true' },
          { url: 'human', valueString: 'Always true' },
        ]) as Resource,
      ),
    ).toEqual([
      expect.stringContaining('valueString is not allowed by http://hl7.org/fhir/StructureDefinition/targetConstraint'),
    ]);
  });

  it('the CapabilityStatement, its OperationDefinitions, the Questionnaire, the ConceptMap and all 17 CodeSystems, as served', async () => {
    for (const path of [
      'metadata',
      'OperationDefinition/QuestionnaireResponse-intake',
      'OperationDefinition/QuestionnaireResponse-summary',
    ]) {
      expect(fhirProblems(await (await app.request(`/api/fhir/${path}`)).json()), path).toEqual([]);
    }
    expect(fhirProblems(await (await app.request('/api/fhir/Questionnaire/itb-referral')).json())).toEqual([]);
    expect(
      fhirProblems(await (await app.request('/api/fhir/ConceptMap/itb-referral-condition-snomed')).json()),
    ).toEqual([]);
    expect(codeSystems).toHaveLength(17);
    for (const system of codeSystems)
      expect(fhirProblems(await (await app.request(`/api/fhir/CodeSystem/${system.id}`)).json()), system.id).toEqual(
        [],
      );
  });

  it('the QuestionnaireResponse and the document Bundle of every worked example and of 100 random intakes', async () => {
    const inputs = [
      ...examples.map((example) => ({ intake: example.intake, authored: '2026-11-25T14:30:00.123+05:30' })),
      ...fc.sample(fc.record({ intake: arbitraryIntake, authored: instant }), { numRuns: 100, seed: 13 }),
    ];
    for (const { intake, authored } of inputs) {
      const response = questionnaireResponseOf(intake, authored);
      expect(fhirProblems(response)).toEqual([]);
      const bundle = await summaryOf(response);
      expect(bundle.resourceType).toBe('Bundle');
      expect(fhirProblems(bundle)).toEqual([]);
    }
  });

  it('every kind of OperationOutcome: 400 (answers, authored, JSON, shape), 404, 405, 413, 415', async () => {
    const response = questionnaireResponseOf(examples[0]!.intake);
    const bad = structuredClone(response);
    bad.item![0]!.item![0]!.answer = [{ valueString: 'forty' }];
    bad.item!.push({ linkId: "it's <b>bold</b>" });
    const post = (body: unknown, headers = fhirJson) =>
      postJson('/api/fhir/QuestionnaireResponse/$summary', body, headers);
    const answers = [
      await post(bad),
      await post(response),
      await post('{"resourceType":'),
      await post('['.repeat(30) + ']'.repeat(30)),
      await post({ ...response, text: 'x'.repeat(40_000) }),
      await post(response, { 'Content-Type': 'text/plain' }),
      await app.request('/api/fhir/Observation/1'),
      await app.request('/api/fhir/QuestionnaireResponse/$intake'),
    ];
    expect(answers.map((res) => res.status)).toEqual([400, 400, 400, 400, 413, 415, 404, 405]);
    for (const res of answers) expect(fhirProblems(await res.json())).toEqual([]);
  });
});

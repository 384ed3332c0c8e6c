import type {
  Bundle,
  Composition,
  CompositionSection,
  OperationOutcome,
  Questionnaire,
  QuestionnaireResponse,
} from '@medplum/fhirtypes';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Summary } from '../../shared/api/summary';
import { examples } from '../../shared/examples/examples';
import { questionnaireResponseOf } from '../../shared/fhir/questionnaire-response';
import { arbitraryIntake } from '../../shared/fixtures/arbitrary-intake';
import { listsAsSets } from '../../shared/fixtures/lists-as-sets';
import { createApp } from '../app';
import { app, postJson } from '../test-helpers';
import { ruleSet } from '../../shared/rules/rule-set';

const authored = '2026-11-25T14:30:00+01:00';
const fhirJson = { 'Content-Type': 'application/fhir+json' };
const post = (operation: '$intake' | '$summary', body: unknown, headers = fhirJson) =>
  postJson(`/api/fhir/QuestionnaireResponse/${operation}`, body, headers);
const example = examples[0]!;

async function outcome(res: Response, status: number): Promise<OperationOutcome> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
  expect(res.headers.get('cache-control')).toBe('no-store');
  const body = (await res.json()) as OperationOutcome;
  expect(body.resourceType).toBe('OperationOutcome');
  return body;
}

describe('GET /api/fhir: the Questionnaire and its CodeSystems', () => {
  it('serves the Questionnaire as application/fhir+json, and every CodeSystem it uses', async () => {
    const res = await app.request('/api/fhir/Questionnaire/itb-referral');
    expect(res.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    const questionnaire = (await res.json()) as Questionnaire;
    expect(questionnaire).toMatchObject({
      resourceType: 'Questionnaire',
      id: 'itb-referral',
      version: ruleSet.version,
    });
    const systems = new Set(
      JSON.stringify(questionnaire).match(/https:\/\/itb-referral-aid\.example\/fhir\/CodeSystem\/[a-z-]+/g),
    );
    expect(systems.size).toBe(15);
    for (const url of systems) {
      const system = await (await app.request(`/api/fhir/CodeSystem/${url.split('/').at(-1)}`)).json();
      expect(system).toMatchObject({ resourceType: 'CodeSystem', url, version: ruleSet.version, content: 'complete' });
    }
    const rules = await (await app.request('/api/fhir/CodeSystem/itb-referral-rules')).json();
    expect(rules.concept).toHaveLength(ruleSet.rules.length);
    expect(rules.concept[1]).toMatchObject({
      code: 'severe-spasticity',
      property: [{ code: 'level', valueCode: 'indication' }],
    });
  });

  it('says what it serves in a CapabilityStatement (metadata), each operation defined at its canonical URL', async () => {
    const metadata = await (await app.request('/api/fhir/metadata')).json();
    expect(metadata).toMatchObject({
      resourceType: 'CapabilityStatement',
      kind: 'instance',
      fhirVersion: '4.0.1',
      format: ['application/fhir+json'],
    });
    const operations = metadata.rest[0].resource.find(
      (resource: { type: string }) => resource.type === 'QuestionnaireResponse',
    ).operation;
    expect(operations.map((operation: { name: string }) => operation.name)).toEqual(['intake', 'summary']);
    for (const { name, definition } of operations) {
      const res = await app.request(`/api/fhir/OperationDefinition/${definition.split('/').at(-1)}`);
      expect(await res.json()).toMatchObject({
        resourceType: 'OperationDefinition',
        url: definition,
        code: name,
        resource: ['QuestionnaireResponse'],
      });
    }
  });

  it("maps the form's conditions to SNOMED CT in a ConceptMap", async () => {
    const map = await (await app.request('/api/fhir/ConceptMap/itb-referral-condition-snomed')).json();
    expect(map.group[0]).toMatchObject({
      source: 'https://itb-referral-aid.example/fhir/CodeSystem/itb-referral-condition',
      target: 'http://snomed.info/sct',
    });
    expect(
      map.group[0].element.map((element: { code: string; target: { code?: string }[] }) => [
        element.code,
        element.target[0]!.code,
      ]),
    ).toEqual([
      ['cerebral_palsy', '128188000'],
      ['multiple_sclerosis', '24700007'],
      ['spinal_cord_injury', '90584004'],
      ['stroke', '230690007'],
      ['brain_injury', '127294003'],
      ['other', undefined],
    ]);
  });

  it('answers an unknown resource 404 and a wrong method 405, as OperationOutcomes', async () => {
    expect((await outcome(await app.request('/api/fhir/CodeSystem/snomed'), 404)).issue[0]!.code).toBe('not-found');
    expect((await outcome(await app.request('/api/fhir/Patient/123'), 404)).issue[0]!.code).toBe('not-found');
    const res = await app.request('/api/fhir/QuestionnaireResponse/$summary');
    expect((await outcome(res, 405)).issue[0]!.code).toBe('not-supported');
    expect(res.headers.get('allow')).toBe('POST');
    expect((await app.request('/api/fhir/Questionnaire/itb-referral', { method: 'PUT' })).headers.get('allow')).toBe(
      'GET, HEAD',
    );
  });
});

describe('POST /api/fhir/QuestionnaireResponse/$intake', () => {
  it('gives back the intake of every worked example, as application/json or application/fhir+json', async () => {
    for (const [index, { id, intake }] of examples.entries()) {
      const headers = index % 2 ? fhirJson : { 'Content-Type': 'application/json' };
      const res = await post('$intake', questionnaireResponseOf(intake, authored), headers);
      expect(res.status, id).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(listsAsSets(await res.json()), id).toEqual(listsAsSets(intake));
    }
  });

  it('gives back 1,000 random valid intakes (lists as sets)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryIntake, async (intake) => {
        const res = await post('$intake', questionnaireResponseOf(intake));
        expect(res.status).toBe(200);
        expect(listsAsSets(await res.json())).toEqual(listsAsSets(intake));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps the limits of /api/summary: media type, 32 KiB, JSON syntax, absurd shapes', async () => {
    const response = questionnaireResponseOf(example.intake, authored);
    expect((await outcome(await post('$intake', response, { 'Content-Type': 'text/plain' }), 415)).issue[0]!.code).toBe(
      'not-supported',
    );
    const big = {
      ...response,
      text: { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml">${'x'.repeat(33 * 1024)}</div>` },
    };
    expect((await outcome(await post('$intake', big), 413)).issue[0]!.code).toBe('too-long');
    await outcome(await post('$intake', '{"resourceType": '), 400);
    const deep = await outcome(
      await post('$intake', {
        resourceType: 'QuestionnaireResponse',
        item: [JSON.parse('{"item":['.repeat(12) + '{}' + ']}'.repeat(12))],
      }),
      400,
    );
    expect(deep.issue[0]!.details!.text).toContain('at most 20 levels');
    const wide = await outcome(
      await post('$intake', { ...response, item: Array.from({ length: 101 }, () => ({ linkId: 'goals' })) }),
      400,
    );
    expect(wide.issue).toEqual([
      expect.objectContaining({ code: 'structure', expression: ['QuestionnaireResponse.item'] }),
    ]);
  });

  it('random broken responses: always 200 or a 4xx OperationOutcome, never a 5xx, never a polluted prototype', async () => {
    const hostile = fc.oneof(
      fc.constantFrom(
        '__proto__',
        'constructor',
        null,
        true,
        0,
        -1,
        1e308,
        '',
        [],
        {},
        [null],
        { linkId: 'patient' },
        { valueCoding: null },
        { __proto__: { polluted: true } },
      ),
      fc.string({ maxLength: 20 }),
      fc.jsonValue({ maxDepth: 3 }),
    );
    /** Every path into a JSON value: the places a renderer (or an attacker) could put something else. */
    const pathsOf = (value: unknown, path: string[] = []): string[][] =>
      typeof value === 'object' && value !== null
        ? [path, ...Object.entries(value).flatMap(([key, inner]) => pathsOf(inner, [...path, key]))]
        : [path];
    const broken = fc
      .tuple(arbitraryIntake, fc.nat(), fc.option(fc.constantFrom('item', 'answer', '__proto__', 'extra')), hostile)
      .map(([intake, pick, extra, value]) => {
        const copy = JSON.parse(JSON.stringify(questionnaireResponseOf(intake, authored)));
        const paths = pathsOf(copy).filter((path) => path.length > 0);
        const picked = paths[pick % paths.length]!;
        const node = picked.reduce((at, key) => at[key], copy);
        // A new key only inside an object or list; otherwise the picked value itself is replaced.
        const path = extra && typeof node === 'object' && node !== null ? [...picked, extra] : picked;
        let target = copy;
        for (const key of path.slice(0, -1)) target = target[key];
        // defineProperty: a key "__proto__" becomes an own property, as JSON.parse on the server makes it.
        Object.defineProperty(target, path.at(-1)!, { value, enumerable: true, configurable: true, writable: true });
        return JSON.stringify(copy);
      });
    await fc.assert(
      fc.asyncProperty(
        broken,
        fc.constantFrom<'$intake' | '$summary'>('$intake', '$summary'),
        async (body, operation) => {
          const res = await post(operation, body);
          expect(res.status).toBeLessThan(500);
          if (res.status !== 200) expect((await outcome(res, res.status)).issue.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 400 },
    );
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('answers bad answers with 400 and one issue per problem, at most 20', async () => {
    const response = questionnaireResponseOf(example.intake, authored);
    response.item!.push(...Array.from({ length: 30 }, (_, i) => ({ linkId: `extra-${i}` })));
    const body = await outcome(await post('$intake', response), 400);
    expect(body.issue).toHaveLength(20);
    expect(body.issue[0]).toEqual({
      severity: 'error',
      code: 'structure',
      details: { text: expect.stringContaining('extra-0') },
      expression: ["QuestionnaireResponse.item.where(linkId='extra-0')"],
    });
    expect(body.text!.div).toContain('30 problems; the first 20 are listed');
  });

  it('never logs a body', async () => {
    const lines: string[] = [];
    const logged = createApp({ log: (line) => lines.push(line) });
    const intake = { ...example.intake, notes: 'very private words' };
    await logged.request('/api/fhir/QuestionnaireResponse/$intake', {
      method: 'POST',
      headers: fhirJson,
      body: JSON.stringify(questionnaireResponseOf(intake)),
    });
    expect(lines).toEqual([expect.stringMatching(/^POST \/api\/fhir\/QuestionnaireResponse\/\$intake 200 /)]);
    expect(lines.join('')).not.toContain('private');
  });
});

describe('POST /api/fhir/QuestionnaireResponse/$summary', () => {
  afterEach(() => vi.useRealTimers());

  const documentOf = async (body: unknown) => {
    const res = await post('$summary', body);
    expect(res.status).toBe(200);
    return (await res.json()) as Bundle;
  };
  const compositionOf = (bundle: Bundle) => bundle.entry![0]!.resource as Composition;
  const codesIn = (sections: readonly CompositionSection[] = []): string[] =>
    sections.flatMap((section) => [section.code?.coding?.[0]?.code ?? '', ...codesIn(section.section)]);

  it('is a document whose finding sections are the findings of POST /api/summary, by rule id', async () => {
    for (const { id, intake } of examples) {
      const summary = (await (await postJson('/api/summary', intake)).json()) as Summary;
      const bundle = await documentOf(questionnaireResponseOf(intake, authored));
      const composition = compositionOf(bundle);
      expect(bundle).toMatchObject({
        type: 'document',
        timestamp: authored,
        identifier: { system: 'urn:ietf:rfc:3986' },
      });
      expect(composition).toMatchObject({
        status: 'final',
        date: authored,
        title: 'Intrathecal baclofen (ITB) referral: discussion summary',
      });
      const [referral, ...rest] = composition.section!;
      const levels = rest.slice(0, 5);
      expect(levels.map((section) => section.code!.coding![0]!.code)).toEqual([
        'caution',
        'indication',
        'consider',
        'check',
        'info',
      ]);
      const findings = levels.flatMap((section) => section.section ?? []);
      const ruleCodes = findings.map((section) => section.code!.coding![0]!);
      expect(ruleCodes.map((coding) => coding.code).sort(), id).toEqual(
        summary.findings.map((finding) => finding.ruleId).sort(),
      );
      expect(new Set(ruleCodes.map((coding) => coding.system))).toEqual(
        new Set(['https://itb-referral-aid.example/fhir/CodeSystem/itb-referral-rules']),
      );
      // Only the finding sub-sections carry codes of the rule set.
      const ruleIds = new Set(summary.findings.map((finding) => finding.ruleId).concat(summary.notFired));
      expect(codesIn(composition.section).filter((code) => ruleIds.has(code)).length).toBe(findings.length);
      expect(referral!.code!.coding![0]!.code).toBe('referral-data');
      expect(rest.at(-1)!.code!.coding![0]!.code).toBe('not-triggered');
      for (const notFired of summary.notFired) expect(rest.at(-1)!.text!.div).toContain(`(${notFired})`);
      const response = bundle.entry![1]!.resource as QuestionnaireResponse;
      expect(referral!.entry![0]!.reference).toBe(bundle.entry![1]!.fullUrl);
      expect(response).toMatchObject({ resourceType: 'QuestionnaireResponse', authored, status: 'completed' });
      // Its own narrative (dom-6): the answers in words, as in the referral data section.
      const inner = (div: string) => div.replace(/^<div[^>]*>|<\/div>$/g, '');
      expect(response.text).toMatchObject({ status: 'generated' });
      expect(inner(response.text!.div)).toContain(inner(referral!.text!.div));
    }
  });

  it('says why each finding was raised, with its sources, and escapes the notes', async () => {
    const intake = { ...example.intake, notes: '<img src=x onerror=alert(1)> & walker' };
    const composition = compositionOf(await documentOf(questionnaireResponseOf(intake, authored)));
    const sideEffects = composition
      .section!.flatMap((section) => section.section ?? [])
      .find((section) => section.code!.coding![0]!.code === 'oral-side-effects')!;
    expect(sideEffects.text!.div).toContain(
      '<b>Because:</b> Oral baclofen tried: yes; Side effects limited the dose: yes',
    );
    expect(sideEffects.text!.div).toContain('<li>Lioresal Intrathecal (baclofen injection) US prescribing information');
    expect(composition.section![0]!.text!.div).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; walker');
    expect(JSON.stringify(composition)).not.toContain('<img');
  });

  it('gives the same bytes for the same response whatever the clock, and new ids for new answers or a new time', async () => {
    const response = questionnaireResponseOf(example.intake, authored);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const first = await (await post('$summary', response)).text();
    vi.setSystemTime(new Date('2041-06-15T12:00:00Z'));
    expect(await (await post('$summary', response)).text()).toBe(first);
    expect(first).not.toMatch(/2030|2041/);
    const ids = (text: string) => text.match(/urn:uuid:[0-9a-f-]{36}/g)!;
    expect(ids(first)[0]).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const later = await (await post('$summary', { ...response, authored: '2026-11-25T14:31:00+01:00' })).text();
    const other = await (await post('$summary', questionnaireResponseOf(examples[1]!.intake, authored))).text();
    for (const text of [later, other])
      expect(new Set([...ids(text), ...ids(first)]).size).toBe(new Set(ids(first)).size * 2);
  });

  it('needs authored to the second with a time zone', async () => {
    for (const when of [undefined, '2026-11-25', '2026-11-25T14:30:00']) {
      const body = await outcome(await post('$summary', questionnaireResponseOf(example.intake, when)), 400);
      expect(body.issue).toEqual([expect.objectContaining({ expression: ['QuestionnaireResponse.authored'] })]);
    }
  });
});

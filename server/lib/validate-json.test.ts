import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../shared/api/errors';
import { postJson, sampleIntake } from '../test-helpers';

// No amplification: whatever the body, the 400 is small and cheap to produce.

const bytes = (text: string) => Buffer.byteLength(text);

async function errorFor(body: string) {
  const res = await postJson('/api/summary', body);
  const text = await res.text();
  return { status: res.status, text, body: errorBodySchema.parse(JSON.parse(text)) };
}

const errorBody = async (res: Response) => errorBodySchema.parse(await res.json());

/** CPU time (ms) the process spends answering `body` `times` times. */
async function cpuMs(body: string, times: number) {
  const started = process.cpuUsage();
  for (let i = 0; i < times; i++) await (await postJson('/api/summary', body)).text();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

const withGoals = (goals: unknown[]) => JSON.stringify({ ...sampleIntake(), goals });

describe('validation cost and size', () => {
  it('a 32 KB body with 15,000 goals gets a small 400 naming the list, at a small cost', async () => {
    const body = withGoals(Array(15_000).fill(1));
    expect(bytes(body)).toBeGreaterThan(30_000);
    expect(bytes(body)).toBeLessThanOrEqual(32 * 1024);
    const { status, text, body: error } = await errorFor(body);
    expect(status).toBe(400);
    expect(error.error).toBe('invalid_request');
    expect(error.issues).toEqual([{ path: 'goals', message: expect.stringMatching(/at most 100/) }]);
    expect(bytes(text)).toBeLessThan(500);
    // Before: about 1 MB and 65-300 ms for one such body.
    expect(await cpuMs(body, 10)).toBeLessThan(50);
  });

  it('refuses nesting deeper than 8 levels before the schema, with the path where it happens', async () => {
    const deep = { ...sampleIntake(), notes: [[[[[[[[[['x']]]]]]]]]] };
    const { status, body } = await errorFor(JSON.stringify(deep));
    expect(status).toBe(400);
    expect(body.issues).toEqual([
      { path: 'notes.0.0.0.0.0.0.0', message: expect.stringMatching(/more than 8 levels/) },
    ]);
  });

  it('refuses an object with more than 100 keys before the schema', async () => {
    const keys = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, 1]));
    const { status, body } = await errorFor(JSON.stringify({ ...sampleIntake(), considerations: keys }));
    expect(status).toBe(400);
    expect(body.issues).toEqual([{ path: 'considerations', message: expect.stringMatching(/at most 100/) }]);
  });

  it('lists the first 20 issues and gives the full count in the message', async () => {
    const extra = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`extra${i}`, true]));
    const { status, body } = await errorFor(JSON.stringify({ ...sampleIntake(), ...extra }));
    expect(status).toBe(400);
    expect(body.issues).toHaveLength(20);
    expect(body.issues![0]).toEqual({ path: 'extra0', message: expect.any(String) });
    expect(body.message).toBe('The intake has 60 problems; the first 20 are in issues.');
  });

  it('the worst body the guard lets through is still cheap and its 400 small', async () => {
    // Every list at the guard's bound, every item wrong, and unknown keys with long names.
    const intake = sampleIntake() as Record<string, any>;
    const wrong = Array(100).fill(1);
    Object.assign(intake, { goals: wrong, otherTreatments: wrong });
    intake.spasticity.impacts = wrong;
    intake.oralBaclofen.sideEffects = wrong;
    for (let i = 0; i < 40; i++) intake[`${'k'.repeat(300)}${i}`] = 1;
    const body = JSON.stringify(intake);
    expect(bytes(body)).toBeLessThanOrEqual(32 * 1024);
    const { status, text } = await errorFor(body);
    expect(status).toBe(400);
    expect(bytes(text)).toBeLessThan(5 * 1024);
    expect(await cpuMs(body, 10)).toBeLessThan(100);
  });

  it('any JSON body up to 32 KiB: the error body stays under 5 KiB', async () => {
    const hostile = fc.oneof(
      fc.jsonValue({ maxDepth: 12 }),
      fc.dictionary(fc.string({ minLength: 150, maxLength: 400 }), fc.jsonValue({ maxDepth: 2 }), {
        minKeys: 20,
        maxKeys: 80,
      }),
      fc.array(fc.constantFrom(1, 'x', null, {}), { maxLength: 500 }).map((goals) => ({ ...sampleIntake(), goals })),
    );
    await fc.assert(
      fc.asyncProperty(hostile, async (value) => {
        const body = JSON.stringify(value);
        fc.pre(bytes(body) <= 32 * 1024);
        const res = await postJson('/api/summary', body);
        const text = await res.text();
        if (res.status === 200) return;
        expect(bytes(text)).toBeLessThan(5 * 1024);
        errorBodySchema.parse(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });
});

// One rule decides what is JSON: a type the 415 check lets through is read as JSON,
// never as an empty body that then fails the schema.
describe('JSON media types', () => {
  const valid = () => JSON.stringify(sampleIntake());
  const post = (type: string, body: string) => postJson('/api/summary', body, { 'Content-Type': type });

  it.each([
    'application/json',
    'application/json; charset=utf-8',
    'application/json;charset="UTF-8"',
    'APPLICATION/JSON',
    'application/vnd.api+json',
    'application/fhir+json',
  ])('reads %s as JSON', async (type) => {
    expect((await post(type, valid())).status).toBe(200);
    expect((await errorBody(await post(type, '{"patient": '))).error).toBe('invalid_json');
  });

  it.each([
    'text/json',
    'application/jsonx',
    'application/json-seq',
    'application/+json',
    // A name with a "+" before the suffix: Hono's validator would read it as an empty body.
    'application/a+b+json',
    'application/json, text/plain',
    'text/plain',
    '',
  ])('refuses %j with 415', async (type) => {
    expect((await errorBody(await post(type, valid()))).error).toBe('unsupported_media_type');
  });

  it('any content type: either refused with 415 or read as JSON', async () => {
    const type = fc
      .tuple(
        fc.constantFrom('application', 'Application', 'text', 'APPLICATION'),
        fc
          .array(fc.constantFrom('a', 'vnd.x', '+', '-', '.', 'json', 'JSON', 'x'), { maxLength: 4 })
          .map((parts) => parts.join('')),
        fc.constantFrom('json', 'JSON', '+json', 'json5', ''),
        fc.constantFrom('', '; charset=utf-8', ';x=1', ' ;a=b', ', text/plain'),
      )
      .map(([top, name, suffix, params]) => `${top}/${name}${suffix}${params}`);
    await fc.assert(
      fc.asyncProperty(type, async (contentType) => {
        const ok = await post(contentType, valid());
        expect([200, 415]).toContain(ok.status);
        const broken = await errorBody(await post(contentType, '{"patient": '));
        expect(['invalid_json', 'unsupported_media_type']).toContain(broken.error);
      }),
      { numRuns: 300 },
    );
  });
});

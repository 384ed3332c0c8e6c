import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionnaireResponseOf } from '../../shared/fhir/questionnaire-response';
import { busiestIntake } from '../../shared/fixtures/busiest-intake';
import { realisticHookRequest } from '../../shared/fixtures/prefetch-bundles';
import { createApp } from '../app';

// A hostile JSON value (an object whose toString or valueOf is not a function,
// a list, a number, null, a string) at every place of a valid request must get
// a 4xx, never a 5xx: the FHIR operations and the CDS Hooks service read values
// from the body before any schema has checked them.

const app = createApp({ cdsHooks: { issuers: [], allowUnsigned: true, publicUrl: 'https://cds.example.org' } });

const prototypeKeys = ['toString', 'valueOf', 'toJSON', 'constructor', '__proto__', 'hasOwnProperty', 'length'];
const hostileValue = fc.oneof(
  fc.dictionary(fc.constantFrom(...prototypeKeys), fc.jsonValue({ maxDepth: 1 }), { minKeys: 1, maxKeys: 3 }),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
  fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -1, 1e308)),
  fc.constant(null),
  fc.boolean(),
  fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('', '__proto__', 'toString', 'x'.repeat(300))),
);

type Json = Record<string, unknown> | unknown[];

/** Every place in a JSON value, as the keys that lead to it (the root too). */
const placesOf = (value: unknown, path: string[] = []): string[][] =>
  typeof value === 'object' && value !== null
    ? [path, ...Object.entries(value).flatMap(([key, inner]) => placesOf(inner, [...path, key]))]
    : [path];

/** The body with `value` at `place`, as JSON. defineProperty: "__proto__" stays an own key, as the server parses it. */
function withValueAt(body: Json, place: string[], value: unknown): string {
  if (place.length === 0) return JSON.stringify(value);
  const copy = structuredClone(body);
  const parent = place.slice(0, -1).reduce<Json>((at, key) => (at as Record<string, Json>)[key]!, copy);
  Object.defineProperty(parent, place.at(-1)!, { value, enumerable: true, configurable: true, writable: true });
  return JSON.stringify(copy);
}

async function statusOf(path: string, body: string): Promise<number> {
  const res = await app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
  await res.arrayBuffer();
  return res.status;
}

// The named attacks run first at every place, then values fast-check makes.
const knownAttacks: [unknown][] = [[{ toString: 1 }], [{ valueOf: {}, toString: [] }], [[1, 'x']], [-1.5], [null]];

/** For each hostile value, every place of `body` holding it gets a 2xx or a 4xx from `paths`, never a 5xx. */
async function assertNoServerError(paths: readonly string[], body: Json, runs: number): Promise<void> {
  const places = placesOf(body);
  let run = 0;
  await fc.assert(
    fc.asyncProperty(hostileValue, async (value) => {
      run += 1;
      const failures: string[] = [];
      for (const [index, place] of places.entries()) {
        // Places take the paths in turn, so every run covers every place and, over runs, every path.
        const path = paths[(index + run) % paths.length]!;
        const status = await statusOf(path, withValueAt(body, place, value));
        if (status >= 500) failures.push(`${status} ${path} at ${place.join('.') || '(root)'}`);
      }
      expect(failures).toEqual([]);
    }),
    { numRuns: knownAttacks.length + runs, examples: knownAttacks },
  );
}

describe('hostile JSON values at every place of a valid request', () => {
  it('the named attacks on $intake and $summary: 400 OperationOutcome', async () => {
    const response = questionnaireResponseOf(busiestIntake(), '2026-11-25T14:30:00Z');
    const mobility = structuredClone(response);
    mobility.item![0]!.item!.find((item) => item.linkId === 'patient.mobility')!.answer![0]!.valueCoding!.code = {
      toString: 1,
    } as never;
    for (const body of [{ ...response, questionnaire: { toString: 1 } }, mobility])
      for (const operation of ['$intake', '$summary']) {
        const res = await app.request(`/api/fhir/QuestionnaireResponse/${operation}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/fhir+json' },
          body: JSON.stringify(body),
        });
        expect(res.status).toBe(400);
        expect((await res.json()).resourceType).toBe('OperationOutcome');
      }
  });

  it('a QuestionnaireResponse to $intake and $summary: never a 5xx', async () => {
    const response = JSON.parse(
      JSON.stringify(questionnaireResponseOf(busiestIntake(), '2026-11-25T14:30:00Z')),
    ) as Json;
    const paths = ['/api/fhir/QuestionnaireResponse/$intake', '/api/fhir/QuestionnaireResponse/$summary'];
    await assertNoServerError(paths, response, 3);
  }, 60_000);

  it('a CDS Hooks patient-view request with a realistic prefetch: never a 5xx', async () => {
    await assertNoServerError(['/cds-services/itb-referral-aid'], realisticHookRequest() as Json, 3);
  }, 60_000);
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarySchema } from '../../shared/api/summary';
import { errorBodySchema } from '../../shared/api/errors';
import { arbitraryIntake } from '../../shared/fixtures/arbitrary-intake';
import { changelog } from '../../shared/rules/changelog';
import { rules } from '../../shared/rules/rule-set';
import { postJson, sampleIntake } from '../test-helpers';

const ruleIds = rules.map((rule) => rule.id).sort();

describe('POST /api/summary', () => {
  it('answers the contract example (intake v2) with findings by level, because and sources', async () => {
    const res = await postJson('/api/summary', sampleIntake());
    const body = summarySchema.parse(await res.json());
    expect(body.ruleSet.version).toBe(changelog.at(-1)!.version);
    expect(body.findings.map((f) => f.ruleId)).toEqual([
      'listed-condition',
      'severe-spasticity',
      'oral-not-enough',
      'oral-side-effects',
      'daily-impact',
      'widespread-pattern',
      'walks',
      'mri-needed',
      'unsure-answers',
    ]);
    const sideEffects = body.findings.find((f) => f.ruleId === 'oral-side-effects')!;
    expect(sideEffects.because).toEqual([
      { path: 'oralBaclofen.tried', value: 'yes' },
      { path: 'oralBaclofen.sideEffectsLimitedDose', value: 'yes' },
    ]);
    expect(sideEffects.sources.map((s) => s.id)).toEqual(['label-lioresal', 'label-oral-us']);
    expect(body.notFired).toHaveLength(rules.length - body.findings.length);
  });

  it('refuses an intake v1 body with a 400 that names the v2 questions', async () => {
    const v1 = {
      patient: { ageYears: 42, weightKg: 68 },
      diagnosis: { condition: 'multiple_sclerosis', monthsSinceOnset: 96 },
      spasticity: { distribution: 'both_legs', modifiedAshworth: '3', pennSpasmFrequency: 3, impacts: ['spasms'] },
      oralBaclofen: { tried: 'no' },
      otherTreatments: [],
      goals: [],
      considerations: {
        activeInfection: 'no',
        baclofenAllergy: 'no',
        canAttendRefills: 'yes',
        seizures: 'none',
        spinalSurgeryOrFusion: 'no',
        bleedingRisk: 'no',
        shunt: 'no',
        reliesOnTone: 'no',
        withdrawalRisk: 'no',
        mentalHealth: 'no',
        pregnancy: 'no',
      },
    };
    const res = await postJson('/api/summary', v1);
    expect(res.status).toBe(400);
    const body = errorBodySchema.parse(await res.json());
    const byPath = Object.fromEntries(body.issues!.map((issue) => [issue.path, issue.message]));
    expect(byPath['considerations.spinalSurgeryOrFusion']).toContain('intake v2 asks considerations.spinalSurgery');
    expect(byPath['considerations.withdrawalRisk']).toContain('considerations.pastWithdrawal');
    for (const path of [
      'patient.mobility',
      'spasticity.dystonia',
      'considerations.needsMri',
      'considerations.autonomicDysreflexia',
    ])
      expect(byPath).toHaveProperty([path]);
  });

  it('random valid intakes: always 200, each rule once, identical bytes on repeat', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryIntake, async (intake) => {
        const first = await postJson('/api/summary', intake);
        expect(first.status).toBe(200);
        const text = await first.text();
        const body = JSON.parse(text);
        expect([...body.findings.map((f: { ruleId: string }) => f.ruleId), ...body.notFired].sort()).toEqual(ruleIds);
        expect(await (await postJson('/api/summary', intake)).text()).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  const hostileValue = fc.oneof(
    fc.constant('__proto__'),
    fc.string({ maxLength: 40 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant({ __proto__: { polluted: true } }),
    fc.constant('x'.repeat(5000)),
    fc.array(fc.string(), { maxLength: 5 }),
  );

  it('random broken intakes: always a 4xx JSON error with issues, never a 5xx', async () => {
    const broken = fc
      .tuple(
        arbitraryIntake,
        fc.array(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 3 }),
        hostileValue,
      )
      .map(([intake, path, value]) => {
        // Set a random (possibly new, possibly prototype-named) key somewhere in the intake.
        const copy = JSON.parse(JSON.stringify(intake));
        let target = copy;
        for (const key of path.slice(0, -1)) {
          // Own properties only: walking "__proto__" must not reach Object.prototype in this test process.
          if (!(Object.hasOwn(target, key) && typeof target[key] === 'object' && target[key])) {
            Object.defineProperty(target, key, { value: {}, enumerable: true, configurable: true, writable: true });
          }
          target = target[key];
        }
        Object.defineProperty(target, path.at(-1)!, { value, enumerable: true, configurable: true, writable: true });
        return JSON.stringify(copy);
      });
    await fc.assert(
      fc.asyncProperty(broken, async (body) => {
        const res = await postJson('/api/summary', body);
        expect(res.status).toBeLessThan(500);
        if (res.status !== 200) {
          const error = errorBodySchema.parse(await res.json());
          expect(res.status).toBeGreaterThanOrEqual(400);
          if (error.error === 'invalid_request') expect(error.issues!.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1500 },
    );
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('hostile bodies: any JSON value, deep nesting, huge strings, prototype keys', async () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const nested = '{"a":'.repeat(3000) + '1' + '}'.repeat(3000);
    const bodies = [
      deep,
      nested,
      '"just a string"',
      '42',
      'null',
      '{"__proto__":{"admin":true}}',
      '{"constructor":{"prototype":{}}}',
      JSON.stringify({ notes: 'y'.repeat(30000) }),
    ];
    for (const body of bodies) {
      const res = await postJson('/api/summary', body);
      expect([400, 413]).toContain(res.status);
      errorBodySchema.parse(await res.json());
    }
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (value) => {
        const res = await postJson('/api/summary', JSON.stringify(value));
        expect([400, 413]).toContain(res.status);
        errorBodySchema.parse(await res.json());
      }),
      { numRuns: 1000 },
    );
  });
});

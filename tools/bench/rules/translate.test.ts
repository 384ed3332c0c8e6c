import { LogicEngine } from 'json-logic-engine';
import jsonLogic from 'json-logic-js';
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { conditionHolds } from '../../../shared/conditions/holds';
import { rules } from '../../../shared/rules/rule-set';
import type { Condition } from '../../../shared/rules/types';
import { toJsonLogic, toRulesEngine, toRulesEngineTop } from './translate';

// Each operator of our language, translated and run by every peer, on answers
// where it holds, where it does not, where the answer is null ("not known") and
// where it is missing (a follow-up not asked): every peer must agree with ours.
// The bench checks the whole rule set on thousands of random intakes.

const notTried = { oralBaclofen: { tried: 'no' } };
const tried = (oral: object) => ({
  oralBaclofen: {
    tried: 'yes',
    response: 'partial',
    sideEffects: [],
    sideEffectsLimitedDose: 'no',
    highestDailyDoseMg: 60,
    ...oral,
  },
});
const months = (monthsSinceOnset: number | null) => ({ diagnosis: { condition: 'stroke', monthsSinceOnset } });
const penn = (pennSpasmFrequency: number | null) => ({ spasticity: { modifiedAshworth: '2', pennSpasmFrequency } });

const cases: [name: string, condition: Condition, answers: object[]][] = [
  ['eq', { path: 'oralBaclofen.response', eq: 'partial' }, [tried({}), tried({ response: 'good' }), notTried]],
  [
    'ne on a follow-up',
    { path: 'oralBaclofen.sideEffectsLimitedDose', ne: 'yes' },
    [tried({}), tried({ sideEffectsLimitedDose: 'yes' }), notTried],
  ],
  [
    'in',
    { path: 'oralBaclofen.response', in: ['none', 'partial'] },
    [tried({}), tried({ response: 'good' }), notTried],
  ],
  [
    'lt on a follow-up',
    { path: 'oralBaclofen.highestDailyDoseMg', lt: 40 },
    [tried({ highestDailyDoseMg: 39.5 }), tried({}), tried({ highestDailyDoseMg: null }), notTried],
  ],
  ['lt at 0 and null', { path: 'diagnosis.monthsSinceOnset', lt: 12 }, [months(0), months(12), months(null)]],
  ['gte at 0 and null', { path: 'spasticity.pennSpasmFrequency', gte: 3 }, [penn(3), penn(0), penn(null)]],
  ['gte 0', { path: 'spasticity.pennSpasmFrequency', gte: 0 }, [penn(0), penn(null)]],
  [
    'isNull on a follow-up',
    { path: 'oralBaclofen.highestDailyDoseMg', isNull: true },
    [tried({ highestDailyDoseMg: null }), tried({}), notTried],
  ],
  ['isNull against 0', { path: 'diagnosis.monthsSinceOnset', isNull: true }, [months(null), months(0)]],
  [
    'has',
    { path: 'oralBaclofen.sideEffects', has: 'nausea' },
    [tried({ sideEffects: ['nausea'] }), tried({}), notTried],
  ],
  [
    'notEmpty',
    { path: 'oralBaclofen.sideEffects', notEmpty: true },
    [tried({ sideEffects: ['nausea'] }), tried({}), notTried],
  ],
  [
    'isEmpty',
    { path: 'oralBaclofen.sideEffects', isEmpty: true },
    [tried({}), tried({ sideEffects: ['nausea'] }), notTried],
  ],
  [
    'all, any, not',
    {
      all: [
        { path: 'oralBaclofen.tried', eq: 'yes' },
        {
          not: {
            any: [
              { path: 'oralBaclofen.response', eq: 'good' },
              { path: 'oralBaclofen.highestDailyDoseMg', gte: 100 },
            ],
          },
        },
      ],
    },
    [tried({}), tried({ response: 'good' }), tried({ highestDailyDoseMg: 100 }), notTried],
  ],
];

const compiler = new LogicEngine();
const interpreter = new LogicEngine();

async function peerTruths(condition: Condition, answers: object): Promise<Record<string, boolean>> {
  const logic = toJsonLogic(condition);
  const engine = new Engine([{ conditions: toRulesEngineTop(condition), event: { type: 'fired' } }]);
  return {
    'json-logic-engine compiled': Boolean((compiler.build(logic) as (data: object) => unknown)(answers)),
    'json-logic-engine interpreted': Boolean(interpreter.run(logic, answers)),
    'json-logic-js': jsonLogic.truthy(jsonLogic.apply(logic, answers)),
    'json-rules-engine': (await engine.run(answers)).events.length === 1,
  };
}

describe('the translator to the peer engines', () => {
  it.each(cases)('%s: every peer gives our truth on each answer', async (_name, condition, answers) => {
    const seen = new Set<boolean>();
    for (const each of answers) {
      const ours = conditionHolds(condition, each);
      seen.add(ours);
      const truths = await peerTruths(condition, each);
      expect({ answers: each, truths }).toEqual({
        answers: each,
        truths: Object.fromEntries(Object.keys(truths).map((peer) => [peer, ours])),
      });
    }
    // Each case shows the condition both holding and not.
    expect(seen).toEqual(new Set([true, false]));
  });

  it('translates every rule of the rule set', () => {
    for (const rule of rules) {
      expect(() => toJsonLogic(rule.when)).not.toThrow();
      expect(() => toRulesEngine(rule.when)).not.toThrow();
    }
  });

  it('refuses what it cannot translate exactly', () => {
    // An optional answer may be missing on an asked question: nothing says whether it is there.
    expect(() => toJsonLogic({ path: 'patient.weightKg', ne: 20 })).toThrow(/optional/);
    // A list operator on an answer that is not a list.
    expect(() => toRulesEngine({ path: 'patient.mobility', has: 'x' } as unknown as Condition)).toThrow(/not a list/);
  });
});

// The rule set loaded into each peer engine through the translator, and into
// ours, behind one shape: which rules fire for an intake (for the equivalence
// check), and a loop over many intakes that only counts them (for the timing).
import { LogicEngine } from 'json-logic-engine';
import jsonLogic from 'json-logic-js';
import { Engine } from 'json-rules-engine';
import type { Intake } from '../../../shared/api/intake';
import type { RuleSetIdentity } from '../../../shared/api/summary';
import { evaluate } from '../../../shared/rules/evaluate';
import { summarize } from '../../../shared/rules/summarize';
import type { Rule } from '../../../shared/rules/types';
import { toJsonLogic, toRulesEngineTop } from './translate';

export type Contender = {
  name: string;
  /** What a call gives: truths only, or the whole answer. */
  gives: string;
  /** Ids of the rules that fire, in catalogue order. */
  fired: (intake: Intake) => string[] | Promise<string[]>;
  /** Runs every intake once; returns a count that depends on every result, so nothing is optimised away. */
  pass: (intakes: readonly Intake[]) => number | Promise<number>;
};

/** Ids of the rules whose truth is true, in catalogue order. */
const idsOf = (rules: readonly Rule[], truths: readonly unknown[]) =>
  rules.filter((_rule, i) => truths[i]).map((rule) => rule.id);

/**
 * Peers whose compiled or cached form is one call per rule. Each pass is its own
 * function literal (not one shared loop calling `run`), so V8 keeps each call
 * site to one engine and the peer is measured at its best.
 */
function perRule(
  name: string,
  gives: string,
  rules: readonly Rule[],
  run: (rule: number, intake: Intake) => unknown,
  pass: Contender['pass'],
): Contender {
  return {
    name,
    gives,
    fired: (intake) =>
      idsOf(
        rules,
        rules.map((_rule, i) => run(i, intake)),
      ),
    pass,
  };
}

export function ours(rules: readonly Rule[], identity: RuleSetIdentity): Contender[] {
  const firedOf = (intake: Intake) =>
    evaluate(rules, intake)
      .filter((outcome) => outcome.matched)
      .map((outcome) => outcome.rule.id);
  return [
    {
      name: 'ours: evaluate()',
      gives: 'outcomes + because',
      fired: firedOf,
      pass: (intakes) => {
        let sum = 0;
        for (const intake of intakes)
          for (const outcome of evaluate(rules, intake)) sum += outcome.because.length + (outcome.matched ? 1 : 0);
        return sum;
      },
    },
    {
      name: 'ours: summarize()',
      gives: 'whole summary',
      fired: (intake) => {
        const summary = summarize(intake, identity);
        const ids = new Set(summary.findings.map((finding) => finding.ruleId));
        return rules.filter((rule) => ids.has(rule.id)).map((rule) => rule.id);
      },
      pass: (intakes) => {
        let sum = 0;
        for (const intake of intakes) sum += summarize(intake, identity).findings.length;
        return sum;
      },
    },
  ];
}

export function peers(rules: readonly Rule[]): Contender[] {
  const logic = rules.map((rule) => toJsonLogic(rule.when));

  const compiling = new LogicEngine();
  const built = logic.map((each) => compiling.build(each) as (data: unknown) => unknown);
  // The interpreter caches a plan per logic object it has seen (its default "interpreted optimisation").
  const interpreting = new LogicEngine();

  const rulesEngine = new Engine(
    rules.map((rule) => ({ name: rule.id, conditions: toRulesEngineTop(rule.when), event: { type: rule.id } })),
  );
  const order = new Map(rules.map((rule, i) => [rule.id, i]));

  return [
    perRule(
      'json-logic-engine compiled',
      'true/false',
      rules,
      (i, intake) => built[i]!(intake),
      (intakes) => {
        let fired = 0;
        for (const intake of intakes) for (const test of built) if (test(intake)) fired++;
        return fired;
      },
    ),
    perRule(
      'json-logic-engine interpreted',
      'true/false',
      rules,
      (i, intake) => interpreting.run(logic[i], intake),
      (intakes) => {
        let fired = 0;
        for (const intake of intakes) for (const each of logic) if (interpreting.run(each, intake)) fired++;
        return fired;
      },
    ),
    perRule(
      'json-logic-js',
      'true/false',
      rules,
      (i, intake) => jsonLogic.truthy(jsonLogic.apply(logic[i], intake)),
      (intakes) => {
        let fired = 0;
        for (const intake of intakes)
          for (const each of logic) if (jsonLogic.truthy(jsonLogic.apply(each, intake))) fired++;
        return fired;
      },
    ),
    {
      name: 'json-rules-engine',
      gives: 'events',
      fired: async (intake) => {
        const { results } = await rulesEngine.run(intake);
        return results.map((result) => result.name).sort((a, b) => order.get(a)! - order.get(b)!);
      },
      pass: async (intakes) => {
        let fired = 0;
        for (const intake of intakes) fired += (await rulesEngine.run(intake)).results.length;
        return fired;
      },
    },
  ];
}

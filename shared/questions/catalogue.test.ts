import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { intakeSchema } from '../api/intake';
import { leavesOf } from '../api/paths';
import { placeholdersOf } from '../rules/fill-text';
import { rules } from '../rules/rule-set';
import { questions, steps } from './catalogue';
import { questionByPath } from './lookup';

/** The answer paths of a zod schema, through objects, unions, optionals, nullables, pipes and refinements. */
export function schemaPaths(schema: z.core.$ZodType, prefix = ''): string[] {
  const def = schema._zod.def as {
    type: string;
    shape?: Record<string, z.core.$ZodType>;
    innerType?: z.core.$ZodType;
    options?: z.core.$ZodType[];
    in?: z.core.$ZodType;
  };
  if (def.type === 'object') {
    return Object.entries(def.shape!).flatMap(([key, child]) => {
      const path = prefix ? `${prefix}.${key}` : key;
      const below = schemaPaths(child, path);
      return below.length > 0 ? below : [path];
    });
  }
  if (def.type === 'union') return [...new Set(def.options!.flatMap((option) => schemaPaths(option, prefix)))];
  if (def.type === 'pipe') return schemaPaths(def.in!, prefix);
  if (def.innerType) return schemaPaths(def.innerType, prefix);
  return [];
}

describe('the question catalogue', () => {
  const paths = schemaPaths(intakeSchema);

  it('lists exactly the answer paths of the intake schema, each once', () => {
    expect(paths).toContain('oralBaclofen.highestDailyDoseMg');
    expect(paths).toContain('considerations.autonomicDysreflexia');
    const listed = questions.map((question) => question.path);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...paths].sort());
  });

  it('puts every question on a known step, and every step has questions', () => {
    const stepIds = steps.map((step) => step.id);
    for (const question of questions) expect(stepIds).toContain(question.step);
    for (const id of stepIds) expect(questions.some((question) => question.step === id)).toBe(true);
  });

  it('asks a follow-up only after the question its condition reads', () => {
    for (const [index, question] of questions.entries()) {
      for (const leaf of question.askedWhen ? leavesOf(question.askedWhen) : []) {
        const asked = questions.findIndex((other) => other.path === leaf.path);
        expect(asked, `${question.path} depends on ${leaf.path}`).toBeGreaterThanOrEqual(0);
        expect(asked).toBeLessThan(index);
      }
    }
  });

  it('names, for every question the specialist needs to know, the answer that raises no point', () => {
    for (const question of questions.filter((candidate) => candidate.path.startsWith('considerations.'))) {
      expect(question.kind, question.path).toBe('choice');
      if (question.kind !== 'choice') continue;
      expect(
        question.options.map((option) => option.value),
        question.path,
      ).toContain(question.unremarkable);
    }
  });

  it('reserves "none" for the "None of these" box: no list offers it as an answer', () => {
    for (const question of questions) {
      if (question.kind === 'list') expect(question.options.map((option) => option.value)).not.toContain('none');
    }
  });

  it('names every path a rule reads or fills in', () => {
    const read = rules.flatMap((rule) => [
      ...leavesOf(rule.when).map((leaf) => leaf.path),
      ...placeholdersOf(rule.clinicianText),
    ]);
    expect(read.filter((path) => !path.startsWith('because.') && !questionByPath.has(path))).toEqual([]);
  });
});

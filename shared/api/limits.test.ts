import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { examples } from '../examples/examples';
import { extensions } from '../fhir/canonical';
import { itemByLinkId } from '../fhir/questionnaire';
import { questionByPath } from '../questions/lookup';
import { setPath } from '../questions/set-path';
import { intakeSchema } from './intake';
import { limits } from './limits';

// Issue 20 §3: each bound lives once, in limits.ts. The schema, its JSON Schema
// (the OpenAPI document), the catalogue (the form) and the FHIR Questionnaire
// all follow it.

const entries = Object.entries(limits) as [string, { min?: number; max?: number; maxLength?: number }][];

/** A worked example that asks every question here (condition "other", oral baclofen tried), with one answer set. */
function issuesWith(path: string, value: unknown): string[] {
  const intake = structuredClone(examples.find((example) => example.id === 'much-missing')!.intake) as object;
  setPath(intake as Record<string, unknown>, 'oralBaclofen', {
    tried: 'yes',
    highestDailyDoseMg: 60,
    response: 'partial',
    sideEffects: [],
    sideEffectsLimitedDose: 'no',
  });
  setPath(intake as Record<string, unknown>, 'patient.ageYears', 120);
  setPath(intake as Record<string, unknown>, path, value);
  const result = intakeSchema.safeParse(intake);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

/** The JSON Schema of one answer, as the OpenAPI document publishes it. */
function jsonSchemaAt(path: string): Record<string, unknown> {
  let node = z.toJSONSchema(intakeSchema, { unrepresentable: 'any' }) as Record<string, unknown>;
  for (const key of path.split('.')) {
    const options = (node.anyOf ?? node.oneOf) as Record<string, unknown>[] | undefined;
    const holder = options?.find((option) => key in ((option.properties as object) ?? {})) ?? node;
    node = (holder.properties as Record<string, Record<string, unknown>>)[key]!;
  }
  const types = (node.anyOf as Record<string, unknown>[] | undefined)?.find((option) => option.type !== 'null');
  return types ?? node;
}

describe('the limits of the answers, in one place', () => {
  it.each(entries)('%s: the schema, its JSON Schema, the catalogue and the FHIR Questionnaire', (path, limit) => {
    const question = questionByPath.get(path)!;
    const item = itemByLinkId.get(path)!;
    const schema = jsonSchemaAt(path);
    if (limit.maxLength !== undefined) {
      expect(question).toMatchObject({ kind: 'text', maxLength: limit.maxLength });
      expect(item.maxLength).toBe(limit.maxLength);
      expect(schema.maxLength).toBe(limit.maxLength);
      expect(issuesWith(path, 'x'.repeat(limit.maxLength))).toEqual([]);
      expect(issuesWith(path, 'x'.repeat(limit.maxLength + 1))).toEqual([path]);
      return;
    }
    expect(question).toMatchObject({ kind: 'number', min: limit.min, max: limit.max });
    const bound = (url: string) => {
      const extension = item.extension!.find((candidate) => candidate.url === url)!;
      return extension.valueInteger ?? extension.valueDecimal;
    };
    expect([bound(extensions.minValue), bound(extensions.maxValue)]).toEqual([limit.min, limit.max]);
    expect([schema.minimum, schema.maximum]).toEqual([limit.min, limit.max]);
    expect(issuesWith(path, limit.min)).toEqual([]);
    // Months since onset also meet (age + 1) x 12: 1452 at most at 120 years, so its own maximum is refused.
    if (path !== 'diagnosis.monthsSinceOnset') expect(issuesWith(path, limit.max)).toEqual([]);
    expect(issuesWith(path, limit.min! - 1)).toEqual([path]);
    expect(issuesWith(path, limit.max! + 1)).toEqual([path]);
  });

  it('the notes hint states the limit', () => {
    expect(questionByPath.get('notes')!.hint).toContain(
      `up to ${limits.notes.maxLength.toLocaleString('en-GB')} characters`,
    );
  });
});

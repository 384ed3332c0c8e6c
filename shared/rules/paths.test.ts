import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldLabels } from '../api/labels';
import { intakeSchema } from '../api/intake';
import { leavesOf } from './evaluate';
import { rules } from './rule-set';

// Every path a rule reads must exist in the intake schema (in some branch of a
// union), or the rule would silently never fire.

function schemaPaths(schema: z.core.$ZodType, prefix = ''): string[] {
  const def = schema._zod.def as { type: string; shape?: Record<string, z.core.$ZodType>; innerType?: z.core.$ZodType; options?: z.core.$ZodType[] };
  if (def.type === 'object') {
    return Object.entries(def.shape!).flatMap(([key, child]) => {
      const path = prefix ? `${prefix}.${key}` : key;
      const below = schemaPaths(child, path);
      return below.length > 0 ? below : [path];
    });
  }
  if (def.type === 'union') return def.options!.flatMap((option) => schemaPaths(option, prefix));
  if (def.innerType) return schemaPaths(def.innerType, prefix);
  return [];
}

describe('rule paths', () => {
  const paths = new Set(schemaPaths(intakeSchema));

  it('finds the leaf paths of the schema, inside the oral baclofen union too', () => {
    expect(paths).toContain('oralBaclofen.highestDailyDoseMg');
    expect(paths).toContain('considerations.pregnancy');
  });

  it('every path a rule reads exists in intakeSchema', () => {
    const read = rules.flatMap((rule) => leavesOf(rule.when).map((leaf) => leaf.path));
    expect(read.filter((path) => !paths.has(path))).toEqual([]);
  });

  it('every placeholder in a clinician text names a field of the schema', () => {
    const placeholders = rules.flatMap((rule) => [...rule.clinicianText.matchAll(/\{([a-zA-Z.]+)\}/g)].map((m) => m[1]!));
    expect(placeholders.filter((path) => path !== 'because' && !paths.has(path))).toEqual([]);
  });

  it('every schema field has words for it', () => {
    expect([...paths].filter((path) => !(path in fieldLabels))).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from './rule-set';
import { sources } from './sources';

// The rule catalogue in docs/clinical/RULES.md is what a clinician reviews: its
// table must list exactly the rules of the code, in order, with their levels and
// sources, and the evidence sheet must define every source a rule cites.

const doc = (name: string) => readFileSync(new URL(`../../docs/clinical/${name}`, import.meta.url), 'utf8');

/** The rows of the catalogue table: | # | id | level | fires when | gist | sources | */
const catalogueRows = doc('RULES.md')
  .split('\n')
  .filter((line) => /^\| \d+ \|/.test(line))
  .map((line) => {
    const cells = line.split('|').map((cell) => cell.trim());
    return {
      number: Number(cells[1]),
      id: cells[2]!,
      level: cells[3]!,
      sources: cells[6] ? cells[6].split(',').map((id) => id.trim()) : [],
    };
  });

describe('docs/clinical/RULES.md', () => {
  it('lists every rule of the rule set, in order, numbered from 1, with its level and sources', () => {
    expect(catalogueRows.map((row) => row.number)).toEqual(rules.map((_, index) => index + 1));
    expect(catalogueRows.map(({ id, level, sources }) => ({ id, level, sources }))).toEqual(
      rules.map((rule) => ({ id: rule.id, level: rule.level, sources: [...rule.sources] })),
    );
  });

  it('names the rule set version and the number of rules in its title', () => {
    const title = doc('RULES.md').split('\n')[0]!;
    expect(title).toContain(`${rules.length} rules`);
  });
});

describe('docs/clinical/EVIDENCE.md', () => {
  it('defines every source id the rules cite', () => {
    const evidence = doc('EVIDENCE.md');
    for (const { id } of sources) expect(evidence, id).toContain(`| ${id} |`);
  });
});

import { describe, expect, it } from 'vitest';
import { decisionWords, fleschKincaidGrade } from '../text/readability';
import { describeCondition } from './describe';
import { rules } from './rule-set';
import { sources } from './sources';

describe('rule texts', () => {
  it('patient texts read at grade 6 or below overall, none above 8', () => {
    const grades = rules.map((rule) => ({ id: rule.id, grade: fleschKincaidGrade(rule.patientText) }));
    expect(grades.filter((entry) => entry.grade > 8)).toEqual([]);
    expect(fleschKincaidGrade(rules.map((rule) => rule.patientText).join(' '))).toBeLessThanOrEqual(6);
  });

  it('use no decision words anywhere', () => {
    const texts = rules.flatMap((rule) => [rule.title, rule.clinicianText, rule.patientText, describeCondition(rule.when)]);
    expect(texts.filter((text) => decisionWords.test(text))).toEqual([]);
  });

  it('the decision-word check catches what it must', () => {
    for (const text of ['She is eligible.', 'A good candidate', 'Qualifies for ITB', 'We recommend a pump', 'You should get a pump']) {
      expect(decisionWords.test(text)).toBe(true);
    }
  });

  it('cite only sources that exist, with a full citation', () => {
    const known = new Set(sources.map((source) => source.id));
    for (const rule of rules) {
      expect(rule.sources.length).toBeGreaterThan(0);
      for (const id of rule.sources) expect(known).toContain(id);
    }
    for (const source of sources) expect(source.label.length).toBeGreaterThan(30);
  });

  it('have unique kebab-case ids', () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
  });
});

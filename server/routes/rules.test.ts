import { describe, expect, it } from 'vitest';
import { rulesResponseSchema } from '../../shared/api/rules';
import { rules } from '../../shared/rules/rule-set';
import { decisionWords } from '../../shared/text/readability';
import { app } from '../test-helpers';

describe('GET /api/rules', () => {
  it('lists every rule with its condition as data and in words', async () => {
    const res = await app.request('/api/rules');
    expect(res.status).toBe(200);
    const body = rulesResponseSchema.parse(await res.json());
    expect(body.rules.map((rule) => rule.id)).toEqual(rules.map((rule) => rule.id));
    expect(body.rules.map((rule) => rule.id).slice(0, 3)).toEqual([
      'listed-condition',
      'severe-spasticity',
      'oral-not-enough',
    ]);
    const severe = body.rules.find((rule) => rule.id === 'severe-spasticity')!;
    expect(severe.when).toEqual({
      any: [
        { path: 'spasticity.modifiedAshworth', in: ['3', '4'] },
        { path: 'spasticity.pennSpasmFrequency', gte: 3 },
      ],
    });
    expect(severe.whenText).toBe('Modified Ashworth score is 3 or 4, or Penn spasm frequency score is 3 or more');
    const pump = body.rules.find((rule) => rule.id === 'current-pump')!;
    expect(pump.whenText).toBe('Other treatments tried includes "a baclofen pump now"');
    expect(body.sources.map((source) => source.id)).toContain('saulino-2016');
    for (const rule of body.rules)
      expect(decisionWords.test(rule.whenText + rule.clinicianText + rule.patientText)).toBe(false);
  });

  it('carries the same rule set identity as health and every summary', async () => {
    const rules = await (await app.request('/api/rules')).json();
    const health = await (await app.request('/api/health')).json();
    expect(health.ruleSet).toEqual({ version: rules.ruleSet.version, hash: rules.ruleSet.hash });
  });
});

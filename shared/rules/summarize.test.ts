import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intakeSchema } from '../api/intake';
import { levels, summarySchema } from '../api/summary';
import { arbitraryIntake } from '../fixtures/arbitrary-intake';
import { baseIntake } from '../fixtures/intakes';
import { decisionWords } from '../text/readability';
import { rules } from './rule-set';
import { testIdentity as ruleSetIdentity } from '../fixtures/test-identity';
import { summarize } from './summarize';

const ruleIds = rules.map((rule) => rule.id);

describe('summarize (properties over random valid intakes)', () => {
  it('lists every rule exactly once, in level then catalogue order, in the contract shape', () => {
    fc.assert(
      fc.property(arbitraryIntake, (intake) => {
        expect(intakeSchema.safeParse(intake).success).toBe(true);
        const summary = summarySchema.parse(summarize(intake, ruleSetIdentity));
        const fired = summary.findings.map((finding) => finding.ruleId);
        expect([...fired, ...summary.notFired].sort()).toEqual([...ruleIds].sort());
        const ranks = summary.findings.map((f) => levels.indexOf(f.level) * 100 + ruleIds.indexOf(f.ruleId));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        expect(summary.notFired).toEqual(ruleIds.filter((id) => !fired.includes(id)));
        for (const finding of summary.findings) {
          expect(finding.because.length).toBeGreaterThan(0);
          // The physician's own words for an "other" condition are quoted as typed; check ours only.
          const ours = finding.clinicianText.replace(intake.diagnosis.otherDescription ?? '', '');
          expect(ours).not.toMatch(/\{[a-zA-Z.]+\}/);
          expect(decisionWords.test(ours)).toBe(false);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same bytes for the same intake', () => {
    fc.assert(
      fc.property(arbitraryIntake, (intake) => {
        const first = JSON.stringify(summarize(intake, ruleSetIdentity));
        const again = JSON.stringify(summarize(structuredClone(intake), ruleSetIdentity));
        expect(again).toBe(first);
      }),
      { numRuns: 1000 },
    );
  });

  it('echoes notes only when given, and fills answers into the clinician text', () => {
    const intake = baseIntake();
    const summary = summarize(intake, ruleSetIdentity);
    expect(summary.echo).toEqual({ notes: intake.notes });
    const severe = summary.findings.find((finding) => finding.ruleId === 'severe-spasticity')!;
    expect(severe.clinicianText).toMatch(/^Modified Ashworth 3, Penn spasm frequency 3:/);
    delete intake.notes;
    expect(summarize(intake, ruleSetIdentity).echo).toEqual({});
  });
});

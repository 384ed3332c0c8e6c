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
import { forAudience } from '../text/audience';

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
      { numRuns: 1000 },
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

  it('echoes notes only when given', () => {
    const intake = baseIntake();
    expect(summarize(intake, ruleSetIdentity).echo).toEqual({ notes: intake.notes });
    delete intake.notes;
    expect(summarize(intake, ruleSetIdentity).echo).toEqual({});
  });

  it('speaks to a parent under 12 and to the patient from 12: the patient texts in the right form', () => {
    fc.assert(
      fc.property(arbitraryIntake, (intake) => {
        const audience = intake.patient.ageYears < 12 ? 'child' : 'adult';
        for (const finding of summarize(intake, ruleSetIdentity).findings) {
          const rule = rules.find((candidate) => candidate.id === finding.ruleId)!;
          expect(finding.patientText).toBe(forAudience(rule.patientText, audience));
          expect(finding.patientText).not.toMatch(/\{\{|\}\}/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

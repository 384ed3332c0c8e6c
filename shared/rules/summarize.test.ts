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
import { lowerFirst } from './words';
import { fillPatientText } from './fill-text';
import { intakeWith } from '../fixtures/intakes';

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
          // The physician's own words for an "other" condition are quoted (first letter lowered
          // inside a sentence, "A {A}!" as "a {A}!"); check ours only.
          const typed = intake.diagnosis.otherDescription ?? '';
          const ours = finding.clinicianText.replace(typed, '').replace(lowerFirst(typed), '');
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
          expect(finding.patientText.startsWith(fillPatientText(rule.patientText, finding.because, audience))).toBe(
            true,
          );
          expect(finding.patientText).not.toMatch(/\{\{|\}\}/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('rule data that shapes the outputs', () => {
  const findingOf = (intake: Parameters<typeof summarize>[0], id: string) =>
    summarize(intake, ruleSetIdentity).findings.find((finding) => finding.ruleId === id);
  const withPump = (i: Parameters<typeof summarize>[0]) => (i.otherTreatments = ['itb_pump_current']);

  it('marks contraindications and a pump now on the findings, from the rule data', () => {
    const intake = intakeWith((i) => {
      i.considerations.activeInfection = 'yes';
      i.considerations.baclofenAllergy = 'yes';
      i.considerations.seizures = 'uncontrolled';
      withPump(i);
    });
    const findings = summarize(intake, ruleSetIdentity).findings;
    expect(findings.filter((f) => f.contraindication).map((f) => f.ruleId)).toEqual([
      'active-infection',
      'baclofen-allergy',
    ]);
    expect(findings.filter((f) => f.pumpNow).map((f) => f.ruleId)).toEqual(['current-pump']);
    expect(rules.filter((rule) => rule.contraindication).map((rule) => rule.id)).toEqual([
      'active-infection',
      'baclofen-allergy',
      'nutrition-body-size',
    ]);
  });

  it('says the scores were taken on ITB when a pump is in place, and only then', () => {
    const low = (i: Parameters<typeof summarize>[0]) => {
      i.spasticity.modifiedAshworth = '2';
      i.spasticity.pennSpasmFrequency = 1;
    };
    const onItb = findingOf(
      intakeWith((i) => (low(i), withPump(i))),
      'below-severe-range',
    )!;
    expect(onItb.clinicianText).toMatch(/recorded on intrathecal baclofen\.$/);
    expect(onItb.patientText).toMatch(/taken with the pump in place\.$/);
    expect(onItb.patientText).not.toMatch(/level often used for a pump/);
    expect(findingOf(intakeWith(low), 'below-severe-range')!.clinicianText).not.toMatch(/intrathecal baclofen\.$/);
    expect(findingOf(intakeWith(withPump), 'severe-spasticity')!.patientText).toMatch(/taken with the pump in place/);
  });

  it('names the withdrawal risk factor that applies in the patient text', () => {
    const talk = (change: (i: Parameters<typeof summarize>[0]) => void) =>
      findingOf(intakeWith(change), 'withdrawal-risk')!.patientText;
    expect(talk((i) => (i.considerations.pastWithdrawal = 'yes'))).toMatch(/had baclofen withdrawal before/);
    expect(talk((i) => (i.considerations.pastWithdrawal = 'yes'))).not.toMatch(/tell others|T6/);
    expect(talk((i) => (i.considerations.communicationDifficulty = 'yes'))).toMatch(/hard to tell others/);
  });

  it('names each "not sure" answer in the patient text, in plain words', () => {
    const intake = intakeWith((i) => {
      i.considerations.shunt = 'unsure';
      i.considerations.seizures = 'unsure';
    });
    expect(findingOf(intake, 'unsure-answers')!.patientText).toContain(
      'seizures (fits), a shunt and using the tightness',
    );
  });

  it('leaves out the test-dose and surgery sentences for someone who has a pump now', () => {
    const infection = (i: Parameters<typeof summarize>[0]) => (i.considerations.activeInfection = 'yes');
    expect(findingOf(intakeWith(infection), 'active-infection')!.patientText).toMatch(/test dose and surgery/);
    const now = findingOf(
      intakeWith((i) => (infection(i), withPump(i))),
      'active-infection',
    )!;
    expect(now.patientText).not.toMatch(/test dose/);
    expect(now.patientText).toMatch(/call your pump team about it today/);
  });
});

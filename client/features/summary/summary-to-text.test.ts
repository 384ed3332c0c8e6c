import { describe, expect, it } from 'vitest';
import { examples } from '../../../shared/examples/examples';
import { testIdentity } from '../../../shared/fixtures/test-identity';
import { summarize } from '../../../shared/rules/summarize';
import { notADecision, summaryToText } from './summary-to-text';

describe('summaryToText', () => {
  const example = examples.find((candidate) => candidate.id === 'spinal-cord-injury-t4')!;
  const summary = summarize(example.intake, testIdentity);
  const text = summaryToText(summary, example.intake, new Map([['active-infection', 'Active infection']]));

  it('starts with the not-a-decision sentence, then the referral data with every answer, "no" answers too', () => {
    expect(text.split('\n')[1]).toBe(notADecision);
    expect(text).toContain('REFERRAL DATA');
    expect(text).toContain('  Neurological level of injury: T1 to T6');
    expect(text).toContain('  Allergy to baclofen: No');
    expect(text).toContain('  Notes: T4 complete injury with spinal fixation.');
  });

  it('puts the cautions first, then every finding with because and numbered sources listed once', () => {
    expect(text.indexOf('LOOK FIRST: CAUTIONS')).toBeLessThan(text.indexOf('MATCHES A DOCUMENTED USE'));
    for (const finding of summary.findings) {
      expect(text).toContain(`${finding.title} [${finding.ruleId}]`);
      expect(text).toContain(finding.clinicianText);
    }
    expect(text).toContain('Because: Condition: spinal cord injury; Neurological level of injury: T1 to T6');
    const labels = new Set(summary.findings.flatMap((finding) => finding.sources.map((source) => source.label)));
    for (const label of labels) expect(text.split(label).length - 1).toBe(1);
    expect(text).toContain('[1] ');
  });

  it('lists the rules not triggered with the screening caveat, and ends with the rule set identity', () => {
    expect(text).toMatch(/^Rules not triggered: .*Active infection;/m);
    expect(text).toContain('This form does not screen for every contraindication.');
    expect(text.trim().split('\n').at(-1)).toContain(`Rule set itb-referral ${testIdentity.version}`);
  });
});

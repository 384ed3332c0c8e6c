import { describe, expect, it } from 'vitest';
import { examples } from '../../../shared/examples/examples';
import { testIdentity as ruleSetIdentity } from '../../../shared/fixtures/test-identity';
import { summarize } from '../../../shared/rules/summarize';
import { notADecision, summaryToText } from './summary-to-text';

describe('summaryToText', () => {
  const summary = summarize(examples[0]!.intake, ruleSetIdentity);
  const text = summaryToText(summary, new Map([['active-infection', 'Active infection']]));

  it('starts with the not-a-decision sentence and lists every finding with because and sources', () => {
    expect(text.split('\n')[1]).toBe(notADecision);
    for (const finding of summary.findings) {
      expect(text).toContain(`${finding.title} [${finding.ruleId}]`);
      expect(text).toContain(finding.clinicianText);
    }
    expect(text).toContain('Because: Oral baclofen tried: yes; Oral baclofen side effects: drowsiness, weakness; Side effects limited the dose: yes');
    expect(text).toContain('Lioresal Intrathecal (baclofen injection) US prescribing information');
  });

  it('names the rules that did not fire, the notes and the rule set identity', () => {
    expect(text).toContain('Rules not triggered: Active infection;');
    expect(text).toContain(examples[0]!.intake.notes!);
    expect(text).toContain(`${ruleSetIdentity.hash}), reviewed 2026-11-24`);
  });
});

import { describe, expect, it } from 'vitest';
import { examples } from '../../../shared/examples/examples';
import { testIdentity } from '../../../shared/fixtures/test-identity';
import { rules } from '../../../shared/rules/rule-set';
import { summarize } from '../../../shared/rules/summarize';
import { notADecision, summaryToText } from './summary-to-text';

describe('summaryToText', () => {
  const example = examples.find((candidate) => candidate.id === 'spinal-cord-injury-t4')!;
  const summary = summarize(example.intake, testIdentity);
  const rulesUrl = 'https://itb.example/rules';
  const titles = new Map(rules.map((rule) => [rule.id, rule.title]));
  const text = summaryToText(summary, example.intake, rulesUrl, titles);

  it('starts with the not-a-decision sentence, then the cautions in full, then the referral data with every answer', () => {
    expect(text.split('\n')[1]).toBe(notADecision);
    expect(text.split('\n')[3]).toBe('LOOK FIRST: CAUTIONS');
    expect(text.indexOf('LOOK FIRST: CAUTIONS')).toBeLessThan(text.indexOf('REFERRAL DATA'));
    expect(text.indexOf('REFERRAL DATA')).toBeLessThan(text.indexOf('MATCHES A DOCUMENTED USE'));
    expect(text).toContain('  Neurological level of injury: T1 to T6');
    expect(text).toContain('  Allergy to baclofen: No');
    expect(text).toContain('  Notes: T4 complete injury with spinal fixation.');
  });

  it('puts the cautions first, then every finding with because and numbered sources listed once', () => {
    expect(text.indexOf('LOOK FIRST: CAUTIONS')).toBeLessThan(text.indexOf('MATCHES A DOCUMENTED USE'));
    for (const finding of summary.findings) {
      expect(text).toContain(`- ${finding.title}`);
      expect(text).toContain(finding.clinicianText);
      expect(text).not.toContain(`[${finding.ruleId}]`);
    }
    expect(text).toContain('Because: Condition: spinal cord injury; Neurological level of injury: T1 to T6');
    const labels = new Set(summary.findings.flatMap((finding) => finding.sources.map((source) => source.label)));
    for (const label of labels) expect(text.split(label).length - 1).toBe(1);
    expect(text).toContain('[1] ');
  });

  it('lists the rules not triggered with the screening caveat, and ends with the rule set identity', () => {
    expect(text).toMatch(/^Rules not triggered: .*Infection or unhealed wound now;/m);
    expect(text).toContain('This form does not screen for every contraindication.');
    const lines = text.trim().split('\n');
    expect(lines.at(-2)).toContain(`Rule set itb-referral ${testIdentity.version}`);
    expect(lines.at(-2)).toContain(rulesUrl);
    expect(text.split(rulesUrl)).toHaveLength(2);
  });

  it('puts contraindications first among the cautions and says what they are, and says when no caution was raised', () => {
    const intake = structuredClone(example.intake);
    intake.considerations.activeInfection = 'yes';
    intake.considerations.bleedingRisk = 'yes';
    const withInfection = summaryToText(summarize(intake, testIdentity), intake, rulesUrl);
    const cautions = withInfection.slice(withInfection.indexOf('LOOK FIRST'), withInfection.indexOf('REFERRAL DATA'));
    expect(cautions.split('\n')[1]).toBe(
      '- Infection or unhealed wound now (contraindication in a label or guideline)',
    );
    const calm = examples.find((candidate) =>
      summarize(candidate.intake, testIdentity).findings.every((f) => f.level !== 'caution'),
    );
    if (calm) {
      const calmText = summaryToText(summarize(calm.intake, testIdentity), calm.intake, rulesUrl);
      expect(calmText).toContain('LOOK FIRST: CAUTIONS\nNo caution was raised by these answers.');
    }
  });

  it('puts the points to consider and to check before the matches with documented uses', () => {
    const stroke = examples.find((candidate) => candidate.id === 'stroke-no-oral')!;
    const strokeText = summaryToText(summarize(stroke.intake, testIdentity), stroke.intake, rulesUrl);
    const at = (heading: string) => strokeText.indexOf(`\n${heading}\n`);
    expect(at('TO CONSIDER')).toBeGreaterThan(at('REFERRAL DATA'));
    expect(at('TO CONSIDER')).toBeLessThan(at('MATCHES A DOCUMENTED USE'));
  });

  it('counts the rules not triggered when their titles are not loaded, never listing rule ids', () => {
    const bare = summaryToText(summary, example.intake, rulesUrl);
    expect(bare).toContain(`${summary.notFired.length} other rules were checked and not triggered.`);
    for (const id of summary.notFired.filter((ruleId) => ruleId.includes('-'))) expect(bare).not.toContain(id);
  });

  it('numbers the references in the order the text cites them, cautions first', () => {
    const numbers = [...text.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
    const firstSeen = numbers.filter((n, index) => numbers.indexOf(n) === index);
    expect(firstSeen.slice(0, 5)).toEqual([1, 2, 3, 4, 5]);
  });
});

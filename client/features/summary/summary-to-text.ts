import type { Intake } from '../../../shared/api/intake';
import { levelLabels } from '../../../shared/api/labels';
import type { Summary } from '../../../shared/api/summary';
import { describeField } from '../../../shared/questions/lookup';
import { referralData } from '../../../shared/questions/referral';
import { valueInWords } from '../../../shared/rules/words';
import { numberReferences } from './references';
import { displayLevels, findingsAt } from './summary-order';

export const notADecision =
  'This summary lists points for a specialist to discuss. It is not a decision about treatment.';
export const notScreened = 'This form does not screen for every contraindication.';

/** "Modified Ashworth score: 3; Penn spasm frequency score: 3" */
export const becauseInWords = (because: Summary['findings'][number]['because']) =>
  because.map((entry) => `${describeField(entry.path)}: ${valueInWords(entry.path, entry.value)}`).join('; ');

/** A plain-text referral summary to paste into a letter or a health record: the same order as the page. */
export function summaryToText(
  summary: Summary,
  intake: Intake,
  ruleTitles: ReadonlyMap<string, string> = new Map(),
): string {
  const references = numberReferences(summary.findings);
  const lines = ['Intrathecal baclofen (ITB) referral: discussion summary', notADecision, ''];
  lines.push('REFERRAL DATA');
  for (const group of referralData(intake)) {
    lines.push(`${group.title}:`);
    for (const row of group.rows) lines.push(`  ${row.label}: ${row.words}`);
  }
  lines.push('');
  for (const level of displayLevels) {
    const findings = findingsAt(summary.findings, level);
    if (findings.length === 0) continue;
    lines.push(level === 'caution' ? 'LOOK FIRST: CAUTIONS' : levelLabels[level].label.toUpperCase());
    for (const finding of findings) {
      const cited = finding.sources.map((source) => `[${references.numberOf(source.id)}]`).join('');
      lines.push(`- ${finding.title} [${finding.ruleId}]`, `  ${finding.clinicianText} ${cited}`);
      lines.push(`  Because: ${becauseInWords(finding.because)}`);
    }
    lines.push('');
  }
  if (summary.notFired.length > 0) {
    lines.push(
      `Rules not triggered: ${summary.notFired.map((id) => ruleTitles.get(id) ?? id).join('; ')}.`,
      notScreened,
      '',
    );
  }
  lines.push('References:', ...references.list.map((source, index) => `[${index + 1}] ${source.label}`), '');
  const { id, version, hash, reviewed } = summary.ruleSet;
  lines.push(`Rule set ${id} ${version} (${hash}), reviewed ${reviewed}. Made with ITB Referral Aid. ${notADecision}`);
  return lines.join('\n');
}

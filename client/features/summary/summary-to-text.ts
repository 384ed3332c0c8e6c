import { describeField, levelLabels } from '../../../shared/api/labels';
import { levels, type Summary } from '../../../shared/api/summary';
import { valueInWords } from '../../../shared/rules/words';

export const notADecision =
  'This summary lists points for a specialist to discuss. It is not a decision about treatment.';

/** "Modified Ashworth score: 3; Penn spasm frequency score: 3" */
export const becauseInWords = (because: Summary['findings'][number]['because']) =>
  because.map((entry) => `${describeField(entry.path)}: ${valueInWords(entry.path, entry.value)}`).join('; ');

/** A plain-text referral summary to paste into a letter or a health record. */
export function summaryToText(summary: Summary, ruleTitles: ReadonlyMap<string, string> = new Map()): string {
  const lines = ['Intrathecal baclofen (ITB) referral: discussion summary', notADecision, ''];
  for (const level of levels) {
    const findings = summary.findings.filter((finding) => finding.level === level);
    if (findings.length === 0) continue;
    lines.push(`${levelLabels[level].label.toUpperCase()}`);
    for (const finding of findings) {
      lines.push(`- ${finding.title} [${finding.ruleId}]`, `  ${finding.clinicianText}`);
      lines.push(`  Because: ${becauseInWords(finding.because)}`);
      lines.push(`  Sources: ${finding.sources.map((source) => source.label).join('; ')}`);
    }
    lines.push('');
  }
  if (summary.notFired.length > 0) {
    lines.push(`Rules not triggered: ${summary.notFired.map((id) => ruleTitles.get(id) ?? id).join('; ')}`, '');
  }
  if (summary.echo.notes) lines.push('Notes from the referrer:', summary.echo.notes, '');
  const { id, version, hash, reviewed } = summary.ruleSet;
  lines.push(`Rule set ${id} ${version} (${hash}), reviewed ${reviewed}. Made with ITB Referral Aid.`);
  return lines.join('\n');
}

import type { Intake } from '../../../shared/api/intake';
import { levelLabels } from '../../../shared/api/labels';
import type { Finding, Summary } from '../../../shared/api/summary';
import { describeField } from '../../../shared/questions/lookup';
import { referralData } from '../../../shared/questions/referral';
import { valueInWords } from '../../../shared/rules/words';
import { numberReferences, type References } from './references';
import { findingsAt, inDisplayOrder, levelsAfterCautions } from './summary-order';

export const notADecision =
  'This summary lists points for a specialist to discuss. It is not a decision about treatment.';
export const notScreened = 'This form does not screen for every contraindication.';
export const noCaution = 'No caution was raised by these answers.';
export const contraindicationLabel = 'Contraindication in a label or guideline';

/** "Modified Ashworth score: 3; Penn spasm frequency score: 3" */
export const becauseInWords = (because: Summary['findings'][number]['because']) =>
  because.map((entry) => `${describeField(entry.path)}: ${valueInWords(entry.path, entry.value)}`).join('; ');

/** The last line of every copy and print: the rule set, and where every rule is listed, as a full address. */
export const ruleSetLine = ({ id, version, hash, reviewed }: Summary['ruleSet'], rulesUrl: string) =>
  `Rule set ${id} ${version} (${hash}), reviewed ${reviewed}. Every rule, when it fires and its sources: ${rulesUrl}. Made with ITB Referral Aid.`;

function findingLines(finding: Finding, references: References): string[] {
  const cited = finding.sources.map((source) => `[${references.numberOf(source.id)}]`).join('');
  const tag = finding.contraindication ? ` (${contraindicationLabel.toLowerCase()})` : '';
  return [
    `- ${finding.title}${tag}`,
    `  ${finding.clinicianText} ${cited}`.trimEnd(),
    `  Because: ${becauseInWords(finding.because)}`,
  ];
}

/**
 * A plain-text referral summary to paste into a letter or a health record, in the
 * order of the page: the not-a-decision line, the cautions in full, the referral
 * data, then the other findings. No rule ids: they mean nothing in a letter.
 */
export function summaryToText(
  summary: Summary,
  intake: Intake,
  rulesUrl: string,
  ruleTitles: ReadonlyMap<string, string> = new Map(),
): string {
  const references = numberReferences(inDisplayOrder(summary.findings));
  const lines = ['Intrathecal baclofen (ITB) referral: discussion summary', notADecision, ''];
  const cautions = findingsAt(summary.findings, 'caution');
  lines.push('LOOK FIRST: CAUTIONS');
  for (const finding of cautions) lines.push(...findingLines(finding, references));
  lines.push(cautions.length === 0 ? `${noCaution} ${notScreened}` : notScreened);
  lines.push('', 'REFERRAL DATA');
  for (const group of referralData(intake)) {
    lines.push(`${group.title}:`);
    for (const row of group.rows) lines.push(`  ${row.label}: ${row.words}`);
  }
  lines.push('');
  for (const level of levelsAfterCautions) {
    const findings = findingsAt(summary.findings, level);
    if (findings.length === 0) continue;
    lines.push(levelLabels[level].label.toUpperCase());
    for (const finding of findings) lines.push(...findingLines(finding, references));
    lines.push('');
  }
  if (summary.notFired.length > 0) {
    // Titles come from GET /api/rules; until it answers, a count (never bare rule ids in a letter).
    const titles = summary.notFired.map((id) => ruleTitles.get(id));
    lines.push(
      titles.every((title) => title !== undefined)
        ? `Rules not triggered: ${titles.join('; ')}.`
        : `${summary.notFired.length} other rules were checked and not triggered.`,
      '',
    );
  }
  lines.push('References:', ...references.list.map((source, index) => `[${index + 1}] ${source.label}`), '');
  lines.push(ruleSetLine(summary.ruleSet, rulesUrl), notADecision);
  return lines.join('\n');
}

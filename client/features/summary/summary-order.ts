import { levels, type Finding, type Level } from '../../../shared/api/summary';

/** After the cautions and the referral data: the other levels, in contract order. */
export const levelsAfterCautions: readonly Level[] = levels.filter((level) => level !== 'caution');

/** The findings of one level in contract order; among the cautions, contraindications first (rule data says which). */
export function findingsAt(findings: readonly Finding[], level: Level): Finding[] {
  const atLevel = findings.filter((finding) => finding.level === level);
  if (level !== 'caution') return atLevel;
  return [...atLevel.filter((f) => f.contraindication), ...atLevel.filter((f) => !f.contraindication)];
}

/** Every finding in the order the page, the print and the copy show them: cautions first. */
export const inDisplayOrder = (findings: readonly Finding[]): Finding[] =>
  [findingsAt(findings, 'caution'), ...levelsAfterCautions.map((level) => findingsAt(findings, level))].flat();

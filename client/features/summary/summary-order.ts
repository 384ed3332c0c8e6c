import type { Finding, Level } from '../../../shared/api/summary';

/**
 * After the cautions and the referral data: what to consider and what to check, then the
 * matches with documented uses, then context. Points that weigh against or are missing come
 * before the green list, so it never reads like a score (the API keeps the contract's order).
 */
export const levelsAfterCautions: readonly Level[] = ['consider', 'check', 'indication', 'info'];

/** The findings of one level in contract order; among the cautions, contraindications first (rule data says which). */
export function findingsAt(findings: readonly Finding[], level: Level): Finding[] {
  const atLevel = findings.filter((finding) => finding.level === level);
  if (level !== 'caution') return atLevel;
  return [...atLevel.filter((f) => f.contraindication), ...atLevel.filter((f) => !f.contraindication)];
}

/** Every finding in the order the page, the print and the copy show them: cautions first. */
export const inDisplayOrder = (findings: readonly Finding[]): Finding[] =>
  [findingsAt(findings, 'caution'), ...levelsAfterCautions.map((level) => findingsAt(findings, level))].flat();

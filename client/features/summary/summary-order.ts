import { levels, type Finding, type Level } from '../../../shared/api/summary';

/** Labelled contraindications in the labels: shown first among the cautions. */
const contraindications = new Set(['active-infection', 'baclofen-allergy']);

/** Cautions come first ("Look first"), contraindications at their top; then the other levels in contract order. */
export const displayLevels: readonly Level[] = ['caution', ...levels.filter((level) => level !== 'caution')];

export function findingsAt(findings: readonly Finding[], level: Level): Finding[] {
  const atLevel = findings.filter((finding) => finding.level === level);
  if (level !== 'caution') return atLevel;
  return [
    ...atLevel.filter((f) => contraindications.has(f.ruleId)),
    ...atLevel.filter((f) => !contraindications.has(f.ruleId)),
  ];
}

export const isContraindication = (finding: Finding) => contraindications.has(finding.ruleId);

import type { Finding, SourceRef } from '../../../shared/api/summary';

export type References = { list: SourceRef[]; numberOf: (id: string) => number };

/** Sources numbered in order of first citation, so each finding cites [1], [3] and the full titles are listed once. */
export function numberReferences(findings: readonly Finding[]): References {
  const numbers = new Map<string, number>();
  const list: SourceRef[] = [];
  for (const source of findings.flatMap((finding) => finding.sources)) {
    if (numbers.has(source.id)) continue;
    list.push(source);
    numbers.set(source.id, list.length);
  }
  return { list, numberOf: (id) => numbers.get(id)! };
}

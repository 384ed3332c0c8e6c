import { syllable } from 'syllable';

// Flesch-Kincaid grade level, the measure the NIH and AMA guidance on patient
// materials is usually checked with: 0.39 (words/sentences) + 11.8 (syllables/words) - 15.59.

const wordsOf = (text: string) => text.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) ?? [];
// A sentence ends at . ! or ?, and also at a line break: headings, list items
// and table cells are read as units of their own.
const sentenceCount = (text: string) =>
  Math.max(1, text.split(/[.!?]+(?:\s|$)|\n+/).filter((part) => /[A-Za-z0-9]/.test(part)).length);

export function fleschKincaidGrade(text: string): number {
  const words = wordsOf(text);
  if (words.length === 0) return 0;
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  return 0.39 * (words.length / sentenceCount(text)) + 11.8 * (syllables / words.length) - 15.59;
}

/** Words a decision aid must not use: the summary lists points to discuss; it never decides. */
export const decisionWords =
  /\b(eligible|eligibility|ineligible|qualif(y|ies|ied)|approved?|candidates?|recommend(s|ed|ation)?|should (have|get|receive))\b/i;

import type { ReactNode } from 'react';
import type { Intake } from '../../../shared/api/intake';
import { questions } from '../../../shared/questions/catalogue';
import { readPath } from '../../../shared/conditions/holds';
import { valueInWords } from '../../../shared/rules/words';

// A clinician text is one string from the server with answers filled in, so the
// page finds the free-text answers in it again to isolate them (<bdi>): a
// right-to-left description, or a direction control that got past the schema,
// then cannot reorder the words of the sentence after it.

/** The text answers of an intake as clinician texts quote them (the words fillText writes). */
export const quotedAnswers = (intake: Intake): string[] =>
  questions
    .filter((question) => question.kind === 'text')
    .flatMap((question) => {
      const value = readPath(intake, question.path);
      return typeof value === 'string' ? [valueInWords(question.path, value)] : [];
    });

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text with each quoted answer in it inside a <bdi>. */
export function isolateAnswers(text: string, answers: readonly string[]): ReactNode[] {
  // Longest first, so an answer inside another is not cut out of it.
  const quoted = answers.filter((answer) => answer !== '').sort((a, b) => b.length - a.length);
  if (quoted.length === 0) return [text];
  return text
    .split(new RegExp(`(${quoted.map(escapeRegExp).join('|')})`))
    .map((part, index) => (index % 2 === 1 ? <bdi key={index}>{part}</bdi> : part));
}

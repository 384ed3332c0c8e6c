import { considerationsSchema, type Intake } from '../api/intake';
import { questions } from '../questions/catalogue';

/**
 * "Things the specialist needs to know" all answered so that they raise no
 * point, from the catalogue: fictional referrals start here and change what
 * they are about, so a new question needs no edit to every example.
 */
export function unremarkableConsiderations(): Intake['considerations'] {
  const answers = questions
    .filter((question) => question.path.startsWith('considerations.') && !question.askedWhen)
    .map((question) => [question.path.split('.')[1]!, question.kind === 'choice' ? question.unremarkable : undefined]);
  return considerationsSchema.parse(Object.fromEntries(answers));
}

import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { steps } from '../../../../shared/questions/catalogue';
import { describeValue, isAsked, questionsOfStep } from '../../../../shared/questions/lookup';
import type { Question, StepId } from '../../../../shared/questions/types';
import { readPath } from '../../../../shared/conditions/holds';
import { lowerFirst } from '../../../../shared/rules/words';
import { fieldId } from '../field-of-issue';
import { toIntake, type FormValues } from '../form-values';
import { splitYearsAndMonths } from '../typed-numbers';

/** Change a whole step (path undefined: its heading takes the focus) or answer one question. */
type Props = { onChange: (step: StepId, path?: string) => void };

const asTyped = (question: Question, answer: string) => {
  if (!(question.kind === 'number' && question.inYearsAndMonths)) return answer;
  const { years, months } = splitYearsAndMonths(answer);
  return `${years || 0} years ${months || 0} months`;
};

/** How an answer reads here; a gap says so, so it can be linked and filled. */
function shown(question: Question, answer: unknown, wire: unknown): { words: string; missing: boolean } {
  if (question.kind === 'list' && (answer as string[]).length === 0) return { words: 'Not answered', missing: true };
  if (wire === undefined)
    return question.optional ? { words: 'Not given', missing: false } : { words: 'Not answered', missing: true };
  // A number the form will refuse ("6o") is shown as typed; its error is on the step.
  if (typeof wire === 'number' && Number.isNaN(wire))
    return { words: asTyped(question, answer as string), missing: false };
  return { words: describeValue(question.path, wire), missing: false };
}

/** A link that moves within the form (its address also works in a new tab). */
function FormLink({ href, onFollow, children }: { href: string; onFollow: () => void; children: ReactNode }) {
  return (
    <a
      href={href}
      onClick={(event) => {
        event.preventDefault();
        onFollow();
      }}
    >
      {children}
    </a>
  );
}

/**
 * GOV.UK "Check your answers": every question that applies, in words, one Change
 * link per step (36 links, one per row, took 38 Tabs to pass), and an Answer
 * link on each gap, straight to its question.
 */
export function CheckAnswers({ onChange }: Props) {
  const { getValues } = useFormContext<FormValues>();
  const values = getValues();
  const intake = toIntake(values) as object;
  return (
    <>
      {steps.map((step) => (
        <section key={step.id} aria-labelledby={`check-${step.id}`}>
          <div className="check-section-heading">
            <h3 id={`check-${step.id}`}>{step.title}</h3>
            <FormLink href={`?step=${step.id}`} onFollow={() => onChange(step.id)}>
              Change <span className="visually-hidden">{lowerFirst(step.title)}</span>
            </FormLink>
          </div>
          <dl className="summary-list">
            {questionsOfStep(step.id)
              .filter((question) => isAsked(question, values))
              .map((question) => {
                const { words, missing } = shown(
                  question,
                  readPath(values, question.path),
                  readPath(intake, question.path),
                );
                return (
                  <div className={`summary-list-row${missing ? ' summary-list-missing' : ''}`} key={question.path}>
                    <dt>{question.label}</dt>
                    <dd className="summary-list-value">
                      <bdi>{words}</bdi>
                    </dd>
                    {missing && (
                      <dd className="summary-list-actions">
                        <FormLink
                          href={`?step=${step.id}#${fieldId(question.path)}`}
                          onFollow={() => onChange(step.id, question.path)}
                        >
                          Answer <span className="visually-hidden">{lowerFirst(question.label)}</span>
                        </FormLink>
                      </dd>
                    )}
                  </div>
                );
              })}
          </dl>
        </section>
      ))}
    </>
  );
}

import { useFormContext } from 'react-hook-form';
import { steps } from '../../../../shared/questions/catalogue';
import { describeValue, isAsked, questionsOfStep } from '../../../../shared/questions/lookup';
import type { Question, StepId } from '../../../../shared/questions/types';
import { readPath } from '../../../../shared/api/paths';
import { fieldId } from '../field-of-issue';
import { lowerFirst } from '../../../../shared/rules/words';
import { toIntake, type FormValues } from '../form-values';

type Props = { onChange: (step: StepId, path: string) => void };

/** How an answer reads here; a gap says so, so it can be linked and filled. */
function shown(question: Question, answer: unknown, wire: unknown): { words: string; missing: boolean } {
  if (question.kind === 'list' && (answer as string[]).length === 0) return { words: 'Not answered', missing: true };
  if (wire === undefined)
    return question.optional ? { words: 'Not given', missing: false } : { words: 'Not answered', missing: true };
  // A number the schema will refuse ("6o") is shown as typed; its error is on the step.
  if (typeof wire === 'number' && Number.isNaN(wire)) return { words: String(answer), missing: false };
  return { words: describeValue(question.path, wire), missing: false };
}

/** GOV.UK "Check your answers": every question that applies, in words, each with a link back to it. */
export function CheckAnswers({ onChange }: Props) {
  const { getValues } = useFormContext<FormValues>();
  const values = getValues();
  const intake = toIntake(values) as object;
  return (
    <>
      {steps.map((step) => (
        <section key={step.id} aria-labelledby={`check-${step.id}`}>
          <h3 id={`check-${step.id}`}>{step.title}</h3>
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
                    <dd className="summary-list-value">{words}</dd>
                    <dd className="summary-list-actions">
                      <a
                        href={`?step=${step.id}#${fieldId(question.path)}`}
                        onClick={(event) => {
                          event.preventDefault();
                          onChange(step.id, question.path);
                        }}
                      >
                        {missing ? 'Answer' : 'Change'}{' '}
                        <span className="visually-hidden">{lowerFirst(question.label)}</span>
                      </a>
                    </dd>
                  </div>
                );
              })}
          </dl>
        </section>
      ))}
    </>
  );
}

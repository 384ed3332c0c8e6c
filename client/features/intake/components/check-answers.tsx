import { useFormContext } from 'react-hook-form';
import { describeField } from '../../../../shared/api/labels';
import { readPath } from '../../../../shared/rules/evaluate';
import { valueInWords } from '../../../../shared/rules/words';
import type { Intake } from '../../../../shared/api/intake';
import { toIntake, type FormValues } from '../form-values';
import { fieldId, steps, type StepId } from '../steps';

type Props = { onChange: (step: StepId, focusId: string) => void };

/** GOV.UK "Check your answers": every question asked, in words, each with a Change link. */
export function CheckAnswers({ onChange }: Props) {
  const { getValues } = useFormContext<FormValues>();
  const intake = toIntake(getValues()) as Intake;
  return (
    <>
      {steps.map((step) => {
        // Questions that did not apply were not asked and are not sent: leave them out here too.
        const rows = step.fields.filter((path) => readPath(intake, path) !== undefined || path === 'patient.weightKg' || path === 'notes');
        return (
          <section key={step.id} aria-labelledby={`check-${step.id}`}>
            <h3 id={`check-${step.id}`}>{step.title}</h3>
            <dl className="summary-list">
              {rows.map((path) => {
                const value = readPath(intake, path);
                const shown = value === undefined ? 'Not given' : path === 'notes' ? String(value) : valueInWords(path, value);
                return (
                  <div className="summary-list-row" key={path}>
                    <dt>{describeField(path)}</dt>
                    <dd className="summary-list-value">{shown.charAt(0).toUpperCase() + shown.slice(1)}</dd>
                    <dd className="summary-list-actions">
                      <a
                        href={`#${fieldId(path)}`}
                        onClick={(event) => {
                          event.preventDefault();
                          onChange(step.id, fieldId(path));
                        }}
                      >
                        Change<span className="visually-hidden"> {describeField(path).toLowerCase()}</span>
                      </a>
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
        );
      })}
    </>
  );
}

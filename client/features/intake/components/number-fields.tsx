import type { ChangeEvent } from 'react';
import { useController, type ControllerRenderProps } from 'react-hook-form';
import type { NumberQuestion } from '../../../../shared/questions/types';
import { describedBy, FieldError } from '../../../components/ui/field-error';
import { TextField } from '../../../components/ui/text-field';
import type { FormValues } from '../form-values';
import { joinYearsAndMonths, NOT_KNOWN, splitYearsAndMonths, type YearsAndMonths } from '../typed-numbers';
import { legendOf, useQuestion, type Props } from './use-question';

type NumberAnswer = ControllerRenderProps<FormValues>;

// Number questions: a box for the number, or two for years and months, each with
// the question's optional "Not known" box. The boxes hold text; typed-numbers.ts reads it.

/** The question's "Not known" box, if it has one: ticked, the number is set aside (and not sent). */
function NotKnownBox({ id, question, field }: { id: string; question: NumberQuestion; field: NumberAnswer }) {
  if (!question.notKnown) return null;
  return (
    <div className="checkbox checkbox-small">
      <input
        id={`${id}-not-known`}
        type="checkbox"
        checked={field.value === NOT_KNOWN}
        onChange={(event) => field.onChange(event.target.checked ? NOT_KNOWN : '')}
      />
      <label htmlFor={`${id}-not-known`}>{question.notKnown}</label>
    </div>
  );
}

export function NumberField({ question }: Props<NumberQuestion>) {
  const { id, path, error } = useQuestion(question);
  const { field } = useController<FormValues>({ name: path });
  const value = field.value as string;
  const notKnown = value === NOT_KNOWN;
  return (
    <TextField
      id={id}
      label={legendOf(question)}
      hint={question.hint}
      error={error}
      registration={{
        name: field.name,
        value: notKnown ? '' : value,
        onChange: (event: ChangeEvent<HTMLInputElement>) => field.onChange(event.target.value),
        onBlur: field.onBlur,
      }}
      inputMode={question.integer ? 'numeric' : 'decimal'}
      className="input-width-3"
      suffix={question.unit}
      disabled={notKnown}
    >
      <NotKnownBox id={id} question={question} field={field} />
    </TextField>
  );
}

/**
 * Months asked as years and months (GOV.UK's date input: one fieldset, a box per
 * part). The years box carries the question's id, so the error summary links to it.
 */
export function YearsAndMonthsField({ question }: Props<NumberQuestion>) {
  const { id, path, error } = useQuestion(question);
  const { field } = useController<FormValues>({ name: path });
  const notKnown = field.value === NOT_KNOWN;
  const parts = splitYearsAndMonths(notKnown ? '' : (field.value as string));
  const box = (part: keyof YearsAndMonths, boxId: string, label: string) => (
    <div className="years-months-item">
      <label htmlFor={boxId}>{label}</label>
      <input
        id={boxId}
        type="text"
        inputMode="numeric"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        value={parts[part]}
        disabled={notKnown}
        onChange={(event) => field.onChange(joinYearsAndMonths({ ...parts, [part]: event.target.value }))}
        onBlur={field.onBlur}
      />
    </div>
  );
  return (
    <fieldset
      className={`field${error ? ' field-error' : ''}`}
      aria-describedby={describedBy(id, { hint: question.hint, error })}
    >
      <legend>{legendOf(question)}</legend>
      {question.hint && (
        <p id={`${id}-hint`} className="hint">
          {question.hint}
        </p>
      )}
      <FieldError id={id} message={error} />
      <div className="years-months">
        {box('years', id, 'Years')}
        {box('months', `${id}-months`, 'Months')}
      </div>
      <NotKnownBox id={id} question={question} field={field} />
    </fieldset>
  );
}

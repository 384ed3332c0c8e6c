import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldError, describedBy } from './field-error';

export type Choice = { value: string; label: ReactNode; hint?: ReactNode };

type Props = {
  id: string;
  type: 'radio' | 'checkbox';
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  choices: readonly Choice[];
  registration: UseFormRegisterReturn;
  /** A last, exclusive checkbox ("None of these"), registered with the others under its own value. */
  none?: { value: string; label?: string };
  /** inline: one short row; scale: compact rows of score and meaning; columns: two columns on wide screens. */
  layout?: 'inline' | 'scale' | 'columns';
  children?: ReactNode;
};

/**
 * Radios or checkboxes in a fieldset: one legend, a hint, the inline error, and
 * an id on the first input so error links can focus the group.
 */
export function ChoiceGroup({ id, type, legend, hint, error, choices, registration, none, layout, children }: Props) {
  const inputId = (index: number) => (index === 0 ? id : `${id}-${index}`);
  return (
    <fieldset className={`field${error ? ' field-error' : ''}`} aria-describedby={describedBy(id, { hint, error })}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldError id={id} message={error} />
      <div className={layout ? `choices choices-${layout}` : 'choices'}>
        {choices.map((choice, index) => (
          <div className={type} key={choice.value}>
            <input
              id={inputId(index)}
              type={type}
              value={choice.value}
              aria-describedby={choice.hint ? `${inputId(index)}-hint` : undefined}
              {...registration}
            />
            <div className="choice-text">
              <label htmlFor={inputId(index)}>{choice.label}</label>
              {choice.hint && (
                <p id={`${inputId(index)}-hint`} className="hint choice-hint">
                  {choice.hint}
                </p>
              )}
            </div>
          </div>
        ))}
      </div>
      {none && (
        <div className="choices">
          <p className="choices-divider">or</p>
          <div className="checkbox">
            <input id={`${id}-none`} type="checkbox" value={none.value} {...registration} />
            <label htmlFor={`${id}-none`}>{none.label ?? 'None of these'}</label>
          </div>
        </div>
      )}
      {children}
    </fieldset>
  );
}

import type { ChangeEvent, InputHTMLAttributes, ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldError, describedBy } from './field-error';

/** A controlled input: the caller owns the value (a number beside a "Not known" box). */
export type ControlledInput = {
  name: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  onBlur: () => void;
};

type Props = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  suffix?: string;
  /** Extra ids for aria-describedby, e.g. a character count. */
  describedByExtra?: string;
  children?: ReactNode;
} & Pick<InputHTMLAttributes<HTMLInputElement>, 'inputMode' | 'className' | 'autoComplete' | 'disabled'> &
  // A text box is registered with the form; a one-line input may instead be controlled (value and onChange).
  (
    | { multiline: true; registration: UseFormRegisterReturn }
    | { multiline?: false; registration: UseFormRegisterReturn | ControlledInput }
  );

export function TextField(props: Props) {
  const { id, label, hint, error, suffix, describedByExtra, children, inputMode, className, autoComplete, disabled } =
    props;
  const input = { inputMode, className, autoComplete, disabled };
  const describedIds = [describedBy(id, { hint, error }), describedByExtra].filter(Boolean).join(' ') || undefined;
  const aria = { 'aria-invalid': error ? true : undefined, 'aria-describedby': describedIds };
  return (
    <div className={`field${error ? ' field-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldError id={id} message={error} />
      {props.multiline ? (
        <textarea id={id} rows={5} {...aria} {...props.registration} />
      ) : (
        <span className="input-wrapper">
          <input id={id} type="text" spellCheck={false} {...input} {...aria} {...props.registration} />
          {suffix && (
            <span className="input-suffix" aria-hidden="true">
              {suffix}
            </span>
          )}
        </span>
      )}
      {children}
    </div>
  );
}

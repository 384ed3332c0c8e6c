import type { InputHTMLAttributes, ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldError, describedBy } from './field-error';

type Props = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  registration: UseFormRegisterReturn;
  suffix?: string;
  multiline?: boolean;
  children?: ReactNode;
} & Pick<InputHTMLAttributes<HTMLInputElement>, 'inputMode' | 'className' | 'autoComplete' | 'disabled'>;

export function TextField({ id, label, hint, error, registration, suffix, multiline, children, ...input }: Props) {
  const aria = { 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy(id, { hint, error }) };
  return (
    <div className={`field${error ? ' field-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldError id={id} message={error} />
      {multiline ? (
        <textarea id={id} rows={5} {...aria} {...registration} />
      ) : (
        <span className="input-wrapper">
          <input id={id} type="text" spellCheck={false} {...input} {...aria} {...registration} />
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

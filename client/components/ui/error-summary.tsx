import { useEffect, useRef } from 'react';

export type SummaryError = { fieldId: string; message: string };

/**
 * GOV.UK error summary: focused when it appears so screen readers announce it;
 * each link moves focus to its field.
 */
export function ErrorSummary({ errors, attempt }: { errors: SummaryError[]; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
    // Focus again on every failed attempt, not only when the list changes.
  }, [attempt]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" aria-labelledby="error-summary-title" role="alert" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title" className="error-summary-title">
        There is a problem
      </h2>
      <ul className="error-summary-list">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a
              href={`#${error.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                const field = document.getElementById(error.fieldId);
                field?.focus();
                field?.scrollIntoView({ block: 'center' });
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

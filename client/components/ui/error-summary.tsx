import { useEffect, useRef } from 'react';

export type SummaryError = { fieldId: string; message: string };

type Props = {
  errors: SummaryError[];
  /** Changes on every failed attempt, so focus moves here again even if the list is the same. */
  focusKey: unknown;
};

/**
 * NHS / GOV.UK error summary: the box is focused when it appears, and scrolled
 * into view, so keyboard and screen reader users land on it. role="alert" sits
 * on a child, not on the focused element, which loses announcements in some
 * screen readers (the NHS pattern). Each link moves focus to its field.
 */
export function ErrorSummary({ errors, focusKey }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = errors.length > 0;
  useEffect(() => {
    if (!shown) return;
    ref.current?.focus();
    ref.current?.scrollIntoView({ block: 'start' });
  }, [focusKey, shown]);
  if (!shown) return null;
  return (
    <div className="error-summary" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <div role="alert">
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
    </div>
  );
}

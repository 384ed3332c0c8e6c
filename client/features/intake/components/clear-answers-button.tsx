import { useEffect, useId, useRef, useState } from 'react';

type Props = { label: string; className: string; onClear: () => void };

/**
 * A button that clears every answer after asking, in the page (a browser dialog
 * cannot be styled, and some block it). The question takes the focus, so screen
 * readers read it; "No" puts the focus back on the button.
 */
export function ClearAnswersButton({ label, className, onClear }: Props) {
  const [asking, setAsking] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLDivElement>(null);
  const asked = useRef(false);
  const titleId = useId();

  useEffect(() => {
    if (asking) question.current?.focus();
    else if (asked.current) opener.current?.focus();
    asked.current = asking;
  }, [asking]);

  return (
    <>
      <button ref={opener} type="button" className={className} aria-expanded={asking} onClick={() => setAsking(true)}>
        {label}
      </button>
      {asking && (
        <div ref={question} className="confirm-clear" role="group" aria-labelledby={titleId} tabIndex={-1}>
          <p id={titleId} className="confirm-clear-title">
            Clear all answers?
          </p>
          <p>Every answer about this patient is removed from this browser. This cannot be undone.</p>
          <button type="button" className="button button-warning" onClick={onClear}>
            Yes, clear all answers
          </button>
          <button type="button" className="button button-secondary" onClick={() => setAsking(false)}>
            No, keep the answers
          </button>
        </div>
      )}
    </>
  );
}

/** The inline error beside a field; its id joins the field's aria-describedby. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={`${id}-error`} className="error-message">
      <span className="visually-hidden">Error:</span> {message}
    </p>
  );
}

/** aria-describedby for a field: its hint and its error, when present. */
export const describedBy = (id: string, { hint, error }: { hint?: unknown; error?: unknown }) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

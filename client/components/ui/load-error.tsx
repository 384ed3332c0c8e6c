/** A failed request: what failed, the reason, and a way to try again. Answers are never lost by it. */
export function LoadError({ title, message, onRetry }: { title: string; message: string; onRetry: () => void }) {
  return (
    <div className="error-summary" role="alert">
      <h2 className="error-summary-title">{title}</h2>
      <p>{message}</p>
      <button type="button" className="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

type Props = { onClear: () => void; onKeep: () => void };

/** Back-to-back referrals: saved answers are said to be saved, so the next patient never inherits the last one's. */
export function SavedAnswersNotice({ onClear, onKeep }: Props) {
  return (
    <div className="inset inset-warning" role="region" aria-labelledby="saved-answers-title">
      <h2 id="saved-answers-title" className="inset-title">
        These are saved answers from earlier in this tab
      </h2>
      <p>If this is a different patient, clear them and start again.</p>
      <button type="button" className="button" onClick={onClear}>
        Clear answers and start a new referral
      </button>
      <button type="button" className="button button-secondary" onClick={onKeep}>
        Keep these answers
      </button>
    </div>
  );
}

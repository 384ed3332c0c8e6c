import { ClearAnswersButton } from './clear-answers-button';

type Props = { onClear: () => void; onKeep: () => void };

/**
 * Back-to-back referrals: saved answers are said to be saved, so the next patient never
 * inherits the last one's. Keeping them is the main action (a refresh brings them back
 * here); clearing asks first.
 */
export function SavedAnswersNotice({ onClear, onKeep }: Props) {
  return (
    <div className="inset inset-warning" role="region" aria-labelledby="saved-answers-title">
      <h2 id="saved-answers-title" className="inset-title">
        These are saved answers from earlier in this tab
      </h2>
      <p>If this is a different patient, clear them and start again.</p>
      <button type="button" className="button" onClick={onKeep}>
        Keep these answers
      </button>
      <ClearAnswersButton
        label="Clear answers and start a new referral"
        className="button button-secondary"
        onClear={onClear}
      />
    </div>
  );
}

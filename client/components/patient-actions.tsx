import { clearAllAnswers } from '../lib/clear-answers';
import { Link, navigate } from '../lib/router';

type Props = { onCleared: () => void; changeHref?: string };

/**
 * On every page that shows a real patient's answers: change them, start the next
 * referral, or clear this patient from the browser (a shared computer, the end of
 * the visit). Both clearing actions remove every stored answer.
 */
export function PatientActions({ onCleared, changeHref }: Props) {
  return (
    <div className="patient-actions screen-only" role="group" aria-label="This patient's answers">
      <p>Done with this patient? Their answers stay in this browser tab until you clear them or close the tab.</p>
      {changeHref && (
        <Link className="button button-secondary" href={changeHref}>
          Change answers
        </Link>
      )}
      <button
        type="button"
        className="button"
        onClick={() => {
          clearAllAnswers();
          navigate('/');
        }}
      >
        Start a new referral
      </button>
      <button
        type="button"
        className="button button-warning"
        onClick={() => {
          clearAllAnswers();
          onCleared();
        }}
      >
        Clear this patient
      </button>
    </div>
  );
}

/** What a page shows once this patient is cleared: visible, not only announced. */
export function ClearedNotice() {
  return (
    <div className="inset inset-success" role="status">
      <p>
        <strong>This patient’s answers are cleared.</strong> Nothing about them is stored in this browser any more.
      </p>
      <p>
        <Link href="/">Start a new referral</Link>
      </p>
    </div>
  );
}

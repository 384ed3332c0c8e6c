import { useState } from 'react';
import { ClearedNotice, PatientActions } from '../components/patient-actions';
import { PatientSheet } from '../features/patient-sheet/components/patient-sheet';
import { loadSubmittedIntake } from '../lib/intake-storage';
import { Link } from '../lib/router';
import { usePageTitle } from '../lib/use-page-title';

export default function PatientSheetPage() {
  usePageTitle('Your sheet for the specialist visit');
  const [intake, setIntake] = useState(loadSubmittedIntake);
  const [cleared, setCleared] = useState(false);
  if (!intake) {
    return (
      <>
        <h1>Your sheet for the specialist visit</h1>
        {cleared ? (
          <ClearedNotice />
        ) : (
          <p>
            There is no summary in this browser tab yet. <Link href="/">Fill in the referral form</Link> first.
          </p>
        )}
      </>
    );
  }
  return (
    <>
      <p className="caption screen-only">
        <Link href="/summary">Back to the discussion summary</Link>
      </p>
      <PatientSheet intake={intake} />
      <PatientActions
        onCleared={() => {
          setIntake(null);
          setCleared(true);
        }}
      />
    </>
  );
}

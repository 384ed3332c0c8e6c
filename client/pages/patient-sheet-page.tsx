import { useState } from 'react';
import { ClearedNotice, PatientActions } from '../components/patient-actions';
import { PatientSheet } from '../features/patient-sheet/components/patient-sheet';
import { useSheetLanguage } from '../features/patient-sheet/sheet-languages';
import { sheetText } from '../features/patient-sheet/sheet-text';
import { loadSubmittedIntake } from '../lib/intake-storage';
import { Link } from '../lib/router';
import { usePageTitle } from '../lib/use-page-title';

const title = sheetText.screen.title;

function NoSheet({ cleared }: { cleared: boolean }) {
  usePageTitle(title);
  return (
    <>
      <h1>{title}</h1>
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

export default function PatientSheetPage() {
  const language = useSheetLanguage();
  const [intake, setIntake] = useState(loadSubmittedIntake);
  const [cleared, setCleared] = useState(false);
  if (!intake) return <NoSheet cleared={cleared} />;
  // What is for the doctor stays in English, also around a sheet in another language.
  return (
    <>
      <p className="caption screen-only" lang="en-GB">
        <Link href="/summary">Back to the discussion summary</Link>
      </p>
      <PatientSheet intake={intake} language={language} title={title} />
      <div className="screen-only" lang="en-GB">
        <PatientActions
          onCleared={() => {
            setIntake(null);
            setCleared(true);
          }}
        />
      </div>
    </>
  );
}

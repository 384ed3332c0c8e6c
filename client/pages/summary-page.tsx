import { useEffect, useRef, useState } from 'react';
import { ClearedNotice, PatientActions } from '../components/patient-actions';
import { SummaryView } from '../features/summary/components/summary-view';
import { loadSubmittedIntake } from '../lib/intake-storage';
import { Link } from '../lib/router';
import { usePageTitle } from '../lib/use-page-title';

export default function SummaryPage() {
  usePageTitle('Discussion summary');
  const [intake, setIntake] = useState(loadSubmittedIntake);
  const [cleared, setCleared] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // Arriving from "Create summary", the keyboard and screen readers start at this heading, not at the body.
  useEffect(() => heading.current?.focus(), []);
  const onCleared = () => {
    setIntake(null);
    setCleared(true);
  };
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Discussion summary
      </h1>
      {cleared && <ClearedNotice />}
      {intake ? (
        <SummaryView
          intake={intake}
          patientSheetHref="/summary/patient"
          patientActions={<PatientActions onCleared={onCleared} changeHref="/?step=check" />}
        />
      ) : (
        !cleared && (
          <p>
            There is no summary in this browser tab yet. <Link href="/">Fill in the referral form</Link> first, or look
            at the <Link href="/examples">worked examples</Link>.
          </p>
        )
      )}
    </>
  );
}

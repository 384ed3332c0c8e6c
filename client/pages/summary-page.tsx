import { SummaryView } from '../features/summary/components/summary-view';
import { loadSubmittedIntake } from '../lib/intake-storage';
import { Link } from '../lib/router';
import { usePageTitle } from '../lib/use-page-title';

export default function SummaryPage() {
  usePageTitle('Discussion summary');
  const intake = loadSubmittedIntake();
  return (
    <>
      <h1>Discussion summary</h1>
      {intake ? (
        <SummaryView intake={intake} patientSheetHref="/summary/patient" changeHref="/" />
      ) : (
        <p>
          There is no summary in this browser tab yet. <Link href="/">Fill in the referral form</Link> first, or look at
          the <Link href="/examples">worked examples</Link>.
        </p>
      )}
    </>
  );
}

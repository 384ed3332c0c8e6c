import { useQuery } from '@tanstack/react-query';
import { loadSubmittedIntake } from '../lib/intake-storage';
import { Link } from '../lib/router';
import { summaryQueryOptions } from '../lib/summary-query';
import { usePageTitle } from '../lib/use-page-title';
import type { Intake } from '../../shared/api/intake';

export default function SummaryPage() {
  usePageTitle('Discussion summary');
  const intake = loadSubmittedIntake();
  if (!intake) {
    return (
      <>
        <h1>Discussion summary</h1>
        <p>
          There is no summary yet. <Link href="/">Fill in the referral form</Link> first.
        </p>
      </>
    );
  }
  return <SummaryView intake={intake} />;
}

function SummaryView({ intake }: { intake: Intake }) {
  const summary = useQuery(summaryQueryOptions(intake));
  return (
    <>
      <h1>Discussion summary</h1>
      <p className="inset">This lists points for a specialist to discuss. It is not a decision.</p>
      {summary.isPending && <p role="status">Creating the summary…</p>}
      {summary.isError && <p className="error-message">{summary.error.message}</p>}
      {summary.data && (
        <>
          <p>
            Rule set {summary.data.ruleSet.version}, reviewed {summary.data.ruleSet.reviewed}.
          </p>
          <h2>Points to discuss ({summary.data.findings.length})</h2>
          <ul>
            {summary.data.findings.map((finding) => (
              <li key={finding.ruleId}>
                {finding.title} <span className="rule-id">({finding.ruleId})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

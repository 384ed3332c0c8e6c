import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Intake } from '../../../../shared/api/intake';
import { levelLabels } from '../../../../shared/api/labels';
import { levels } from '../../../../shared/api/summary';
import { LevelIcon } from '../../../components/ui/level-icon';
import { Link } from '../../../lib/router';
import { rulesQueryOptions } from '../../../lib/rules-query';
import { summaryQueryOptions } from '../../../lib/summary-query';
import { notADecision, summaryToText } from '../summary-to-text';
import { FindingCard } from './finding-card';
import '../summary.css';
import { LoadError } from '../../../components/ui/load-error';

type Props = { intake: Intake; patientSheetHref: string; changeHref?: string };

/** The clinician summary of one intake; /summary and /examples/:id differ only in where the intake comes from. */
export function SummaryView({ intake, patientSheetHref, changeHref }: Props) {
  const summary = useQuery(summaryQueryOptions(intake));
  const rules = useQuery(rulesQueryOptions());
  const [copied, setCopied] = useState('');

  if (summary.isPending) return <p role="status">Creating the summary…</p>;
  if (summary.isError) {
    return <LoadError title="The summary could not be created" message={summary.error.message} onRetry={() => summary.refetch()} />;
  }

  const data = summary.data;
  const titles = new Map(rules.data?.rules.map((rule) => [rule.id, rule.title]));
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(summaryToText(data, titles));
      setCopied('Summary copied. Paste it into your letter or record.');
    } catch {
      setCopied('Copying was blocked by the browser. Select the text on this page and copy it instead.');
    }
  };

  return (
    <div className="summary">
      <p className="inset not-a-decision">
        <strong>{notADecision}</strong> Each point shows the answers that raised it and its sources, so you can judge it
        yourself.
      </p>
      <div className="summary-actions">
        <Link className="button" href={patientSheetHref}>
          Print the patient sheet
        </Link>
        <button type="button" className="button button-secondary" onClick={copy}>
          Copy as text
        </button>
        {changeHref && (
          <Link className="button button-secondary" href={changeHref}>
            Change answers
          </Link>
        )}
        <p role="status" className="copy-status">
          {copied}
        </p>
      </div>

      {levels.map((level) => {
        const findings = data.findings.filter((finding) => finding.level === level);
        if (findings.length === 0) return null;
        return (
          <section key={level} aria-labelledby={`level-${level}`} className="level-section">
            <h2 id={`level-${level}`} className={`level-heading level-${level}`}>
              <LevelIcon level={level} />
              {levelLabels[level].label} ({findings.length})
            </h2>
            <p className="hint">{levelLabels[level].description}</p>
            <ul className="findings">
              {findings.map((finding) => (
                <FindingCard key={finding.ruleId} finding={finding} />
              ))}
            </ul>
          </section>
        );
      })}
      {data.findings.length === 0 && <p>No rule fired for these answers.</p>}

      <details className="not-fired">
        <summary>Rules not triggered ({data.notFired.length})</summary>
        <p>These rules were checked and did not apply to these answers.</p>
        <ul>
          {data.notFired.map((id) => (
            <li key={id}>
              {titles.get(id) ?? id} <span className="rule-id">{id}</span>
            </li>
          ))}
        </ul>
        <p>
          <Link href="/rules">See when each rule fires</Link>
        </p>
      </details>

      {data.echo.notes && (
        <section aria-labelledby="notes-heading">
          <h2 id="notes-heading">Notes from the referrer</h2>
          <p className="notes-echo">{data.echo.notes}</p>
        </section>
      )}

      <p className="rule-set-identity">
        Rule set {data.ruleSet.id} version {data.ruleSet.version}, reviewed {data.ruleSet.reviewed}.{' '}
        <span className="hash">Hash {data.ruleSet.hash}</span>
      </p>
    </div>
  );
}

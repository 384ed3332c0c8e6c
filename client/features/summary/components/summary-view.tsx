import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Intake } from '../../../../shared/api/intake';
import { levelLabels } from '../../../../shared/api/labels';
import type { Finding, Level } from '../../../../shared/api/summary';
import { LevelIcon } from '../../../components/ui/level-icon';
import { LoadError } from '../../../components/ui/load-error';
import { Link } from '../../../lib/router';
import { rulesQueryOptions } from '../../../lib/rules-query';
import { summaryQueryOptions } from '../../../lib/summary-query';
import { quotedAnswers } from '../isolate-answers';
import { numberReferences } from '../references';
import { findingsAt, inDisplayOrder, levelsAfterCautions } from '../summary-order';
import { noCaution, notADecision, notScreened, ruleSetLine, summaryToText } from '../summary-to-text';
import { FhirDownload } from './fhir-download';
import { FindingCard } from './finding-card';
import { ReferralData } from './referral-data';
import '../summary.css';

type Props = {
  intake: Intake;
  patientSheetHref: string;
  /** Actions for a real patient's answers (change, clear); examples have none. */
  patientActions?: React.ReactNode;
};

/** The clinician summary of one intake; /summary and /examples/:id differ only in where the intake comes from. */
export function SummaryView({ intake, patientSheetHref, patientActions }: Props) {
  const summary = useQuery(summaryQueryOptions(intake));
  const rules = useQuery(rulesQueryOptions());
  const [copied, setCopied] = useState('');

  if (summary.isPending) return <p role="status">Creating the summary…</p>;
  if (summary.isError) {
    return (
      <LoadError
        title="The summary could not be created"
        message={summary.error.message}
        onRetry={() => summary.refetch()}
      />
    );
  }

  const data = summary.data;
  const titles = new Map(rules.data?.rules.map((rule) => [rule.id, rule.title]));
  const references = numberReferences(inDisplayOrder(data.findings));
  const rulesUrl = new URL('/rules', window.location.origin).href;
  const answers = quotedAnswers(intake);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(summaryToText(data, intake, rulesUrl, titles));
      setCopied('Summary copied. Paste it into your letter or record.');
    } catch {
      setCopied('Copying was blocked by the browser. Select the text on this page and copy it instead.');
    }
  };
  const section = (level: Level, findings: Finding[]) => (
    <section key={level} aria-labelledby={`level-${level}`} className={`level-section level-section-${level}`}>
      <h2 id={`level-${level}`} className={`level-heading level-${level}`}>
        <LevelIcon level={level} />
        {level === 'caution' ? 'Look first: cautions' : levelLabels[level].label} ({findings.length})
      </h2>
      <p className="hint">
        {levelLabels[level].description}
        {level === 'caution' && findings.length > 0 && ` ${notScreened}`}
      </p>
      {findings.length === 0 ? (
        <p>
          {noCaution} {notScreened}
        </p>
      ) : (
        <ul className="findings">
          {findings.map((finding) => (
            <FindingCard key={finding.ruleId} finding={finding} references={references} answers={answers} />
          ))}
        </ul>
      )}
    </section>
  );

  return (
    <div className="summary">
      <p className="inset not-a-decision">
        <strong>{notADecision}</strong> Each point shows the answers that raised it and its sources, so you can judge it
        yourself.
        <span className="print-only printed-on">
          {' '}
          Printed {new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}.
        </span>
      </p>
      <div className="summary-actions screen-only">
        <button type="button" className="button" onClick={() => window.print()}>
          Print for the referral letter
        </button>
        <Link className="button button-secondary" href={patientSheetHref}>
          Print the patient sheet
        </Link>
        <button type="button" className="button button-secondary" onClick={copy}>
          Copy as text
        </button>
        <p role="status" className="copy-status">
          {copied}
        </p>
      </div>

      {/* What needs attention first, in full, above everything else (UX.md). */}
      {section('caution', findingsAt(data.findings, 'caution'))}

      <ReferralData intake={intake} />

      <div className="findings-area">
        {levelsAfterCautions.map((level) => {
          const findings = findingsAt(data.findings, level);
          return findings.length > 0 && section(level, findings);
        })}
      </div>

      <details className="not-fired">
        <summary>Rules not triggered ({data.notFired.length})</summary>
        <p>These rules were checked and did not apply to these answers. {notScreened}</p>
        <ul>
          {data.notFired.map((id) => (
            <li key={id}>
              {titles.get(id) ?? id} <span className="rule-id">{id}</span>
            </li>
          ))}
        </ul>
        <p className="screen-only">
          <Link href="/rules">See when each rule fires</Link>
        </p>
      </details>
      <p className="print-only">
        {data.notFired.length} other rules were checked and not triggered. {notScreened}
      </p>

      <section aria-labelledby="references" className="references">
        <h2 id="references">References</h2>
        <ol>
          {references.list.map((source) => (
            <li key={source.id} id={`ref-${source.id}`}>
              {source.label}
            </li>
          ))}
        </ol>
      </section>

      <FhirDownload intake={intake} />
      <p className="rule-set-identity">
        {ruleSetLine(data.ruleSet, rulesUrl)} {notADecision}
      </p>
      {patientActions}
    </div>
  );
}

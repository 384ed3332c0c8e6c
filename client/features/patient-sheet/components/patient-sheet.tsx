import { useQuery } from '@tanstack/react-query';
import type { Intake } from '../../../../shared/api/intake';
import type { Finding } from '../../../../shared/api/summary';
import { summaryQueryOptions } from '../../../lib/summary-query';
import { sheetText as t } from '../sheet-text';
import '../patient-sheet.css';
import { LoadError } from '../../../components/ui/load-error';

/** A finding's plain words, with its rule id small in the margin for the specialist. */
function Point({ finding }: { finding: Finding }) {
  return (
    <li>
      {finding.patientText} <span className="sheet-rule-id">{finding.ruleId}</span>
    </li>
  );
}

const WriteLine = ({ label }: { label: string }) => (
  <p className="write-line">
    {label}: <span className="write-space" aria-hidden="true" />
  </p>
);

/** The printable sheet the patient brings to the specialist: at most 2 pages on A4 and US Letter. */
export function PatientSheet({ intake }: { intake: Intake }) {
  const summary = useQuery(summaryQueryOptions(intake));
  if (summary.isPending) return <p role="status">Making your sheet…</p>;
  if (summary.isError) {
    return <LoadError title="The sheet could not be made" message={summary.error.message} onRetry={() => summary.refetch()} />;
  }
  const { findings, ruleSet } = summary.data;
  const reasons = findings.filter((finding) => finding.level !== 'check');
  const toFindOut = findings.filter((finding) => finding.level === 'check');
  const doctorGoals = new Set<string>(intake.goals);
  const printedOn = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

  return (
    <article className="sheet" aria-labelledby="sheet-title">
      <div className="sheet-actions">
        <button type="button" className="button" onClick={() => window.print()}>
          Print this sheet
        </button>
        <p className="hint">To keep a copy as a file, choose “Save as PDF” as the printer.</p>
      </div>
      <h1 id="sheet-title">{t.title}</h1>
      <p className="sheet-intro">{t.intro}</p>

      <section aria-labelledby="why">
        <h2 id="why">{t.whyTitle}</h2>
        <ul className="sheet-points">
          {reasons.map((finding) => (
            <Point key={finding.ruleId} finding={finding} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="bring">
        <h2 id="bring">{t.bringTitle}</h2>
        <ul className="sheet-points">
          {toFindOut.map((finding) => (
            <Point key={finding.ruleId} finding={finding} />
          ))}
          {t.bringAlways.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

      <div className="sheet-columns">
        {[t.pump, t.testDose, t.surgery, t.living].map((part) => (
          <section key={part.title} aria-label={part.title}>
            <h2>{part.title}</h2>
            {(Array.isArray(part.text) ? part.text : [part.text]).map((text) => (
              <p key={text}>{text}</p>
            ))}
          </section>
        ))}
      </div>

      <section className="sheet-warning" aria-labelledby="warning">
        <h2 id="warning">{t.warning.title}</h2>
        <ul>
          {t.warning.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="compare">
        <h2 id="compare">{t.compare.title}</h2>
        <table className="sheet-compare">
          <thead>
            <tr>
              {t.compare.columns.map((column, index) => (
                <th key={index} scope="col">
                  {column || <span className="visually-hidden">Question</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {t.compare.rows.map(([label, pump, current]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{pump}</td>
                <td>{current}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="matters">
        <h2 id="matters">{t.matters.title}</h2>
        <p className="sheet-hint">{t.matters.hint}</p>
        <ul className="sheet-ticks">
          {t.matters.choices.map(([goal, label]) => (
            <li key={goal}>
              <input type="checkbox" id={`matters-${goal}`} />
              <label htmlFor={`matters-${goal}`}>
                {label}
                {doctorGoals.has(goal) && <span className="doctor-mark"> (your doctor wrote this down)</span>}
              </label>
            </li>
          ))}
        </ul>
        <WriteLine label={t.matters.writeIn.replace(/:$/, '')} />
      </section>

      <section aria-labelledby="questions">
        <h2 id="questions">{t.questions.title}</h2>
        <ul className="sheet-questions">
          {t.questions.list.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ul>
        <WriteLine label="My own question" />
      </section>

      <div className="sheet-names">
        <WriteLine label={t.nameLine} />
        <WriteLine label={t.dateLine} />
      </div>

      <footer className="sheet-footer">
        <p>
          <strong>{t.footer}</strong> Rule set {ruleSet.version}, reviewed {ruleSet.reviewed}, {ruleSet.hash.slice(0, 19)}…
          Printed on {printedOn}.
        </p>
      </footer>
    </article>
  );
}

import type { Finding } from '../../../../shared/api/summary';
import { LevelLabel } from '../../../components/ui/level-icon';
import { isolateAnswers } from '../isolate-answers';
import type { References } from '../references';
import { becauseInWords, contraindicationLabel } from '../summary-to-text';

type Props = {
  finding: Finding;
  references: References;
  /** The free-text answers as the clinician text quotes them: shown isolated. */
  answers: readonly string[];
};

/** One finding as a card: what, why (the answers behind it) and its numbered sources. */
export function FindingCard({ finding, references, answers }: Props) {
  return (
    <li className={`finding finding-${finding.level}`}>
      <div className="finding-head">
        <LevelLabel level={finding.level} />
        {finding.contraindication && <strong className="contraindication-tag">{contraindicationLabel}</strong>}
        <span className="rule-id">{finding.ruleId}</span>
      </div>
      <h3 className="finding-title">{finding.title}</h3>
      <p>
        {isolateAnswers(finding.clinicianText, answers)}{' '}
        <span className="finding-refs">
          {finding.sources.map((source) => (
            <a key={source.id} href={`#ref-${source.id}`} title={source.label}>
              <span className="visually-hidden">Source </span>[{references.numberOf(source.id)}]
            </a>
          ))}
        </span>
      </p>
      <p className="finding-because">
        <strong>Because you answered:</strong> {becauseInWords(finding.because)}
      </p>
    </li>
  );
}

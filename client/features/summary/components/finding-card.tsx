import type { Finding } from '../../../../shared/api/summary';
import { LevelLabel } from '../../../components/ui/level-icon';
import { becauseInWords } from '../summary-to-text';

/** One finding as a card: what, why (the answers behind it) and the sources. */
export function FindingCard({ finding }: { finding: Finding }) {
  return (
    <li className={`finding finding-${finding.level}`}>
      <div className="finding-head">
        <LevelLabel level={finding.level} />
        <span className="rule-id">{finding.ruleId}</span>
      </div>
      <h3 className="finding-title">{finding.title}</h3>
      <p>{finding.clinicianText}</p>
      <p className="finding-because">
        <strong>Because you answered:</strong> {becauseInWords(finding.because)}
      </p>
      <div className="finding-sources">
        <strong>Sources:</strong>
        <ul>
          {finding.sources.map((source) => (
            <li key={source.id}>{source.label}</li>
          ))}
        </ul>
      </div>
    </li>
  );
}

import { useQuery } from '@tanstack/react-query';
import { levelLabels } from '../../../../shared/api/labels';
import { levels } from '../../../../shared/api/summary';
import { changelog } from '../../../../shared/rules/changelog';
import { LevelIcon, LevelLabel } from '../../../components/ui/level-icon';
import { rulesQueryOptions } from '../../../lib/rules-query';
import './rules.css';
import { LoadError } from '../../../components/ui/load-error';

/** Every rule, straight from GET /api/rules: nothing about the summary is hidden in code. */
export function RulesList() {
  const rules = useQuery(rulesQueryOptions());
  if (rules.isPending) return <p role="status">Loading the rules…</p>;
  if (rules.isError) {
    return (
      <LoadError title="The rules could not be loaded" message={rules.error.message} onRetry={() => rules.refetch()} />
    );
  }
  const { ruleSet, rules: list, sources } = rules.data;
  return (
    <>
      <dl className="rule-set-facts">
        <div>
          <dt>Version</dt>
          <dd>{ruleSet.version}</dd>
        </div>
        <div>
          <dt>Reviewed</dt>
          <dd>{ruleSet.reviewed}</dd>
        </div>
        <div>
          <dt>Hash</dt>
          <dd className="hash">{ruleSet.hash}</dd>
        </div>
        <div>
          <dt>Rules</dt>
          <dd>{list.length}</dd>
        </div>
      </dl>

      {levels.map((level) => (
        <section key={level} aria-labelledby={`rules-${level}`}>
          <h2 id={`rules-${level}`} className={`level-heading level-${level}`}>
            <LevelIcon level={level} />
            {levelLabels[level].label}
          </h2>
          <p className="hint">{levelLabels[level].description}</p>
          {list
            .filter((rule) => rule.level === level)
            .map((rule) => (
              <article
                key={rule.id}
                id={rule.id}
                className={`rule finding-${rule.level}`}
                aria-labelledby={`${rule.id}-title`}
              >
                <div className="finding-head">
                  <LevelLabel level={rule.level} />
                  {rule.contraindication && (
                    <strong className="contraindication-tag">Contraindication in a label or guideline</strong>
                  )}
                  <span className="rule-id">{rule.id}</span>
                </div>
                <h3 id={`${rule.id}-title`}>{rule.title}</h3>
                <p>
                  <strong>Fires when</strong> {rule.whenText}.
                </p>
                <p>
                  <strong>For the specialist:</strong> {rule.clinicianText}
                </p>
                <p>
                  <strong>For the patient</strong> (for a child under 12 the sheet speaks to the parent):{' '}
                  {rule.patientText}
                </p>
                {rule.pumpNow && (
                  <p>
                    <strong>On the patient sheet:</strong> the patient has a pump now, so the sheet is the one for life
                    with a pump, and its warning signs apply now.
                  </p>
                )}
                {rule.additions.length > 0 && (
                  <ul className="rule-additions">
                    {rule.additions.map((addition) => (
                      <li key={addition.whenText + (addition.patientText ?? addition.clinicianText)}>
                        <strong>Adds, when {addition.whenText}:</strong>{' '}
                        {[
                          addition.clinicianText && `for the specialist, “${addition.clinicianText}”`,
                          addition.patientText && `for the patient, “${addition.patientText}”`,
                        ]
                          .filter(Boolean)
                          .join('; ')}
                      </li>
                    ))}
                  </ul>
                )}
                <p className="rule-sources">
                  <strong>Sources:</strong> {rule.sources.map((source) => source.label).join('; ')}
                </p>
              </article>
            ))}
        </section>
      ))}

      <h2>Sources</h2>
      <ul>
        {sources.map((source) => (
          <li key={source.id}>
            {source.url ? <a href={source.url}>{source.label}</a> : source.label}{' '}
            <span className="rule-id">{source.id}</span>
          </li>
        ))}
      </ul>

      <h2>Changes</h2>
      {[...changelog].reverse().map((release) => (
        <section key={release.version} aria-labelledby={`release-${release.version}`}>
          <h3 id={`release-${release.version}`}>
            Version {release.version} ({release.date})
          </h3>
          <ul>
            {release.changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
          <p className="hash">{release.hash}</p>
        </section>
      ))}
    </>
  );
}

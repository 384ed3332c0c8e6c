import type { Intake } from '../../../../shared/api/intake';
import { referralData } from '../../../../shared/questions/referral';

/** A group this short prints whole, never split from its heading; a longer one may flow on into the next column. */
const shortGroupRows = 3;

/** Every answer in words, grouped as in the form: what the specialist reads first. */
export function ReferralData({ intake }: { intake: Intake }) {
  return (
    <section aria-labelledby="referral-data" className="referral-data">
      <h2 id="referral-data">Referral data</h2>
      <div className="referral-groups">
        {referralData(intake).map((group) => (
          <section
            key={group.step}
            aria-labelledby={`referral-${group.step}`}
            className={group.rows.length <= shortGroupRows ? 'referral-group referral-group-short' : 'referral-group'}
          >
            <h3 id={`referral-${group.step}`}>{group.title}</h3>
            <dl className="referral-list">
              {group.rows.map((row) => (
                <div key={row.path} className="referral-row">
                  <dt>{row.label}</dt>
                  {/* Isolated: an answer's direction stays inside it. */}
                  <dd className={row.path === 'notes' ? 'notes-echo' : undefined}>
                    <bdi>{row.words}</bdi>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </section>
  );
}

import { render } from '@testing-library/react';
import { examples } from '../../../../shared/examples/examples';
import { summarize } from '../../../../shared/rules/summarize';
import { testIdentity } from '../../../../shared/fixtures/test-identity';
import { numberReferences } from '../references';
import { FindingCard } from './finding-card';
import { ReferralData } from './referral-data';

// Issue 18, item 6: an answer shown on the summary is isolated (<bdi>), so its
// direction cannot reorder the words around it. The clinician text that quotes
// the description isolates the description inside the sentence.

const intake = {
  ...structuredClone(examples.find((example) => example.id === 'much-missing')!.intake),
  notes: 'Walks 50 m. ملاحظة',
};
intake.diagnosis.otherDescription = 'شلل تشنجي وراثي 12';

describe('user text on the summary', () => {
  it('referral data: every answer in a <bdi>, the description and the notes included', () => {
    const { container } = render(<ReferralData intake={intake} />);
    const answers = [...container.querySelectorAll('.referral-row dd')];
    expect(answers.length).toBeGreaterThan(20);
    for (const answer of answers) expect(answer.firstElementChild?.tagName, answer.textContent!).toBe('BDI');
    const isolated = [...container.querySelectorAll('dd > bdi')].map((bdi) => bdi.textContent);
    expect(isolated).toContain('شلل تشنجي وراثي 12');
    expect(isolated).toContain('Walks 50 m. ملاحظة');
  });

  it('a finding that quotes the description: the description alone in a <bdi>, the sentence around it outside', () => {
    const summary = summarize(intake, testIdentity);
    const finding = summary.findings.find((candidate) => candidate.ruleId === 'other-condition')!;
    expect(finding.clinicianText).toContain('“شلل تشنجي وراثي 12”. For the specialist');
    const { container } = render(
      <ul>
        <FindingCard
          finding={finding}
          references={numberReferences(summary.findings)}
          answers={['شلل تشنجي وراثي 12']}
        />
      </ul>,
    );
    const bdi = container.querySelector('.finding p bdi')!;
    expect(bdi.textContent).toBe('شلل تشنجي وراثي 12');
    expect(bdi.previousSibling!.textContent).toMatch(/described as “$/);
    expect(bdi.nextSibling!.textContent).toMatch(/^”\. For the specialist/);
  });
});

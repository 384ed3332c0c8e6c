import { RulesList } from '../features/rules/components/rules-list';
import { usePageTitle } from '../lib/use-page-title';

export default function RulesPage() {
  usePageTitle('How this works');
  return (
    <>
      <h1>How this works</h1>
      <p className="lead">
        The summary comes from a fixed set of rules drawn from the documented indications, product labels, guidelines
        and expert consensus. Each rule is data: when it fires, what it says, and its sources.
      </p>
      <ul>
        <li>One pure function checks every rule against the answers; the same answers always give the same summary.</li>
        <li>Each point in a summary shows the answers that raised it. Rules that did not fire are listed too.</li>
        <li>No rule decides anything: the summary lists points for the specialist and the patient to discuss.</li>
        <li>The server stores nothing and logs no answers. The rule set has a version, a review date and a hash.</li>
        <li>
          &ldquo;Severe&rdquo; in these rules is this tool&rsquo;s marker (Modified Ashworth 3 or 4, or Penn 3 or more),
          not a threshold from a label; the rules that use it say so and give the UK and trial thresholds beside it.
        </li>
        <li>The form does not screen for every contraindication: the specialist still takes a full history.</li>
      </ul>
      <p>
        For developers: <a href="/api/docs">API reference</a> and <a href="/api/openapi.json">OpenAPI document</a>.
      </p>
      <RulesList />
    </>
  );
}

import type { CodeSystem, CodeSystemConcept } from '@medplum/fhirtypes';
import { levelLabels } from '../api/labels';
import { levels } from '../api/summary';
import { describeCondition } from '../rules/describe';
import { ruleSet } from '../rules/rule-set';
import { answerLists, optionDisplay } from './answer-lists';
import { codeSystemUrl, publisher, resourceVersion, rulesCodeSystemId, sectionsCodeSystemId } from './canonical';
import { generatedNarrative, paragraph, table } from './narrative';

// The CodeSystems we publish at GET /api/fhir/CodeSystem/<id>: one per answer
// list of the form, one for the rule set (a code per rule id, used by the
// findings of the summary document) and one for the other sections of that
// document. Built once from the catalogue and the rule set, never by hand.

const pascal = (id: string) => id.replace(/(^|-)([a-z0-9])/g, (_, _dash, letter: string) => letter.toUpperCase());

function codeSystem(
  id: string,
  title: string,
  description: string,
  concept: CodeSystemConcept[],
  extra: Partial<CodeSystem> = {},
): CodeSystem {
  return {
    resourceType: 'CodeSystem',
    id,
    text: generatedNarrative(
      paragraph(`${title}. ${description}`),
      table(
        ['Code', 'Display'],
        concept.map((item) => [item.code ?? '', item.display ?? '']),
      ),
    ),
    url: codeSystemUrl(id),
    version: resourceVersion,
    name: pascal(id),
    title,
    status: 'active',
    experimental: false,
    date: ruleSet.reviewed,
    publisher,
    description,
    caseSensitive: true,
    content: 'complete',
    count: concept.length,
    ...extra,
    concept,
  };
}

const answerCodeSystems = answerLists.map((list) =>
  codeSystem(
    list.id,
    `ITB referral answers: ${list.name.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`)}`,
    'Answers of the ITB referral form; each code is the value the form sends in its JSON (intake v2).',
    list.options.map((option) => ({ code: String(option.value), display: optionDisplay(option) })),
  ),
);

const rulesCodeSystem = codeSystem(
  rulesCodeSystemId,
  `Rules of rule set ${ruleSet.id}`,
  `One code per rule of rule set ${ruleSet.id} version ${ruleSet.version}: the points a discussion summary can raise. A rule that fires is a point to discuss, never a decision.`,
  ruleSet.rules.map((rule) => ({
    code: rule.id,
    display: rule.title,
    definition: `Raised when ${describeCondition(rule.when)}.`,
    property: [{ code: 'level', valueCode: rule.level }],
  })),
  { property: [{ code: 'level', description: 'The level of the summary the point is listed under', type: 'code' }] },
);

const sectionsCodeSystem = codeSystem(
  sectionsCodeSystemId,
  'Sections of the ITB referral discussion summary',
  'The sections of the summary document other than the findings: one per level, the rules not triggered, and the referral data.',
  [
    ...levels.map((level) => ({
      code: level,
      display: levelLabels[level].label,
      definition: levelLabels[level].description,
    })),
    {
      code: 'not-triggered',
      display: 'Rules not triggered',
      definition: 'Rules that were checked and did not apply to these answers.',
    },
    { code: 'referral-data', display: 'Referral data', definition: 'Every answer of the referral form, in words.' },
  ],
);

export const codeSystems: readonly CodeSystem[] = [...answerCodeSystems, rulesCodeSystem, sectionsCodeSystem];

export const codeSystemById: ReadonlyMap<string, CodeSystem> = new Map(
  codeSystems.map((system) => [system.id!, system]),
);

import type { ConceptMap } from '@medplum/fhirtypes';
import { condition } from '../questions/answers';
import { ruleSet } from '../rules/rule-set';
import { answerLists } from './answer-lists';
import { canonicalBase, publisher, resourceVersion, systems } from './canonical';
import { generatedNarrative, paragraph, table } from './narrative';
import { snomedConditions } from './well-known-codes';

// Our condition codes beside SNOMED CT, for a record that files the answers
// and codes its problem list in SNOMED CT. A Coding holds one code, so the
// Questionnaire and its responses carry ours; this map carries the others. The
// CDS Hooks service reads the same table the other way.

export const conditionMapId = 'itb-referral-condition-snomed';

const conditionSystem = answerLists.find((list) => list.options === condition)!;

const elements = condition.map((option) => {
  const snomed = snomedConditions[option.value as keyof typeof snomedConditions];
  return snomed
    ? {
        code: String(option.value),
        display: option.label,
        target: [{ code: snomed.code, display: snomed.display, equivalence: 'equivalent' as const }],
      }
    : {
        code: String(option.value),
        display: option.label,
        target: [
          {
            equivalence: 'unmatched' as const,
            comment: 'Any other condition, described in words in diagnosis.otherDescription.',
          },
        ],
      };
});

export const conditionMap: ConceptMap = {
  resourceType: 'ConceptMap',
  id: conditionMapId,
  text: generatedNarrative(
    paragraph('Conditions of the ITB referral form and their SNOMED CT concepts.'),
    table(
      ['Form code', 'SNOMED CT'],
      elements.map((element) => [
        element.code,
        'code' in element.target[0]! ? `${element.target[0].code} ${element.target[0].display}` : 'none',
      ]),
    ),
  ),
  url: `${canonicalBase}/ConceptMap/${conditionMapId}`,
  version: resourceVersion,
  name: 'ItbReferralConditionSnomed',
  title: 'ITB referral conditions to SNOMED CT',
  status: 'active',
  experimental: false,
  date: ruleSet.reviewed,
  publisher,
  description:
    'The condition answers of the ITB referral form (intake v2) mapped to SNOMED CT International Edition concepts.',
  group: [{ source: conditionSystem.url, target: systems.snomed, element: elements }],
};

import type { CapabilityStatement, OperationDefinition } from '@medplum/fhirtypes';
import { ruleSet } from '../rules/rule-set';
import { canonicalBase, fhirVersion, publisher, resourceVersion } from './canonical';
import { generatedNarrative, paragraph } from './narrative';

// What a FHIR client asks first (GET /api/fhir/metadata): the resources served
// and the two operations, each defined by an OperationDefinition we serve too.

const operation = (
  code: 'intake' | 'summary',
  description: string,
  output: OperationDefinition['parameter'],
): OperationDefinition => ({
  resourceType: 'OperationDefinition',
  id: `QuestionnaireResponse-${code}`,
  text: generatedNarrative(paragraph(`$${code} on QuestionnaireResponse: ${description}`)),
  url: `${canonicalBase}/OperationDefinition/QuestionnaireResponse-${code}`,
  version: resourceVersion,
  name: code === 'intake' ? 'Intake' : 'Summary',
  status: 'active',
  kind: 'operation',
  date: ruleSet.reviewed,
  publisher,
  description,
  affectsState: false,
  code,
  comment:
    'Post the QuestionnaireResponse itself (application/fhir+json or application/json). Errors are a 400 OperationOutcome, one issue per problem, its expression naming the item by linkId.',
  resource: ['QuestionnaireResponse'],
  system: false,
  type: true,
  instance: false,
  parameter: [
    {
      name: 'response',
      use: 'in',
      min: 1,
      max: '1',
      type: 'QuestionnaireResponse',
      documentation: `A response to Questionnaire ${ruleSet.id} ${ruleSet.version}`,
    },
    ...(output ?? []),
  ],
});

export const operationDefinitions: readonly OperationDefinition[] = [
  operation(
    'intake',
    'the answers as the intake JSON of the ITB Referral Aid API (application/json, not a FHIR resource; lists as sets in the order of the options).',
    [],
  ),
  operation('summary', 'the discussion summary as a document Bundle; needs authored, which dates the document.', [
    { name: 'return', use: 'out', min: 1, max: '1', type: 'Bundle', documentation: 'A Bundle of type document' },
  ]),
];

export const capabilityStatement: CapabilityStatement = {
  resourceType: 'CapabilityStatement',
  id: 'itb-referral-aid',
  text: generatedNarrative(
    paragraph(
      'FHIR R4 endpoints of ITB Referral Aid: the referral form, its code systems, and two operations on a response to it.',
    ),
  ),
  url: `${canonicalBase}/CapabilityStatement/itb-referral-aid`,
  version: resourceVersion,
  name: 'ItbReferralAid',
  status: 'active',
  date: ruleSet.reviewed,
  publisher,
  description:
    'Read-only FHIR R4 endpoints without authentication: they hold no patient data and store nothing. No search, no history, JSON only.',
  kind: 'instance',
  software: { name: publisher, version: resourceVersion },
  implementation: { description: 'ITB Referral Aid, /api/fhir' },
  fhirVersion,
  format: ['application/fhir+json'],
  rest: [
    {
      mode: 'server',
      resource: [
        { type: 'Questionnaire', interaction: [{ code: 'read' }] },
        { type: 'CodeSystem', interaction: [{ code: 'read' }] },
        { type: 'ConceptMap', interaction: [{ code: 'read' }] },
        { type: 'OperationDefinition', interaction: [{ code: 'read' }] },
        {
          type: 'QuestionnaireResponse',
          operation: operationDefinitions.map((definition) => ({
            name: definition.code!,
            definition: definition.url!,
          })),
        },
      ],
    },
  ],
};

import { ruleSet } from '../rules/rule-set';

// Canonical URLs of the FHIR resources this tool defines. A canonical URL is a
// stable name, not an address: the resources are served under /api/fhir. The
// host is a placeholder (RFC 2606 reserves .example) until the tool has a
// public home; changing it is a new version of every resource below.

export const canonicalBase = 'https://itb-referral-aid.example/fhir';

export const fhirVersion = '4.0.1';

/** The version of every resource we publish: the rule set's, which pins the catalogue it was written for. */
export const resourceVersion = ruleSet.version;

export const publisher = 'ITB Referral Aid';

export const questionnaireId = 'itb-referral';
export const questionnaireUrl = `${canonicalBase}/Questionnaire/${questionnaireId}`;

export const codeSystemUrl = (id: string) => `${canonicalBase}/CodeSystem/${id}`;

/** The rule set as a code system: one code per rule id. */
export const rulesCodeSystemId = `${ruleSet.id}-rules`;
/** Sections of the summary document that are not findings: one per level, rules not triggered, referral data. */
export const sectionsCodeSystemId = `${ruleSet.id}-summary-sections`;

export const systems = {
  snomed: 'http://snomed.info/sct',
  loinc: 'http://loinc.org',
  ucum: 'http://unitsofmeasure.org',
  itemControl: 'http://hl7.org/fhir/questionnaire-item-control',
  uuid: 'urn:ietf:rfc:3986',
} as const;

export const extensions = {
  itemControl: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
  choiceOrientation: 'http://hl7.org/fhir/StructureDefinition/questionnaire-choiceOrientation',
  minValue: 'http://hl7.org/fhir/StructureDefinition/minValue',
  maxValue: 'http://hl7.org/fhir/StructureDefinition/maxValue',
  unit: 'http://hl7.org/fhir/StructureDefinition/questionnaire-unit',
  ordinalValue: 'http://hl7.org/fhir/StructureDefinition/ordinalValue',
  /** R4's constraint on answers (FHIRPath in valueString). */
  constraint: 'http://hl7.org/fhir/StructureDefinition/questionnaire-constraint',
  /** The same constraint as SDC 3 and R5 name it (FHIRPath in valueExpression): what Smart Forms reads. */
  targetConstraint: 'http://hl7.org/fhir/StructureDefinition/targetConstraint',
} as const;

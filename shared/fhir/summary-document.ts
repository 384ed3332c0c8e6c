import type { Bundle, Composition, CompositionSection, QuestionnaireResponse } from '@medplum/fhirtypes';
import type { Intake } from '../api/intake';
import { levelLabels } from '../api/labels';
import { levels, type Finding, type Level, type Summary } from '../api/summary';
import { describeField } from '../questions/lookup';
import { referralData } from '../questions/referral';
import { rules } from '../rules/rule-set';
import { citationsOf } from '../rules/sources';
import { valueInWords } from '../rules/words';
import { canonicalBase, codeSystemUrl, publisher, rulesCodeSystemId, sectionsCodeSystemId, systems } from './canonical';
import { escapeXml, generatedNarrative, list, paragraph, table } from './narrative';
import { questionnaireResponseOf } from './questionnaire-response';
import { referralNoteType } from './well-known-codes';

// The discussion summary as a FHIR document (Bundle type document): a
// Composition and the answers it was made from (the QuestionnaireResponse as
// read). Pure: the caller gives the ids (a hash of the answers) and the time
// comes from `authored`, never a clock, so the same response always gives the
// same bytes. The document names no patient: the record that files it links it
// to one. Its author is this tool at its rule set version, named by identifier
// (a logical reference: the tool is not a resource anyone can fetch).

export type DocumentIds = { bundle: string; composition: string; response: string };

export const documentTitle = 'Intrathecal baclofen (ITB) referral: discussion summary';
export const notADecision =
  'This summary lists points for a specialist to discuss. It is not a decision about treatment.';
const notScreened = 'This form does not screen for every contraindication.';

// Cautions first, as on the page and in its print ("Look first").
const documentLevels: readonly Level[] = ['caution', ...levels.filter((level) => level !== 'caution')];

// What a rule alone decides (its code, the list of its sources, its line among the rules
// not triggered) is written once per rule set: escaping that text again for every document
// was much of the cost of $summary. Only rule text is kept, never an answer.
const ruleParts = new Map(
  rules.map((rule) => [
    rule.id,
    {
      code: { coding: [{ system: codeSystemUrl(rulesCodeSystemId), code: rule.id, display: rule.title }] },
      sources: `<p><b>Sources:</b></p>${list(citationsOf(rule.sources).map((source) => source.label))}`,
      notTriggered: `<li>${escapeXml(`${rule.title} (${rule.id})`)}</li>`,
    },
  ]),
);

const sectionCode = (code: string, display: string) => ({
  coding: [{ system: codeSystemUrl(sectionsCodeSystemId), code, display }],
});

const because = (finding: Finding) =>
  finding.because.map((entry) => `${describeField(entry.path)}: ${valueInWords(entry.path, entry.value)}`).join('; ');

function findingSection(finding: Finding): CompositionSection {
  const parts = ruleParts.get(finding.ruleId)!;
  return {
    title: finding.title,
    code: parts.code,
    text: generatedNarrative(
      paragraph(finding.clinicianText),
      `<p><b>Because:</b> ${escapeXml(because(finding))}</p>`,
      parts.sources,
    ),
  };
}

function levelSection(level: Level, findings: readonly Finding[]): CompositionSection {
  const atLevel = findings.filter((finding) => finding.level === level);
  const label = level === 'caution' ? 'Look first: cautions' : levelLabels[level].label;
  const none =
    level === 'caution' ? `No caution was raised by these answers. ${notScreened}` : 'No point at this level.';
  return {
    title: `${label} (${atLevel.length})`,
    code: sectionCode(level, levelLabels[level].label),
    text: generatedNarrative(paragraph(atLevel.length > 0 ? levelLabels[level].description : none)),
    ...(atLevel.length > 0 ? { section: atLevel.map(findingSection) } : {}),
  };
}

/** Every answer in words, a table per step of the form: the referral data section and the response's own narrative. */
const answerTables = (intake: Intake): string[] =>
  referralData(intake)
    .filter((group) => group.rows.length > 0)
    .map(
      (group) =>
        `<h3>${escapeXml(group.title)}</h3>${table(
          ['Question', 'Answer'],
          group.rows.map((row) => [row.label, row.words]),
        )}`,
    );

function referralSection(tables: readonly string[], responseRef: string): CompositionSection {
  return {
    title: 'Referral data',
    code: sectionCode('referral-data', 'Referral data'),
    text: generatedNarrative(...tables),
    entry: [{ reference: responseRef, display: 'The answers of the referral form' }],
  };
}

function notTriggeredSection(summary: Summary): CompositionSection {
  return {
    title: `Rules not triggered (${summary.notFired.length})`,
    code: sectionCode('not-triggered', 'Rules not triggered'),
    text: generatedNarrative(
      paragraph(`These rules were checked and did not apply to these answers. ${notScreened}`),
      `<ul>${summary.notFired.map((id) => ruleParts.get(id)!.notTriggered).join('')}</ul>`,
    ),
  };
}

export function summaryDocument(input: {
  intake: Intake;
  summary: Summary;
  authored: string;
  ids: DocumentIds;
}): Bundle {
  const { intake, summary, authored, ids } = input;
  const { ruleSet } = summary;
  const url = (id: string) => `urn:uuid:${id}`;
  const toolName = `${publisher}, rule set ${ruleSet.id} ${ruleSet.version}`;

  const tables = answerTables(intake);
  // A resource in a document carries its own narrative (dom-6): the answers in words, as in the referral data.
  const { resourceType, ...answers } = questionnaireResponseOf(intake, authored);
  const response: QuestionnaireResponse = {
    resourceType,
    id: ids.response,
    text: generatedNarrative(paragraph('The answers of the ITB referral form, in words.'), ...tables),
    ...answers,
  };
  const composition: Composition = {
    resourceType: 'Composition',
    id: ids.composition,
    text: generatedNarrative(
      `<h2>${escapeXml(documentTitle)}</h2>`,
      paragraph(notADecision),
      paragraph(
        `Rule set ${ruleSet.id} version ${ruleSet.version}, reviewed ${ruleSet.reviewed}; ${ruleSet.hash}. ${summary.findings.length} points raised, ${summary.notFired.length} rules not triggered.`,
      ),
    ),
    status: 'final',
    type: { coding: [{ system: systems.loinc, ...referralNoteType }], text: 'ITB referral discussion summary' },
    date: authored,
    author: [
      {
        type: 'Device',
        identifier: { system: `${canonicalBase}/rule-set`, value: `${ruleSet.id}|${ruleSet.version}` },
        display: toolName,
      },
    ],
    title: documentTitle,
    section: [
      referralSection(tables, url(ids.response)),
      ...documentLevels.map((level) => levelSection(level, summary.findings)),
      notTriggeredSection(summary),
    ],
  };
  return {
    resourceType: 'Bundle',
    id: ids.bundle,
    identifier: { system: systems.uuid, value: url(ids.bundle) },
    type: 'document',
    timestamp: authored,
    entry: [composition, response].map((resource) => ({ fullUrl: url(resource.id!), resource })),
  };
}

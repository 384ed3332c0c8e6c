import type { Extension, Questionnaire, QuestionnaireItem, QuestionnaireItemEnableWhen } from '@medplum/fhirtypes';
import type { Intake } from '../api/intake';
import { questions } from '../questions/catalogue';
import { questionByPath } from '../questions/lookup';
import type { Question } from '../questions/types';
import { ruleSet } from '../rules/rule-set';
import type { Condition } from '../conditions/grammar';
import { extensions, publisher, questionnaireId, questionnaireUrl, resourceVersion } from './canonical';
import { generatedNarrative, paragraph } from './narrative';
import { answerCoding, questionItems } from './question-items';

// The referral form as a FHIR R4 Questionnaire, generated from the question
// catalogue. Questions keep catalogue order; those of one intake section
// ("spasticity.modifiedAshworth") sit in a group whose linkId is the section
// ("spasticity"); otherTreatments, goals and notes stand at the top level.
// A follow-up is shown by enableWhen; a run of follow-ups on one condition (the
// oral baclofen details) is one group shown by it.

type Section = {
  [K in keyof Intake]-?: Exclude<Intake[K], undefined> extends readonly unknown[] | string ? never : K;
}[keyof Intake];

export const sectionTitles: Record<Section, string> = {
  patient: 'The patient',
  diagnosis: 'Diagnosis',
  spasticity: 'Spasticity',
  oralBaclofen: 'Oral baclofen',
  considerations: 'Things the specialist needs to know',
};

/** Groups of follow-ups that share one condition, by section: their linkId and title. */
const followUpGroups: Partial<Record<Section, { linkId: string; text: string }>> = {
  oralBaclofen: { linkId: 'oralBaclofen.details', text: 'About the oral baclofen' },
};

const sectionOf = (question: Question): Section | undefined =>
  question.path.includes('.') ? (question.path.split('.')[0] as Section) : undefined;

/** enableWhen for the two shapes the catalogue uses: one answer (`eq`), or any of several (`in`). */
function enableWhen(condition: Condition): Pick<QuestionnaireItem, 'enableWhen' | 'enableBehavior'> {
  if (!('path' in condition) || !('eq' in condition || 'in' in condition)) {
    throw new Error(`askedWhen ${JSON.stringify(condition)} has no enableWhen form: extend questionnaire.ts`);
  }
  const source = questionByPath.get(condition.path)!;
  const values = 'eq' in condition ? [condition.eq] : condition.in;
  const when: QuestionnaireItemEnableWhen[] = values.map((value) => ({
    question: condition.path,
    operator: '=',
    answerCoding: answerCoding(source, value)!,
  }));
  return when.length > 1 ? { enableWhen: when, enableBehavior: 'any' } : { enableWhen: when };
}

/** The items of the questions of one section (or of the top level), follow-up runs grouped. */
function sectionItems(members: readonly Question[]): QuestionnaireItem[] {
  const items: QuestionnaireItem[] = [];
  for (let i = 0; i < members.length; i++) {
    const question = members[i]!;
    const condition = question.askedWhen;
    let end = i + 1;
    while (condition && end < members.length && members[end]!.askedWhen === condition) end += 1;
    if (!condition) items.push(...questionItems(question));
    else if (end - i === 1)
      items.push(...questionItems(question).map((item) => ({ ...item, ...enableWhen(condition) })));
    else {
      const group = followUpGroups[sectionOf(question)!];
      if (!group)
        throw new Error(`Follow-ups from ${question.path} on share a condition: name their group in followUpGroups`);
      items.push({
        ...group,
        type: 'group',
        ...enableWhen(condition),
        item: members.slice(i, end).flatMap(questionItems),
      });
    }
    i = end - 1;
  }
  return items;
}

function formItems(): QuestionnaireItem[] {
  const items: QuestionnaireItem[] = [];
  for (let i = 0; i < questions.length;) {
    const section = sectionOf(questions[i]!);
    let end = i + 1;
    while (end < questions.length && sectionOf(questions[end]!) === section) end += 1;
    const members = questions.slice(i, end);
    items.push(
      ...(section
        ? [{ linkId: section, text: sectionTitles[section], type: 'group' as const, item: sectionItems(members) }]
        : sectionItems(members)),
    );
    i = end;
  }
  return items;
}

// The schema's rule across two answers (checkAcrossSections in intake.ts): months since onset
// at most (age + 1) × 12. A constraint on the months item in both the R4 extension and the one
// SDC 3 and R5 define (Smart Forms reads only that one; LHC-Forms 40 evaluates neither), and its
// words in the item's help, which both renderers show.
const monthsItem = 'diagnosis.monthsSinceOnset';
const answerOf = (linkId: string) => `%resource.repeat(item).where(linkId='${linkId}').answer.value`;
const monthsWithinAge = {
  key: 'months-within-age',
  human: 'Months since onset can be at most (age + 1) × 12: at most 36 for a 2-year-old.',
  expression: `(${answerOf(monthsItem)}.exists() and ${answerOf('patient.ageYears')}.exists()) implies ${answerOf(monthsItem)}.first() <= (${answerOf('patient.ageYears')}.first() + 1) * 12`,
};

function withConstraint(item: QuestionnaireItem): QuestionnaireItem {
  const { key, human, expression } = monthsWithinAge;
  const parts = (value: Omit<Extension, 'url'>) => [
    { url: 'key', valueId: key },
    { url: 'severity', valueCode: 'error' },
    { url: 'expression', ...value },
    { url: 'human', valueString: human },
  ];
  return {
    ...item,
    extension: [
      ...(item.extension ?? []),
      { url: extensions.constraint, extension: parts({ valueString: expression }) },
      {
        url: extensions.targetConstraint,
        extension: parts({ valueExpression: { language: 'text/fhirpath', expression } }),
      },
    ],
    item: item.item?.map((help) => ({ ...help, text: `${help.text} ${human}` })),
  };
}

const withConstraints = (items: readonly QuestionnaireItem[]): QuestionnaireItem[] =>
  items.map((child) =>
    child.linkId === monthsItem
      ? withConstraint(child)
      : { ...child, ...(child.item ? { item: withConstraints(child.item) } : {}) },
  );

const item = withConstraints(formItems());
const questionCount = questions.length;

export const questionnaire: Questionnaire = {
  resourceType: 'Questionnaire',
  id: questionnaireId,
  text: generatedNarrative(
    paragraph(
      `Intrathecal baclofen (ITB) referral form, version ${resourceVersion}: ${questionCount} questions about a patient with spasticity.`,
    ),
    paragraph(
      'Answers make a discussion summary for the specialist, never a decision. Do not enter names, dates of birth or record numbers.',
    ),
  ),
  url: questionnaireUrl,
  version: resourceVersion,
  name: 'ItbReferral',
  title: 'Intrathecal baclofen (ITB) referral',
  status: 'active',
  experimental: false,
  subjectType: ['Patient'],
  date: ruleSet.reviewed,
  publisher,
  description: `The referral form of ITB Referral Aid (intake v2). Its answers, applied to rule set ${ruleSet.id} ${ruleSet.version}, give a discussion summary: points for the specialist and the patient to discuss, each with the answers that raised it and its sources. It is never a decision.`,
  purpose: 'A physician refers a patient with spasticity to a specialist to discuss an intrathecal baclofen pump.',
  item,
};

const locations = new Map<string, readonly string[]>();
const byLinkId = new Map<string, QuestionnaireItem>();
(function index(items: readonly QuestionnaireItem[], ancestors: readonly string[]) {
  for (const child of items) {
    const path = [...ancestors, child.linkId!];
    locations.set(child.linkId!, path);
    byLinkId.set(child.linkId!, child);
    index(child.item ?? [], path);
  }
})(item, []);

/** Where each item sits: the linkIds of its ancestors, outermost first, then its own. */
export const itemLocations: ReadonlyMap<string, readonly string[]> = locations;

/** Every item by linkId. */
export const itemByLinkId: ReadonlyMap<string, QuestionnaireItem> = byLinkId;

import type { QuestionnaireItem } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { intakeSchema } from '../api/intake';
import { examples } from '../examples/examples';
import { questions } from '../questions/catalogue';
import { setPath } from '../questions/set-path';
import { readPath } from '../conditions/holds';
import { codeSystemById } from './code-systems';
import { extensions } from './canonical';
import { itemByLinkId, itemLocations, questionnaire } from './questionnaire';
import { ruleSet } from '../rules/rule-set';

const item = (linkId: string) => itemByLinkId.get(linkId)!;
const extension = (of: QuestionnaireItem, url: string) => of.extension?.find((candidate) => candidate.url === url);
const control = (of: QuestionnaireItem) =>
  extension(of, extensions.itemControl)?.valueCodeableConcept?.coding?.[0]?.code;

describe('Questionnaire itb-referral, generated from the question catalogue', () => {
  it('has one item per question, its linkId the intake dot path, in a group named by its section', () => {
    for (const question of questions) {
      expect(item(question.path)?.text, question.path).toBe(question.question);
      const [section] = question.path.split('.');
      const chain = itemLocations.get(question.path)!;
      if (question.path.includes('.')) expect(chain[0], question.path).toBe(section);
      else expect(chain).toEqual([question.path]);
    }
    expect(questionnaire.item!.map((top) => top.linkId)).toEqual([
      'patient',
      'diagnosis',
      'spasticity',
      'oralBaclofen',
      'otherTreatments',
      'goals',
      'considerations',
      'notes',
    ]);
    expect(questionnaire).toMatchObject({
      status: 'active',
      version: ruleSet.version,
      url: 'https://itb-referral-aid.example/fhir/Questionnaire/itb-referral',
    });
  });

  it('shows the follow-ups by enableWhen: the oral baclofen details as one group, dysreflexia on either of two conditions', () => {
    const coding = (code: string) => expect.objectContaining({ code });
    expect(itemLocations.get('oralBaclofen.response')).toEqual([
      'oralBaclofen',
      'oralBaclofen.details',
      'oralBaclofen.response',
    ]);
    expect(item('oralBaclofen.details')).toMatchObject({
      type: 'group',
      enableWhen: [{ question: 'oralBaclofen.tried', operator: '=', answerCoding: coding('yes') }],
    });
    expect(item('oralBaclofen.details').item!.map((child) => child.linkId)).toEqual([
      'oralBaclofen.highestDailyDoseMg',
      'oralBaclofen.highestDailyDoseMg.notKnown',
      'oralBaclofen.response',
      'oralBaclofen.sideEffects',
      'oralBaclofen.sideEffectsLimitedDose',
    ]);
    expect(item('diagnosis.otherDescription').enableWhen).toEqual([
      { question: 'diagnosis.condition', operator: '=', answerCoding: coding('other') },
    ]);
    expect(item('diagnosis.gmfcs').enableWhen).toEqual([
      { question: 'diagnosis.condition', operator: '=', answerCoding: coding('cerebral_palsy') },
    ]);
    expect(item('diagnosis.injuryLevel').enableWhen).toEqual([
      { question: 'diagnosis.condition', operator: '=', answerCoding: coding('spinal_cord_injury') },
    ]);
    expect(item('considerations.autonomicDysreflexia')).toMatchObject({
      enableBehavior: 'any',
      enableWhen: [{ answerCoding: coding('spinal_cord_injury') }, { answerCoding: coding('multiple_sclerosis') }],
    });
  });

  it('codes every closed answer with its intake value in a CodeSystem we serve, and the words of the form', () => {
    for (const question of questions) {
      if (question.kind !== 'choice' && question.kind !== 'list') continue;
      const of = item(question.path);
      if (of.type === 'integer') continue; // the Penn score: below
      expect(of.type).toBe('choice');
      expect(control(of), question.path).toBe(question.kind === 'list' ? 'check-box' : 'radio-button');
      expect(Boolean(of.repeats)).toBe(question.kind === 'list');
      const codings = of.answerOption!.map((option) => option.valueCoding!);
      expect(codings.map((coding) => coding.code)).toEqual(question.options.map((option) => option.value));
      const system = codeSystemById.get(codings[0]!.system!.split('/').at(-1)!)!;
      expect(system.url).toBe(codings[0]!.system);
      for (const coding of codings)
        expect(system.concept!.find((concept) => concept.code === coding.code)?.display).toBe(coding.display);
    }
    expect(item('spasticity.modifiedAshworth').answerOption![2]!.valueCoding).toMatchObject({
      code: '1+',
      display: '1+ – Slight increase: a catch, then resistance through less than half the range',
    });
    expect(item('diagnosis.condition').answerOption!.map((option) => option.valueCoding!.display)).toContain(
      'Cerebral palsy',
    );
  });

  it('gives numbers their bounds and unit, and a "Not known" box beside each nullable number', () => {
    expect(item('patient.ageYears')).toMatchObject({ type: 'integer', required: true });
    expect(extension(item('patient.ageYears'), extensions.minValue)).toMatchObject({ valueInteger: 0 });
    expect(extension(item('patient.ageYears'), extensions.maxValue)).toMatchObject({ valueInteger: 120 });
    expect(extension(item('patient.weightKg'), extensions.maxValue)).toMatchObject({ valueDecimal: 300 });
    expect(extension(item('oralBaclofen.highestDailyDoseMg'), extensions.unit)?.valueCoding).toEqual({
      system: 'http://unitsofmeasure.org',
      code: 'mg/d',
      display: 'mg a day',
    });
    for (const path of [
      'diagnosis.monthsSinceOnset',
      'spasticity.pennSpasmFrequency',
      'oralBaclofen.highestDailyDoseMg',
    ]) {
      // The number or its box: the number is required while the box is not ticked, and hidden once it is.
      expect(item(path), path).toMatchObject({
        required: true,
        enableBehavior: 'any',
        enableWhen: [
          { question: `${path}.notKnown`, operator: 'exists', answerBoolean: false },
          { question: `${path}.notKnown`, operator: '=', answerBoolean: false },
        ],
      });
      expect(item(`${path}.notKnown`), path).toMatchObject({ type: 'boolean' });
      expect(item(`${path}.notKnown`).required, path).toBeUndefined();
      expect(itemLocations.get(`${path}.notKnown`)!.slice(0, -1)).toEqual(itemLocations.get(path)!.slice(0, -1));
    }
    expect(item('spasticity.pennSpasmFrequency.notKnown').text).toBe('Penn spasm frequency score: not assessed');
    expect(item('diagnosis.monthsSinceOnset.notKnown').text).toBe('Time since onset or injury: not known');
    // The Penn score is a closed list of numbers in the catalogue: a whole number from 0 to 4 here.
    expect(item('spasticity.pennSpasmFrequency').type).toBe('integer');
    expect(item('spasticity.pennSpasmFrequency').answerOption).toBeUndefined();
    expect(extension(item('spasticity.pennSpasmFrequency'), extensions.maxValue)).toMatchObject({ valueInteger: 4 });
  });

  it('marks required exactly the questions the schema needs, and carries the hints as flyovers', () => {
    for (const question of questions.filter((candidate) => item(candidate.path).required)) {
      // Take an intake where the question is asked and leave its answer out: the schema must refuse it.
      const example = examples.find((candidate) => readPath(candidate.intake, question.path) !== undefined)!;
      const intake = structuredClone(example.intake) as Record<string, unknown>;
      setPath(intake, question.path, undefined);
      const paths = intakeSchema
        .safeParse(JSON.parse(JSON.stringify(intake)))
        .error?.issues.map((issue) => issue.path.join('.'));
      expect(paths, question.path).toContain(question.path);
    }
    const help = item('spasticity.modifiedAshworth').item![0]!;
    expect(help).toMatchObject({ type: 'display', text: 'The highest score in the affected muscle groups.' });
    // Smart Forms shows a flyover, not a help item; LHC-Forms shows either as its help button.
    const hints = [...itemByLinkId.values()].filter((candidate) => candidate.type === 'display');
    expect(hints).toHaveLength(questions.filter((question) => question.hint !== undefined).length);
    for (const hint of hints) expect(control(hint), hint.linkId).toBe('flyover');
    expect(item('spasticity.pennSpasmFrequency').item![0]!.text).toContain('3: Spasms more than once an hour');
  });

  it('states months since onset at most (age + 1) × 12 as a constraint (R4 and SDC 3 names) and in its hint', () => {
    const months = item('diagnosis.monthsSinceOnset');
    const parts = (url: string) =>
      Object.fromEntries(
        extension(months, url)!.extension!.map(({ url: part, ...value }) => [part, Object.values(value)[0]]),
      );
    const r4 = parts('http://hl7.org/fhir/StructureDefinition/questionnaire-constraint');
    expect(r4).toMatchObject({
      key: 'months-within-age',
      severity: 'error',
      human: expect.stringContaining('(age + 1) × 12'),
    });
    expect(parts('http://hl7.org/fhir/StructureDefinition/targetConstraint')).toEqual({
      ...r4,
      expression: { language: 'text/fhirpath', expression: r4.expression },
    });
    expect(months.item![0]!.text).toContain(r4.human);
  });
});

import type { QuestionnaireResponse, QuestionnaireResponseItem } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { examples } from '../examples/examples';
import { intakeWith } from '../fixtures/intakes';
import { listsAsSets } from '../fixtures/lists-as-sets';
import { questionnaireResponseOf } from './questionnaire-response';
import { intakeFromResponse } from './response-to-intake';

// The reader of QuestionnaireResponses: what real renderers send is accepted,
// and every problem is one issue whose expression names the item by linkId.

const authored = '2026-11-25T14:30:00Z';
const example = examples.find((candidate) => candidate.id === 'ms-drowsiness')!;
const responseOf = (intake = example.intake) => questionnaireResponseOf(intake, authored);

/** All question items, wherever they are nested. */
const flatten = (items: readonly QuestionnaireResponseItem[] = []): QuestionnaireResponseItem[] =>
  items.flatMap((item) =>
    item.answer ? [item, ...flatten(item.answer.flatMap((answer) => answer.item ?? []))] : flatten(item.item),
  );

const find = (response: QuestionnaireResponse, linkId: string) =>
  flatten(response.item).find((item) => item.linkId === linkId)!;
const where = (...linkIds: string[]) =>
  `QuestionnaireResponse${linkIds.map((id) => `.item.where(linkId='${id}')`).join('')}`;

describe('QuestionnaireResponse to intake', () => {
  it('gives back every worked example, lists as sets in the order of the options', () => {
    for (const { id, intake } of examples) {
      const read = intakeFromResponse(JSON.parse(JSON.stringify(responseOf(intake))));
      expect(read.ok && listsAsSets(read.intake), id).toEqual(listsAsSets(intake));
    }
    const read = intakeFromResponse(responseOf());
    expect(read.ok && read.intake.goals).toEqual(['fewer_spasms', 'better_sleep', 'transfers']);
  });

  it('accepts what renderers add: meta, id, text, extensions, url|version, flat items, children under an answer, lists in any order', () => {
    const response = responseOf() as QuestionnaireResponse & Record<string, unknown>;
    const flat: QuestionnaireResponse = {
      ...response,
      id: 'from-lforms',
      meta: {
        profile: ['http://hl7.org/fhir/4.0/StructureDefinition/QuestionnaireResponse'],
        tag: [{ code: 'lformsVersion: 40.1.3' }],
      },
      text: { status: 'generated', div: '<div xmlns="http://www.w3.org/1999/xhtml">answers</div>' },
      extension: [{ url: 'http://example.org/renderer', valueString: 'x' }],
      item: flatten(response.item).map((item) => ({ ...item, answer: [...item.answer!].reverse() })),
    };
    expect(intakeFromResponse(flat)).toEqual({ ok: true, intake: example.intake, authored });
    expect(flat.item!.find((item) => item.linkId === 'goals')!.answer![0]!.valueCoding!.code).toBe('transfers');

    // The oral baclofen details nested under the answer "yes", as a renderer may nest a question's children.
    const nested = responseOf();
    const oral = nested.item!.find((item) => item.linkId === 'oralBaclofen')!;
    const [tried, details] = oral.item!;
    oral.item = [{ ...tried!, answer: [{ ...tried!.answer![0]!, item: [details!] }] }];
    expect(intakeFromResponse(nested)).toEqual({ ok: true, intake: example.intake, authored });
  });

  it('reads an empty list from no answer, "Not known" from its box, and leaves out what was not asked', () => {
    const intake = intakeWith((draft) => {
      draft.spasticity.impacts = [];
      draft.diagnosis.monthsSinceOnset = null;
      draft.oralBaclofen = { tried: 'no' };
    });
    const response = responseOf(intake);
    expect(find(response, 'diagnosis.monthsSinceOnset.notKnown').answer).toEqual([{ valueBoolean: true }]);
    expect(find(response, 'spasticity.impacts')).toBeUndefined();
    expect(find(response, 'oralBaclofen.response')).toBeUndefined();
    expect(intakeFromResponse(response)).toEqual({ ok: true, intake, authored });
    // An unticked box (false) says nothing.
    find(response, 'diagnosis.monthsSinceOnset.notKnown').answer = [{ valueBoolean: false }];
    find(response, 'diagnosis.monthsSinceOnset.notKnown').linkId = 'diagnosis.monthsSinceOnset';
    expect(intakeFromResponse(response).ok).toBe(false);
  });

  const cases: [
    string,
    (response: QuestionnaireResponse) => void,
    { code: string; expression: string | string[] }[],
  ][] = [
    [
      'a missing answer',
      (r) => {
        r.item![0]!.item = r.item![0]!.item!.filter((item) => item.linkId !== 'patient.ageYears');
      },
      [{ code: 'required', expression: where('patient', 'patient.ageYears') }],
    ],
    [
      'a number out of range',
      (r) => {
        find(r, 'patient.ageYears').answer = [{ valueInteger: 130 }];
      },
      [{ code: 'value', expression: where('patient', 'patient.ageYears') }],
    ],
    [
      'a decimal for a whole number',
      (r) => {
        find(r, 'patient.ageYears').answer = [{ valueDecimal: 4.5 }];
      },
      [{ code: 'value', expression: where('patient', 'patient.ageYears') }],
    ],
    [
      'a code not in our CodeSystem',
      (r) => {
        find(r, 'spasticity.modifiedAshworth').answer![0]!.valueCoding!.code = '5';
      },
      [{ code: 'code-invalid', expression: where('spasticity', 'spasticity.modifiedAshworth') }],
    ],
    [
      'a code of another system',
      (r) => {
        find(r, 'spasticity.modifiedAshworth').answer![0]!.valueCoding!.system = 'http://snomed.info/sct';
      },
      [{ code: 'code-invalid', expression: where('spasticity', 'spasticity.modifiedAshworth') }],
    ],
    [
      'two answers to a single choice',
      (r) => {
        const item = find(r, 'patient.mobility');
        item.answer = [...item.answer!, { valueCoding: { ...item.answer![0]!.valueCoding!, code: 'wheelchair' } }];
      },
      [{ code: 'value', expression: where('patient', 'patient.mobility') }],
    ],
    [
      'a number and "Not known" both',
      (r) => {
        r.item![1]!.item!.push({ linkId: 'diagnosis.monthsSinceOnset.notKnown', answer: [{ valueBoolean: true }] });
      },
      [
        {
          code: 'invariant',
          expression: [
            where('diagnosis', 'diagnosis.monthsSinceOnset'),
            where('diagnosis', 'diagnosis.monthsSinceOnset.notKnown'),
          ],
        },
      ],
    ],
    [
      'a follow-up that was not asked',
      (r) => {
        r.item![1]!.item!.push({ linkId: 'diagnosis.gmfcs', answer: [{ valueCoding: { code: 'II' } }] });
      },
      [{ code: 'business-rule', expression: where('diagnosis', 'diagnosis.gmfcs') }],
    ],
    [
      'a "not known" box for a follow-up that was not asked',
      (r) => {
        r.item!.find((item) => item.linkId === 'oralBaclofen')!.item = [
          { linkId: 'oralBaclofen.tried', answer: [{ valueCoding: { code: 'no' } }] },
          { linkId: 'oralBaclofen.highestDailyDoseMg', answer: [] },
          { linkId: 'oralBaclofen.highestDailyDoseMg.notKnown', answer: [{ valueBoolean: true }] },
        ];
      },
      [{ code: 'business-rule', expression: where('oralBaclofen', 'oralBaclofen.highestDailyDoseMg') }],
    ],
    [
      'an unknown item',
      (r) => {
        r.item!.push({ linkId: 'patient.name', answer: [{ valueString: 'x' }] });
      },
      [{ code: 'structure', expression: where('patient.name') }],
    ],
    [
      'an item twice: the extra copy is named, not both',
      (r) => {
        r.item!.push(find(r, 'goals'));
      },
      [{ code: 'duplicate', expression: `QuestionnaireResponse.item[${responseOf().item!.length}]` }],
    ],
    [
      'a condition that is not a code of ours: that one issue, none about its follow-ups',
      (r) => {
        // The example (multiple sclerosis) answers autonomic dysreflexia, asked for MS or spinal cord injury.
        find(r, 'diagnosis.condition').answer = [{ valueCoding: { code: 'spinal-cord-injury' } }];
        r.item![1]!.item!.push({ linkId: 'diagnosis.injuryLevel', answer: [{ valueCoding: { code: 't1_t6' } }] });
      },
      [{ code: 'code-invalid', expression: where('diagnosis', 'diagnosis.condition') }],
    ],
    [
      'another Questionnaire',
      (r) => {
        r.questionnaire = 'http://example.org/Questionnaire/phq-9|1.0.0';
      },
      [{ code: 'not-supported', expression: 'QuestionnaireResponse.questionnaire' }],
    ],
    [
      'an older version of ours',
      (r) => {
        r.questionnaire = 'https://itb-referral-aid.example/fhir/Questionnaire/itb-referral|1.0.0';
      },
      [{ code: 'not-supported', expression: 'QuestionnaireResponse.questionnaire' }],
    ],
    [
      'no status',
      (r) => {
        delete (r as Partial<QuestionnaireResponse>).status;
      },
      [{ code: 'required', expression: 'QuestionnaireResponse.status' }],
    ],
    [
      'an entered-in-error response',
      (r) => {
        r.status = 'entered-in-error';
      },
      [{ code: 'value', expression: 'QuestionnaireResponse.status' }],
    ],
    [
      'a date that does not exist',
      (r) => {
        r.authored = '2026-02-30T10:00:00Z';
      },
      [{ code: 'value', expression: 'QuestionnaireResponse.authored' }],
    ],
  ];

  it.each(cases)('refuses %s with one issue naming the item', (_name, change, expected) => {
    const response = responseOf();
    change(response);
    const read = intakeFromResponse(JSON.parse(JSON.stringify(response)));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.issues.map(({ code, expression }) => ({ code, expression }))).toEqual(expected);
  });

  it('lists every problem at once, and needs authored to the second with a zone only when asked to', () => {
    const response = responseOf();
    find(response, 'patient.ageYears').answer = [{ valueString: 'forty' }];
    find(response, 'spasticity.modifiedAshworth').answer = [{ valueCoding: { code: 'x' } }];
    response.authored = '2026-11-25';
    const read = intakeFromResponse(response);
    expect(read.ok).toBe(false);
    expect(intakeFromResponse(response, { needsAuthored: true })).toMatchObject({
      ok: false,
      issues: expect.arrayContaining([expect.objectContaining({ expression: 'QuestionnaireResponse.authored' })]),
    });
    if (!read.ok)
      expect(read.issues.map((issue) => issue.expression)).toEqual([
        where('patient', 'patient.ageYears'),
        where('spasticity', 'spasticity.modifiedAshworth'),
      ]);
    expect(intakeFromResponse({ resourceType: 'Patient' })).toMatchObject({
      ok: false,
      issues: [{ code: 'structure', expression: 'QuestionnaireResponse' }],
    });
  });
});

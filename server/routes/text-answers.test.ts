// @vitest-environment jsdom
// (for DOMParser: a strict XML parser that applies XML 1.0's character rules)
import type { OperationOutcome } from '@medplum/fhirtypes';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Intake } from '../../shared/api/intake';
import { examples } from '../../shared/examples/examples';
import { questionnaireResponseOf } from '../../shared/fhir/questionnaire-response';
import { setPath } from '../../shared/questions/set-path';
import { postJson } from '../test-helpers';

// Issue 18, item 7: control characters, noncharacters and lone surrogates in a
// text answer are refused with a 400 on its path by POST /api/summary and by FHIR
// $summary, so a document never holds a narrative that is not well-formed XML
// or a string FHIR forbids.

const authored = '2026-11-25T14:30:00+01:00';
const textPaths = ['diagnosis.otherDescription', 'notes'] as const;
const itemOf = {
  'diagnosis.otherDescription':
    "QuestionnaireResponse.item.where(linkId='diagnosis').item.where(linkId='diagnosis.otherDescription')",
  notes: "QuestionnaireResponse.item.where(linkId='notes')",
};

/** A worked example that asks every text question (condition "other"), with one text answer set. */
function withText(path: string, text: string): Intake {
  const intake = structuredClone(examples.find((example) => example.id === 'much-missing')!.intake);
  setPath(intake as Record<string, unknown>, path, text);
  return intake;
}
const fhirSummary = (intake: Intake) =>
  postJson('/api/fhir/QuestionnaireResponse/$summary', questionnaireResponseOf(intake, authored), {
    'Content-Type': 'application/fhir+json',
  });

const parser = new DOMParser();
/** Whether a narrative div is well-formed XML. */
const wellFormed = (div: string) =>
  parser.parseFromString(div, 'application/xml').getElementsByTagName('parsererror').length === 0;

/** Every string in a JSON value, and every narrative div. */
function stringsOf(value: unknown, out: { strings: string[]; divs: string[] } = { strings: [], divs: [] }, key = '') {
  if (typeof value === 'string') {
    out.strings.push(value);
    if (key === 'div') out.divs.push(value);
  } else if (Array.isArray(value)) for (const item of value) stringsOf(item, out);
  else if (typeof value === 'object' && value !== null)
    for (const [name, child] of Object.entries(value)) stringsOf(child, out, name);
  return out;
}

// FHIR R4 string: no character below U+0020 but tab, LF and CR; Unicode text, so no lone surrogate.
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const notFhirString = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|\p{Cs}/u;

// The characters of the issue and one of each kind, among characters that are fine.
const hostile = ['\u0000', '\u0001', '\u0007', '\u000B', '\u001B', '\u007F', '\u0085', '\uFFFE', '\uFFFF', '\uD800'];
const textUnit = fc.oneof(
  fc.constantFrom(...hostile, '\uDC00', '\u202E', '\uFDD0', '\u200B', '\t', '\r', '\n', ' ', '<', '&', '"', ']]>'),
  fc.constantFrom('a', 'Z', '7', 'é', 'ש', '😀', '\u2028', '\uFEFF'),
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
);

describe('text answers through the API and FHIR $summary', () => {
  it.each(hostile.map((char) => [JSON.stringify(char), char]))(
    'POST /api/summary and $summary refuse %s in each text answer, on its path',
    async (_name, char) => {
      for (const path of textPaths) {
        const intake = withText(path, `Hereditary${char} spastic paraplegia`);
        const res = await postJson('/api/summary', intake);
        expect(res.status).toBe(400);
        const body = await res.json();
        expect(body.issues).toEqual([{ path, message: expect.stringMatching(/^Remove the .* U\+[0-9A-F]{4}/) }]);

        const fhir = await fhirSummary(intake);
        expect(fhir.status).toBe(400);
        const outcome = (await fhir.json()) as OperationOutcome;
        expect(outcome.issue).toEqual([
          expect.objectContaining({
            code: 'value',
            expression: [itemOf[path]],
            details: { text: body.issues[0].message },
          }),
        ]);
        expect(stringsOf(outcome).strings.filter((text) => notFhirString.test(text))).toEqual([]);
        expect(stringsOf(outcome).divs.every(wellFormed)).toBe(true);
      }
    },
  );

  it('$summary either refuses a text answer on its path or gives well-formed narratives and FHIR strings only', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...textPaths),
        fc.string({ unit: textUnit, minLength: 1, maxLength: 12 }),
        async (path, text) => {
          const res = await fhirSummary(withText(path, `Walks ${text} 50 m`));
          const body = await res.json();
          if (res.status === 400) {
            expect(body.issue.map((issue: { expression: string[] }) => issue.expression[0])).toEqual([itemOf[path]]);
            return;
          }
          expect(res.status).toBe(200);
          const { strings, divs } = stringsOf(body);
          expect(divs.length).toBeGreaterThan(0);
          for (const div of divs) expect(wellFormed(div), div).toBe(true);
          expect(strings.filter((value) => value === '' || notFhirString.test(value))).toEqual([]);
        },
      ),
      { numRuns: 150, seed: 18 },
    );
  });
});

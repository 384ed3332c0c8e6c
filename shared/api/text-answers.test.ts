import { describe, expect, it } from 'vitest';
import { examples } from '../examples/examples';
import { questions } from '../questions/catalogue';
import { testIdentity } from '../fixtures/test-identity';
import { setPath } from '../questions/set-path';
import { readPath } from '../conditions/holds';
import { summarize } from '../rules/summarize';
import { toIssues } from './errors';
import { intakeSchema } from './intake';

// Issue 18, items 6 and 7: what a text answer may hold. Every text question of
// the catalogue is checked, so a new one is covered without a new test.

const textPaths = questions.filter((question) => question.kind === 'text').map((question) => question.path);

/** A worked example that asks every text question (condition "other"), with one text answer set. */
function withText(path: string, text: unknown) {
  const intake = structuredClone(examples.find((example) => example.id === 'much-missing')!.intake) as object;
  setPath(intake as Record<string, unknown>, path, text);
  return intake;
}
const parse = (value: unknown) => {
  const result = intakeSchema.safeParse(value);
  return result.success ? { data: result.data, issues: [] } : { data: undefined, issues: toIssues(result.error) };
};

// The characters of the issue, and one of each kind besides.
const refused: [string, string][] = [
  ['NUL', '\u0000'],
  ['BEL', '\u0007'],
  ['VT', '\u000B'],
  ['ESC', '\u001B'],
  ['DEL', '\u007F'],
  ['NEL (C1)', '\u0085'],
  ['C1 U+009F', '\u009F'],
  ['noncharacter U+FDD0', '\uFDD0'],
  ['noncharacter U+FFFE', '\uFFFE'],
  ['noncharacter U+FFFF', '\uFFFF'],
  ['noncharacter U+1FFFE', '\u{1FFFE}'],
  ['lone high surrogate', '\uD800'],
  ['lone low surrogate', '\uDC00'],
  ['right-to-left override', '\u202E'],
  ['left-to-right embedding', '\u202A'],
  ['first strong isolate', '\u2068'],
];

describe('text answers (every text question of the catalogue)', () => {
  it('the catalogue has the two text questions this checks', () => {
    expect(textPaths).toEqual(['diagnosis.otherDescription', 'notes']);
    for (const path of textPaths) expect(parse(withText(path, 'Hereditary spastic paraplegia')).issues).toEqual([]);
  });

  it.each(refused)(
    'refuses %s anywhere in the text, with one issue at its path naming the character',
    (_name, char) => {
      const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      for (const path of textPaths) {
        for (const text of [`Spastic${char}`, `${char}Spastic`, `Spa${char}stic paraplegia`, char]) {
          const { issues } = parse(withText(path, text));
          expect(issues, `${path}: ${JSON.stringify(text)}`).toHaveLength(1);
          expect(issues[0]!.path).toBe(path);
          expect(issues[0]!.message).toContain(code);
          expect(issues[0]!.message).toMatch(/^Remove the /);
        }
      }
    },
  );

  it('says where the character is, counting characters as people do', () => {
    const { issues } = parse(withText('notes', '😀 ab\u0007'));
    expect(issues[0]!.message).toBe(
      'Remove the control character U+0007 (character 5) from the notes: it may have come with pasted text',
    );
  });

  it('keeps tab, CR and LF, pairs of surrogates, right-to-left letters and marks inside visible text', () => {
    const text = 'Line one\r\n\tline two 😀 שלום مرحبا\u200Bx\u00ADy\u200F';
    for (const path of textPaths) {
      const limited = path === 'notes' ? text : text.replace(/\s+/g, ' ');
      const { data, issues } = parse(withText(path, limited));
      expect(issues).toEqual([]);
      expect(readPath(data!, path)).toBe(limited);
    }
  });

  it.each([
    ['only U+200B', '\u200B'],
    ['only soft hyphens', '\u00AD\u00AD'],
    ['only U+180E', '\u180E'],
    ['only spaces and line breaks', ' \n\t '],
    ['only a Hangul filler', '\u3164'],
    ['only a byte order mark and a word joiner', '\uFEFF\u2060'],
    ['only the braille blank', '\u2800'],
    ['nothing', ''],
  ])('refuses a description with %s: "Describe the condition"', (_name, text) => {
    expect(parse(withText('diagnosis.otherDescription', text)).issues).toEqual([
      { path: 'diagnosis.otherDescription', message: 'Describe the condition' },
    ]);
  });

  it('drops notes with no visible character: not given, not echoed', () => {
    for (const text of ['\u200B\u00AD', ' \r\n ', '']) {
      const { data, issues } = parse(withText('notes', text));
      expect(issues).toEqual([]);
      expect(data!.notes).toBeUndefined();
      expect(summarize(data!, testIdentity).echo).toEqual({});
    }
  });

  it('trims the answers', () => {
    const { data } = parse(withText('diagnosis.otherDescription', '  Hereditary spastic paraplegia \n'));
    expect(data!.diagnosis.otherDescription).toBe('Hereditary spastic paraplegia');
    expect(parse(withText('notes', '\n Walks 50 m. \n')).data!.notes).toBe('Walks 50 m.');
  });
});

import { describe, expect, it } from 'vitest';
import { decisionWords, fleschKincaidGrade } from '../../../shared/text/readability';
import type { Audience } from '../../../shared/text/audience';
import { resolveText } from './sheet-content';
import { sheetText } from './sheet-text';

/** Every string of the fixed text, in one reading. */
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : typeof value === 'object' && value !== null
      ? Object.values(value).flatMap(strings)
      : [];

describe.each<Audience>(['adult', 'child'])('patient sheet fixed text, %s reading', (audience) => {
  const texts = strings(resolveText(sheetText, audience));
  // Each string is a unit of its own on the sheet (a heading, an item, a cell), as a line break is to the grade.
  const whole = texts.join('\n');

  it('has both readings resolved: no {{ }} pair is left', () => {
    expect(texts.length).toBeGreaterThan(60);
    expect(texts.filter((text) => /[{}|]/.test(text.replace(/\{(version|reviewed|printed)\}/g, '')))).toEqual([]);
  });

  it('reads at grade 6 or below as a whole, and no text of 8 words or more above grade 8', () => {
    expect(fleschKincaidGrade(whole)).toBeLessThanOrEqual(6);
    // The grade means little for a heading or a label of a few words.
    const prose = texts.filter((text) => text.split(/\s+/).length >= 8);
    expect(prose.length).toBeGreaterThan(40);
    expect(prose.filter((text) => fleschKincaidGrade(text) > 8)).toEqual([]);
  });

  it('uses no decision words', () => {
    expect(texts.filter((text) => decisionWords.test(text))).toEqual([]);
  });

  it('never says the pump can be turned off, or that it cures', () => {
    expect(whole).not.toMatch(/turn(ed)? (it )?off|switch(ed)? off|\bcures\b|will cure/i);
    expect(whole).toContain('does not cure');
    expect(whole).toContain('must never stop all at once');
  });

  it('gives chances as "about X in 100", never "1 in X"', () => {
    expect(whole).not.toMatch(/\b1 in \d/);
    expect(whole.match(/about \d+( to \d+)? in 100/gi)?.length).toBeGreaterThanOrEqual(10);
  });
});

describe('child reading', () => {
  it('speaks to the parent about "your child"', () => {
    const child = resolveText(sheetText, 'child');
    expect(child.title).toBe('Your child’s visit about a baclofen pump');
    expect(child.intro).toMatch(/^The doctor is sending your child/);
    expect(child.warning.once).toBe('These signs matter once your child has a pump.');
    expect(child.warning.now).toBe('Your child has a pump now, so these signs matter now.');
  });

  it('has different words from the adult reading only where a pair says so', () => {
    const adult = strings(resolveText(sheetText, 'adult'));
    const child = strings(resolveText(sheetText, 'child'));
    const pairs = strings(sheetText).filter((text) => text.includes('{{')).length;
    expect(adult.filter((text, index) => text !== child[index])).toHaveLength(pairs);
  });
});

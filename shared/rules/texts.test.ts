import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leavesOf, readPath } from '../conditions/holds';
import { examples } from '../examples/examples';
import { arbitraryIntake } from '../fixtures/arbitrary-intake';
import { testIdentity } from '../fixtures/test-identity';
import { questionByPath } from '../questions/lookup';
import { forAudience, type Audience } from '../text/audience';
import { decisionWords, fleschKincaidGrade } from '../text/readability';
import { describeCondition } from './describe';
import { evaluate } from './evaluate';
import { fillPatientText, placeholdersOf } from './fill-text';
import { rules } from './rule-set';
import { sources } from './sources';
import { summarize } from './summarize';

// The words of the rule set: what the specialist reads, what the patient (or a
// parent) reads, and the citations behind them (docs/clinical/RULES.md and
// EVIDENCE.md). A rule's additions are read like its own texts.

const audiences: readonly Audience[] = ['adult', 'child'];
const rule = (id: string) => rules.find((candidate) => candidate.id === id)!;
/** {because.fields} as a typical patient reads it: two answers in plain words. */
const sampleBecause = [
  { path: 'considerations.seizures', value: 'unsure' },
  { path: 'considerations.shunt', value: 'unsure' },
];
/** Every patient text of a rule: its own, then each addition's, each as the sheet shows it. */
const patientTexts = (audience: Audience) =>
  rules.flatMap((r) =>
    [r.patientText, ...(r.additions ?? []).flatMap((addition) => addition.patientText ?? [])].map((text, index) => ({
      id: index === 0 ? r.id : `${r.id} (addition ${index})`,
      text: fillPatientText(text, sampleBecause, audience),
    })),
  );
/** Every clinician text of a rule: its own and its additions'. */
const clinicianTexts = (r: (typeof rules)[number]) => [
  r.clinicianText,
  ...(r.additions ?? []).flatMap((addition) => addition.clinicianText ?? []),
];

/** Wider than the shared check: also "recommendations", "candidacy", "approve", "eligibility". */
const decisionStems =
  /\b(recommend\w*|candida\w*|eligib\w*|ineligib\w*|qualif\w*|approv\w*|should (have|get|receive))\b/i;

describe('patient texts, read by an adult and by a parent', () => {
  it.each(audiences)('read at grade 6 or below overall, none above 8 (%s)', (audience) => {
    const texts = patientTexts(audience);
    expect(texts.filter(({ text }) => fleschKincaidGrade(text) > 8).map(({ id }) => id)).toEqual([]);
    expect(fleschKincaidGrade(texts.map(({ text }) => text).join(' '))).toBeLessThanOrEqual(6);
  });

  it.each(audiences)('keep sentences short: under 20 words (%s)', (audience) => {
    const long = patientTexts(audience).flatMap(({ id, text }) =>
      text
        .split(/(?<=[.!?])\s+/)
        .filter((sentence) => sentence.split(/\s+/).length >= 20)
        .map((sentence) => `${id}: ${sentence}`),
    );
    expect(long).toEqual([]);
  });

  it.each(audiences)('leave no {{pair}} or {placeholder} behind, and end as a sentence (%s)', (audience) => {
    for (const { id, text } of patientTexts(audience)) {
      expect(text, id).not.toMatch(/[{}|]/);
      expect(text, id).toMatch(/[.?]$/);
      expect(text, id).not.toMatch(/\s{2}|^\s|\s[.,]/);
    }
  });

  it('write every pair with two different readings', () => {
    for (const r of rules) {
      for (const text of [r.patientText, ...(r.additions ?? []).flatMap((addition) => addition.patientText ?? [])]) {
        const pairs = [...text.matchAll(/\{\{([^|{}]*)\|([^|{}]*)\}\}/g)];
        expect(text.split('{{').length - 1, r.id).toBe(pairs.length);
        for (const [, adult, child] of pairs) expect(adult, r.id).not.toBe(child);
      }
    }
  });

  it('speak to the patient in the adult reading and about the child in the parent reading', () => {
    for (const { id, text } of patientTexts('adult'))
      expect(text, id).not.toMatch(/\byour child\b|\bthey (are|have)\b/i);
    // In the parent's reading, "you" is the parent: nothing about the patient's body or history may still say "you".
    for (const { id, text } of patientTexts('child')) {
      expect(text, id).not.toMatch(
        /\byou (are|have|had|took|take|use|walk|move|bleed)\b|\byour (muscles|tight|body|stroke|brain|seizures|condition)\b/i,
      );
    }
  });

  it('carry no codes, doses or rule ids a patient cannot use', () => {
    const ids = new Set(rules.map((r) => r.id));
    for (const audience of audiences) {
      for (const { id, text } of patientTexts(audience)) {
        expect(text, id).not.toMatch(/\b(ITB|MAS|NICE|CG145|mcg|mg|cm|Ashworth|Penn|contraindicat\w*)\b/);
        for (const word of text.toLowerCase().match(/[a-z]+(-[a-z0-9]+)+/g) ?? [])
          expect(ids.has(word), `${id}: ${word}`).toBe(false);
      }
    }
  });

  it('name answers only in the patient’s words: every answer a {because.fields} can name has them, in every language', () => {
    // The catalogue keeps them (patientWords), so a new question a rule can name fails here until it has words.
    const named = rules
      .filter((r) => placeholdersOf(r.patientText).includes('because.fields'))
      .flatMap((r) => leavesOf(r.when).map((leaf) => leaf.path));
    expect(named.length).toBeGreaterThan(0);
    const missing = [...new Set(named)].filter((path) => questionByPath.get(path)?.patientWords === undefined);
    expect(missing, 'add patientWords to these questions in shared/questions/catalogue.ts').toEqual([]);
  });

  it('never say the pump can be turned off, and say what to do where they warn', () => {
    const all = [...patientTexts('adult').map(({ text }) => text), ...rules.flatMap(clinicianTexts)];
    expect(
      all.filter((text) => /\b(turn|turned|switch|switched|shut) (it )?off\b|\bturn(ed)? the pump off\b/i.test(text)),
    ).toEqual([]);
    for (const r of rules.filter((candidate) => /very ill|withdrawal/i.test(candidate.patientText))) {
      expect(r.patientText, r.id).toMatch(/\b(tell|talk|ask|go to hospital|plan|bring)\b/i);
    }
  });

  it('follow the catalogue’s patient wording where it asks for one', () => {
    expect(rule('bleeding-risk').patientText).toMatch(/Do not stop a blood thinner on your own/);
    expect(rule('oral-dose-below-usual').patientText).toMatch(/Do not change the dose without/);
    expect(rule('current-pump').patientText).toMatch(/next refill/);
    expect(rule('current-pump').patientText).toMatch(/life-threatening/);
    expect(rule('unsure-answers').patientText).toContain('{because.fields}');
  });

  it('say withdrawal "can be life-threatening", never only "very ill"', () => {
    const all = patientTexts('adult').map(({ text }) => text);
    expect(all.filter((text) => /very ill/.test(text))).toEqual([]);
    for (const id of ['current-pump', 'refills-not-possible', 'withdrawal-risk'])
      expect(forAudience(rule(id).patientText, 'adult'), id).toMatch(/withdrawal.*life-threatening/);
  });

  it('never promise or suggest a pump: no "experts say a pump can suit", no "those who gain ... the way you do"', () => {
    const all = patientTexts('adult').map(({ text }) => text);
    expect(
      all.filter((text) => /can suit this|suit(s)? this pattern too|the way (you do|your child does)/i.test(text)),
    ).toEqual([]);
  });
});

describe('titles and clinician texts', () => {
  it('are written: no TODO, titles short and without a full stop', () => {
    for (const r of rules) {
      for (const text of [r.title, ...clinicianTexts(r), r.patientText]) expect(text, r.id).not.toMatch(/TODO|TBD/);
      expect(r.title.length, r.id).toBeLessThanOrEqual(60);
      expect(r.title, r.id).not.toMatch(/[.{}]$|\{/);
    }
  });

  it('use no decision words anywhere, in either reading or in the generated condition words', () => {
    const texts = [
      ...rules.flatMap((r) => [
        r.title,
        ...clinicianTexts(r),
        describeCondition(r.when),
        ...(r.additions ?? []).map((addition) => describeCondition(addition.when)),
      ]),
      ...audiences.flatMap((audience) => patientTexts(audience).map(({ text }) => text)),
    ];
    expect(texts.filter((text) => decisionWords.test(text) || decisionStems.test(text))).toEqual([]);
  });

  it('the decision-word checks catch what they must', () => {
    for (const text of [
      'She is eligible.',
      'A good candidate',
      'Qualifies for ITB',
      'We recommend a pump',
      'You should get a pump',
    ]) {
      expect(decisionWords.test(text)).toBe(true);
    }
    for (const text of ['NICE recommendations say', 'ITB candidacy', 'approved for a pump', 'eligibility']) {
      expect(decisionStems.test(text)).toBe(true);
    }
  });

  it('name only answers of the catalogue in {placeholders}; patient texts only {because.fields}', () => {
    for (const r of rules) {
      for (const text of clinicianTexts(r)) {
        for (const path of placeholdersOf(text)) {
          expect(
            path === 'because.fields' || path === 'because.answers' || questionByPath.has(path),
            `${r.id}: {${path}}`,
          ).toBe(true);
        }
        expect(text.replace(/\{[a-zA-Z.]+\}/g, ''), r.id).not.toMatch(/[{}]/);
      }
      for (const addition of r.additions ?? []) expect(placeholdersOf(addition.patientText ?? ''), r.id).toEqual([]);
      expect(
        placeholdersOf(r.patientText).filter((name) => name !== 'because.fields'),
        r.id,
      ).toEqual([]);
      expect(placeholdersOf(r.title), r.id).toEqual([]);
    }
  });

  it('fill every {placeholder} with an answer that was asked, whenever the rule fires', () => {
    // Weight is optional; every other answer a text names must exist when its rule fires.
    fc.assert(
      fc.property(arbitraryIntake, (intake) => {
        for (const outcome of evaluate(rules, intake).filter((o) => o.matched)) {
          for (const path of clinicianTexts(outcome.rule).flatMap(placeholdersOf)) {
            if (path.startsWith('because.') || path === 'patient.weightKg') continue;
            expect(readPath(intake, path), `${outcome.rule.id}: {${path}}`).not.toBeUndefined();
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('read as filled sentences in every worked example', () => {
    for (const example of examples) {
      for (const finding of summarize(example.intake, testIdentity).findings) {
        const where = `${example.id} / ${finding.ruleId}`;
        expect(finding.clinicianText, where).not.toMatch(/[{}]|undefined|null|NaN|\[object|not answered/i);
        expect(finding.clinicianText, where).toMatch(/[.?]$/);
        expect(finding.patientText, where).not.toMatch(/[{}|]|undefined|considerations\./);
      }
    }
  });

  it('say whose guidance a fact comes from and whom it covers', () => {
    for (const r of rules) {
      const text = r.clinicianText;
      if (/\bNICE\b/.test(text)) expect(text, r.id).toMatch(/under[- ]19s?|19th birthday/);
      if (/\bNICE CG145 \(1\.6/.test(text)) expect(text, r.id).toMatch(/non-progressive brain disorders/);
      expect(text, r.id).not.toMatch(/\bUK adult criteria\b/);
      if (/European/.test(text)) expect(text, r.id).toMatch(/European adult consensus/);
      expect(text, r.id).not.toMatch(/\bUK criteria\b|\bNHS England criteria\b/);
      if (/marker/.test(text)) expect(text, r.id).toMatch(/this tool’s marker/);
    }
  });

  it('state none of the facts docs/clinical/EVIDENCE.md corrects or marks UNVERIFIED', () => {
    const all = rules.flatMap((r) => [r.clinicianText, r.patientText]).join('\n');
    expect(all).not.toMatch(/100 mg/); // UK SmPC maximum: UNVERIFIED
    expect(all).not.toMatch(/about 2\.5 cm|2\.5 cm (under|below) the skin/); // the label says "deeper than 2.5 cm"
    expect(all).not.toMatch(/usually tried first/); // not true for stroke and cerebral palsy
    expect(all).not.toMatch(/(in|of) the severe range/); // the marker is this tool's, not a label threshold
    expect(rule('spinal-surgery-previous').clinicianText).not.toMatch(/not a contraindication/); // adults: UNVERIFIED
    expect(rule('autonomic-dysreflexia').clinicianText).toMatch(/separate from the boxed warning/);
    for (const id of ['young-child', 'nutrition-body-size'])
      expect(rule(id).clinicianText).toMatch(/deeper than 2\.5 cm/);
    expect(rule('young-child').clinicianText).toMatch(
      /Gablofen \(US\) and Lioresal Intrathecal \(UK\/EU\) are labelled from age 4/,
    );
  });

  it('carry the specifics docs/clinical/RULES.md asks of particular rules', () => {
    const severe = rule('severe-spasticity').clinicianText;
    expect(severe).toMatch(
      /^Modified Ashworth \{spasticity\.modifiedAshworth\}, Penn spasm frequency \{spasticity\.pennSpasmFrequency\}:/,
    );
    expect(severe).toMatch(/not how many muscle groups/);
    expect(severe).toMatch(/“an Ashworth score of ≥4 in at least two muscle groups, and\/or a Penn Spasm score of ≥3”/);
    expect(severe).toMatch(/not mapped to MAS/);
    expect(severe).toMatch(/Ashworth 3 or more in 2 or more leg muscle groups/);
    expect(severe).toMatch(/comfort, function or caregiving/);
    expect(rule('severe-spasticity').title).toBe('Spasticity score at or above this tool’s marker');
    expect(rule('below-severe-range').clinicianText).toMatch(/this tool’s marker/);

    expect(rule('withdrawal-risk').clinicianText).toContain('{because.answers}');
    expect(rule('unsure-answers').clinicianText).toContain('{because.fields}');
    expect(rule('other-condition').clinicianText).toContain('{diagnosis.otherDescription}');
    // It fires with side effects "no" and "not sure": it names the answer instead of claiming either.
    for (const id of ['oral-dose-below-usual', 'oral-working']) {
      expect(rule(id).clinicianText).toContain('{oralBaclofen.sideEffectsLimitedDose}');
      expect(rule(id).clinicianText).not.toMatch(/without (dose-limiting )?side effects|tolerated well/i);
    }
    expect(rule('oral-dose-below-usual').clinicianText).toMatch(/40 to 80 mg a day/);
    expect(rule('oral-dose-below-usual').clinicianText).toMatch(/30 to 75 mg a day/);
    expect(rule('current-pump').clinicianText).toMatch(/next refill/);
    expect(rule('child-guidance').clinicianText).toMatch(/19th birthday/);
    expect(rule('child-guidance').clinicianText).toMatch(/non-progressive/);
    expect(rule('child-guidance').clinicianText).toMatch(/England and is not binding elsewhere/);
  });
});

describe('sources', () => {
  it('cite only sources that exist, with a full citation, each once per rule', () => {
    const known = new Set(sources.map((source) => source.id));
    for (const r of rules) {
      // Only the rule that lists answers to find out cites nothing: it states no fact.
      if (r.id !== 'unsure-answers') expect(r.sources.length, r.id).toBeGreaterThan(0);
      expect(new Set(r.sources).size, r.id).toBe(r.sources.length);
      for (const id of r.sources) expect(known, r.id).toContain(id);
    }
    for (const source of sources) expect(source.label.length, source.id).toBeGreaterThan(30);
  });

  it('list each source once, each cited by some rule, with a well-formed link where there is one', () => {
    const ids = sources.map((source) => source.id);
    expect(new Set(ids).size).toBe(ids.length);
    const cited = new Set(rules.flatMap((r) => r.sources));
    expect(ids.filter((id) => !cited.has(id))).toEqual([]);
    for (const source of sources)
      if (source.url !== undefined) expect(source.url, source.id).toMatch(/^https:\/\/\S+$/);
  });

  it('give the European consensus its real title and the oral label its own entry', () => {
    const label = (id: string) => sources.find((source) => source.id === id)!.label;
    expect(label('biering-sorensen-2022')).toContain(
      'European expert consensus on improving patient selection for the management of disabling spasticity with intrathecal baclofen and/or botulinum toxin type A',
    );
    expect(label('label-oral-us')).toMatch(/tablets/);
    expect(rule('oral-dose-below-usual').sources).toContain('label-oral-us');
  });
});

describe('ids', () => {
  it('are unique and kebab-case', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
  });
});

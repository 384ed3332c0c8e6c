import { describe, expect, it } from 'vitest';
import { baseIntake } from '../fixtures/intakes';
import { fillPatientText, fillText, placeholdersOf, templateInWords } from './fill-text';

describe('fillText', () => {
  const intake = baseIntake();

  it('fills answers in words, numbers with their unit', () => {
    expect(
      fillText(
        'MAS {spasticity.modifiedAshworth}, dose {oralBaclofen.highestDailyDoseMg}, {spasticity.distribution}.',
        intake,
        [],
      ),
    ).toBe('MAS 3, dose 60 mg a day, both legs.');
  });

  it('lists the answers behind a finding by name, or by name and value', () => {
    const because = [
      { path: 'diagnosis.condition', value: 'spinal_cord_injury' },
      { path: 'diagnosis.injuryLevel', value: 't1_t6' },
    ];
    expect(fillText('Risk: {because.answers}.', intake, because)).toBe(
      'Risk: condition: spinal cord injury; neurological level of injury: T1 to T6.',
    );
    expect(fillText('Find out: {because.fields}.', intake, because)).toBe(
      'Find out: condition; neurological level of injury.',
    );
  });

  it('says "not known" for a null answer and "not answered" for a question not asked', () => {
    const unknown = { ...intake, diagnosis: { ...intake.diagnosis, monthsSinceOnset: null } };
    expect(fillText('{diagnosis.monthsSinceOnset}; {diagnosis.gmfcs}', unknown, [])).toBe('not known; not answered');
  });

  it('names the answers in the rule listing instead of filling them', () => {
    expect(templateInWords('MAS {spasticity.modifiedAshworth}: {because.fields}')).toBe(
      'MAS [modified Ashworth score]: [the answers that raised this point]',
    );
    expect(placeholdersOf('{a.b} and {because.fields}')).toEqual(['a.b', 'because.fields']);
  });
});

describe('fillPatientText', () => {
  const template = '{{You may be asked about|We may ask about your child and}} {because.fields}.';
  const because = [
    { path: 'considerations.communicationDifficulty', value: 'unsure' },
    { path: 'considerations.shunt', value: 'unsure' },
  ];

  it('gives the text and the answers in the patient’s words for the adult reading', () => {
    expect(fillPatientText(template, because, 'adult')).toMatch(
      /^You may be asked about telling others about new symptoms and .+\.$/,
    );
  });

  it('gives the parent reading of the text and of the words, whichever reading was asked first', () => {
    fillPatientText(template, because, 'adult');
    const child = fillPatientText(template, because, 'child');
    expect(child).toMatch(/^We may ask about your child and how your child tells others about new symptoms and .+\.$/);
    expect(child).not.toMatch(/\{|\}/);
  });
});

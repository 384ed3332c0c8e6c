import { describe, expect, it } from 'vitest';
import { levels, type Finding, type Level } from '../../../shared/api/summary';
import { examples } from '../../../shared/examples/examples';
import { testIdentity as ruleSet } from '../../../shared/fixtures/test-identity';
import { summarize } from '../../../shared/rules/summarize';
import { resolveText, sheetContent } from './sheet-content';
import { sheetText } from './sheet-text';

const finding = (ruleId: string, level: Level, extra: Partial<Finding> = {}): Finding => ({
  ruleId,
  level,
  title: ruleId,
  clinicianText: `clinician ${ruleId}`,
  patientText: `Patient words of ${ruleId}.`,
  because: [],
  sources: [],
  ...extra,
});

const oneOfEach = levels.map((level) => finding(`a-${level}-rule`, level));
const pumpFinding = finding('a-pump-rule', 'caution', { pumpNow: true });

type Options = {
  condition?: 'multiple_sclerosis' | 'stroke' | 'cerebral_palsy' | 'other';
  findings?: Finding[];
  goals?: ('less_pain' | 'walking')[];
  oralTried?: 'yes' | 'no' | 'unsure';
  communicationDifficulty?: 'yes' | 'no' | 'unsure';
};

const contentFor = (
  ageYears: number,
  {
    condition = 'multiple_sclerosis',
    findings = oneOfEach,
    goals = [],
    oralTried = 'no',
    communicationDifficulty = 'no',
  }: Options = {},
) =>
  sheetContent(
    {
      patient: { ageYears },
      diagnosis: { condition },
      goals,
      oralBaclofen: { tried: oralTried },
      considerations: { communicationDifficulty },
    },
    { findings, ruleSet },
  );

/** Everything a sheet shows, as one text. */
const shown = (content: ReturnType<typeof contentFor>) =>
  JSON.stringify({ ...content, text: { ...content.text, figures: undefined } });

describe('sheetContent', () => {
  it('puts indication findings under "why", caution, consider and info under "talk", and check under "bring"', () => {
    const content = contentFor(40);
    expect(content.why).toEqual(['Patient words of a-indication-rule.']);
    expect(content.talk).toEqual([
      'Patient words of a-caution-rule.',
      'Patient words of a-consider-rule.',
      'Patient words of a-info-rule.',
    ]);
    expect(content.bring).toEqual(['Patient words of a-check-rule.', ...resolveText(sheetText.bring.always, 'adult')]);
  });

  it('shows the patient words only, never a rule id', () => {
    const text = JSON.stringify(contentFor(40));
    for (const { ruleId } of oneOfEach) expect(text).not.toContain(`"${ruleId}"`);
  });

  it('speaks to a parent under 12 and to the patient from 12', () => {
    expect(contentFor(11).text.title).toBe('Your child’s visit about a baclofen pump');
    expect(contentFor(12).text.title).toBe('Your visit about a baclofen pump');
  });

  it('gives children’s figures under 18 and adult figures from 18', () => {
    expect(contentFor(16).figures.risks.join(' ')).toContain('children');
    expect(contentFor(17).figures.risks.join(' ')).not.toContain('adults');
    expect(contentFor(18).figures.risks.join(' ')).toContain('adults');
    expect(contentFor(18).figures.risks.join(' ')).not.toContain('children');
  });

  it('counts children’s infections as infections per 100 children, with the range other studies found', () => {
    const infection = contentFor(9).figures.risks[0]!;
    expect(infection).toContain('about 15 infections for every 100 children');
    expect(contentFor(9).figures.risks[1]).toMatch(
      /430 children were followed for about 9 years.*About 9 in 100 had an infection/,
    );
  });

  it('fits the test-dose figure to the condition, and shows the stroke trial to adults after a stroke only', () => {
    expect(contentFor(9, { condition: 'cerebral_palsy' }).figures.testDose).toContain('51 people with cerebral palsy');
    expect(contentFor(70, { condition: 'stroke' }).figures.testDose).toContain('21 adults after a stroke');
    expect(contentFor(70, { condition: 'stroke' }).figures.strokeTrial?.pump).toContain(
      'any adverse event, including minor ones',
    );
    expect(contentFor(70, { condition: 'stroke' }).figures.strokeTrial?.pump).toContain(
      'small trial paid for by the pump maker',
    );
    expect(contentFor(15, { condition: 'stroke' }).figures.testDose).not.toContain('adults');
    expect(contentFor(15, { condition: 'stroke' }).figures.strokeTrial).toBeNull();
    expect(contentFor(40, { condition: 'other' }).figures.strokeTrial).toBeNull();
  });

  it('gives the maker’s test figure with the groups it describes', () => {
    expect(contentFor(40).figures.testDose).toMatch(/97 in 100 people with tightness from the spinal cord/);
    expect(contentFor(40).figures.testDose).toMatch(/94 in 100 with tightness from the brain/);
  });

  it('marks the goals the doctor wrote down, and offers every goal of the form', () => {
    const { goals } = contentFor(40, { goals: ['walking'] });
    expect(goals.map((goal) => goal.id)).toEqual(Object.keys(sheetText.matters.goals));
    expect(goals.filter((goal) => goal.doctorNoted).map((goal) => goal.label)).toEqual(['Walking']);
  });

  it('names the other choices NICE gives for under-19s to children and young people only, and for life with a pump what goes on beside it', () => {
    expect(contentFor(18).otherChoices).toMatch(/splints.*operation on tendons/);
    expect(contentFor(19).otherChoices).not.toMatch(/splints|operation/);
    expect(contentFor(19).otherChoices).toMatch(/physio, pills and shots into the muscle/);
    expect(contentFor(9, { findings: [pumpFinding] }).otherChoices).toBe(
      'Physio and other treatments can go on alongside a pump. Ask the team which could help.',
    );
  });

  it('says "do not stop baclofen pills" only to someone who has taken them', () => {
    expect(contentFor(40, { oralTried: 'yes' }).pills).toMatch(/Do not stop or change baclofen pills/);
    expect(contentFor(40, { oralTried: 'no' }).pills).toBeNull();
    expect(contentFor(40, { oralTried: 'unsure' }).pills).toBeNull();
    expect(shown(contentFor(40, { oralTried: 'no' }))).not.toMatch(/blood thinner/);
  });

  it('shows the signs a carer can see for a young child, or for someone who finds it hard to say how they feel', () => {
    expect(contentFor(40).carers).toBeNull();
    expect(contentFor(40, { communicationDifficulty: 'unsure' }).carers).toBeNull();
    const adult = contentFor(40, { communicationDifficulty: 'yes' }).carers!;
    expect(adult.label).toMatch(/^If you cannot easily say how you feel, the people with you should watch/);
    const child = contentFor(7).carers!;
    expect(child.label).toBe('Your child may not be able to tell you. Watch for these signs:');
    expect(child.signs).toBe(
      'scratching. More stiffness or spasms. A fever. Being sleepier, or more upset or restless, than usual.',
    );
  });

  it('warns of infection in two steps: a wound today, a fever with headache or stiff neck now', () => {
    const [wound, serious] = contentFor(40).text.warning.others;
    expect(`${wound!.signs} ${wound!.action}`).toMatch(
      /red, warm, swollen or leaking\. Call the pump team straight away\./,
    );
    expect(`${serious!.signs} ${serious!.action}`).toMatch(
      /fever with a headache, a stiff neck.*Go to hospital now or call an ambulance\./,
    );
  });
});

describe('the sheet for someone who has a pump now (a finding says pumpNow)', () => {
  const now = contentFor(40, { findings: [...oneOfEach, pumpFinding] });
  const text = shown(now);

  it('is a sheet for life with a pump: keeping it against stopping it, warning signs that apply now', () => {
    expect(now.pumpNow).toBe(true);
    expect(now.text.title).toBe('Your visit about your baclofen pump');
    expect(now.text.compare.title).toBe('Keeping the pump, or stopping it');
    expect(now.text.compare.columns).toEqual(['Keeping the pump', 'Stopping the pump']);
    expect(now.warningWhen).toBe('You have a pump now, so these signs matter now.');
    expect(now.text.compare.rows[1]!.current).toMatch(/never stop all at once.*Taking it out is an operation/);
  });

  it('has no test dose, surgery, test-response figures or "no refills" choices, and asks about the next refill', () => {
    expect(now.about.map((part) => part.title)).toEqual(['About your pump', 'Living with a pump']);
    expect(now.figures.testDose).toBeNull();
    expect(now.figures.strokeTrial).toBeNull();
    expect(text).not.toMatch(/No test dose|No regular refill visits|choose not to have a pump|respond to it/);
    expect(now.text.questions.list[0]).toBe('Who will do the next refill, and when?');
  });

  it('speaks to the parent of a child with a pump', () => {
    const child = contentFor(7, { findings: [pumpFinding] });
    expect(child.text.title).toBe('Your child’s visit about your child’s baclofen pump');
    expect(child.warningWhen).toBe('Your child has a pump now, so these signs matter now.');
  });

  it('comes from the rule data for the worked example of a patient with a pump', () => {
    const example = examples.find((candidate) => candidate.intake.otherTreatments.includes('itb_pump_current'))!;
    const content = sheetContent(example.intake, summarize(example.intake, ruleSet));
    expect(content.pumpNow).toBe(true);
    expect(sheetContent(examples[0]!.intake, summarize(examples[0]!.intake, ruleSet)).pumpNow).toBe(false);
  });
});

describe('every sheet', () => {
  it('never says "they go slowly" (unverified) and says who plans any change to the dose', () => {
    for (const pumpNow of [false, true]) {
      const content = contentFor(40, { findings: pumpNow ? [pumpFinding] : oneOfEach });
      const text = shown(content);
      expect(text).not.toMatch(/go slowly/);
      expect(text).toContain('The team plans any change to the dose. A pump must never stop all at once');
      expect(text).toMatch(/\(withdrawal\) can be life-threatening/);
      expect(text).toMatch(/depends on the kind of pump/);
      expect(text).not.toMatch(/1 to 6 months|1 to 3 days|4 to 6 weeks/);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { levels, type Finding, type Level } from '../../../shared/api/summary';
import { resolveText, sheetContent } from './sheet-content';
import { sheetText } from './sheet-text';

const finding = (ruleId: string, level: Level): Finding => ({
  ruleId,
  level,
  title: ruleId,
  clinicianText: `clinician ${ruleId}`,
  patientText: `Patient words of ${ruleId}.`,
  because: [],
  sources: [],
});

const ruleSet = { id: 'itb-referral', version: '2.0.0', hash: `sha256:${'0'.repeat(64)}`, reviewed: '2026-11-24' };
const oneOfEach = levels.map((level) => finding(`a-${level}-rule`, level));

const contentFor = (
  ageYears: number,
  {
    condition = 'multiple_sclerosis',
    findings = oneOfEach,
    goals = [],
  }: {
    condition?: 'multiple_sclerosis' | 'stroke' | 'cerebral_palsy' | 'other';
    findings?: Finding[];
    goals?: ('less_pain' | 'walking')[];
  } = {},
) => sheetContent({ patient: { ageYears }, diagnosis: { condition }, goals }, { findings, ruleSet });

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
    const shown = JSON.stringify(contentFor(40));
    for (const { ruleId } of oneOfEach) expect(shown).not.toContain(`"${ruleId}"`);
  });

  it('speaks to a parent under 12 and to the patient from 12', () => {
    expect(contentFor(11).text.title).toBe('Your child’s visit about a baclofen pump');
    expect(contentFor(12).text.title).toBe('Your visit about a baclofen pump');
  });

  it('says the warning signs apply once there is a pump, or now when the current-pump rule fired', () => {
    expect(contentFor(40).warningWhen).toBe('These signs matter once you have a pump.');
    const withPump = contentFor(40, { findings: [...oneOfEach, finding('current-pump', 'caution')] });
    expect(withPump.warningWhen).toBe('You have a pump now, so these signs matter now.');
    const childWithPump = contentFor(6, { findings: [finding('current-pump', 'caution')] });
    expect(childWithPump.warningWhen).toBe('Your child has a pump now, so these signs matter now.');
  });

  it('gives children’s figures under 18 and adult figures from 18', () => {
    expect(contentFor(16).figures.risks.join(' ')).toContain('children');
    expect(contentFor(17).figures.risks.join(' ')).not.toContain('adults');
    expect(contentFor(18).figures.risks.join(' ')).toContain('adults');
    expect(contentFor(18).figures.risks.join(' ')).not.toContain('children');
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

  it('marks the goals the doctor wrote down, and offers every goal of the form', () => {
    const { goals } = contentFor(40, { goals: ['walking'] });
    expect(goals.map((goal) => goal.id)).toEqual(Object.keys(sheetText.matters.goals));
    expect(goals.filter((goal) => goal.doctorNoted).map((goal) => goal.label)).toEqual(['Walking']);
  });
});

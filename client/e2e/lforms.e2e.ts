import type { Bundle, Questionnaire, QuestionnaireResponse } from '@medplum/fhirtypes';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Intake } from '../../shared/api/intake';
import type { Summary } from '../../shared/api/summary';
import { examples } from '../../shared/examples/examples';
import { toFormValues } from '../features/intake/form-values';
import { notKnownLinkId } from '../../shared/fhir/question-items';
import { listsAsSets } from '../../shared/fixtures/lists-as-sets';
import { questionByPath } from '../../shared/questions/lookup';
import { axeViolations, useBrowser } from '../../tools/e2e/browser';
import { ensureLForms, lformsRenderer, openLForms } from '../../tools/e2e/lforms';
import { allHintsShown, answerByClicks, findingCodes, hintedPaths, hintsOf, roundTrip } from '../../tools/e2e/renderer';

// Proof with a renderer nobody here wrote: NLM's LHC-Forms renders our
// Questionnaire in Chromium, a person's clicks fill it, its own export
// (getFormFHIRData) goes to $intake and $summary, and the answers and findings
// are those of our own form.

type LFormsWindow = {
  LForms: {
    Util: {
      addFormToPage: (form: unknown, id: string, options: object) => Promise<void>;
      getFormFHIRData: (type: string, version: string, element: Element | null) => QuestionnaireResponse;
      checkValidity: (element: Element | null) => string[] | null;
    };
  };
};

describe('the Questionnaire in LHC-Forms', () => {
  const browser = useBrowser();
  let lforms: Page;
  let questionnaire: Questionnaire;

  const api = (path: string, body: unknown) =>
    fetch(`${browser.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/fhir+json' },
      body: JSON.stringify(body),
    });
  beforeAll(async () => {
    const dir = await ensureLForms();
    questionnaire = await (await fetch(`${browser.baseUrl}/api/fhir/Questionnaire/itb-referral`)).json();
    lforms = await browser.open('about:blank');
    await openLForms(lforms, dir);
  });

  const render = () =>
    lforms.evaluate(
      (form) => (window as unknown as LFormsWindow).LForms.Util.addFormToPage(form, 'form', { fhirVersion: 'R4' }),
      questionnaire,
    );
  const problems = () =>
    lforms.evaluate(() =>
      (window as unknown as LFormsWindow).LForms.Util.checkValidity(document.getElementById('form')),
    );

  /** Renders the form afresh and answers it as the intake does, with clicks and typing; returns LHC-Forms' own export. */
  async function fillInLForms(intake: Intake): Promise<QuestionnaireResponse> {
    await render();
    await answerByClicks(lformsRenderer(lforms), intake);
    return lforms.evaluate(() =>
      (window as unknown as LFormsWindow).LForms.Util.getFormFHIRData(
        'QuestionnaireResponse',
        'R4',
        document.getElementById('form'),
      ),
    );
  }

  it("shows every question's hint as its help, the follow-ups' once their condition is answered", async () => {
    await render();
    const hints = hintsOf(questionnaire);
    expect([...(await allHintsShown(lformsRenderer(lforms), hints))].sort()).toEqual([...hints.keys()].sort());
    expect([...hints.keys()].sort()).toEqual(hintedPaths);
  }, 180_000);

  it('asks for a number or its "not known" box, and hides the number once the box is ticked', async () => {
    await render();
    const months = 'diagnosis.monthsSinceOnset';
    const question = questionByPath.get(months)!.question;
    const missing = async () => ((await problems()) ?? []).filter((problem) => problem.startsWith(question));
    expect(await missing()).toEqual([`${question} requires a value`]);
    await lformsRenderer(lforms).item(notKnownLinkId(months)).getByText('Yes', { exact: true }).click();
    expect(await missing()).toEqual([]);
    expect(await lformsRenderer(lforms).item(months).isVisible()).toBe(false);
  });

  // With the example of the next test and Smart Forms' (smart-forms.e2e.ts), three examples
  // that between them use every kind of item and every enableWhen: lists answered "none",
  // "not known" numbers, the other-condition text, the GMFCS and injury level follow-ups,
  // autonomic dysreflexia, oral baclofen tried or not sure. The hints test above opens every
  // follow-up. (Every example, and 1,000 random intakes, round-trip through $intake in the unit tests.)
  it.each([
    ['cervical-spinal-cord-injury', examples.find((example) => example.id === 'cervical-spinal-cord-injury')!] as const,
  ])('example %s: filled by clicks, its export gives back the intake and the same findings', async (_id, example) => {
    const response = await fillInLForms(example.intake);
    expect(response).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      questionnaire: `${questionnaire.url}|${questionnaire.version}`,
      status: 'completed',
    });
    const { intake, findings, expectedFindings } = await roundTrip(browser.baseUrl, response, example.intake);
    expect(intake).toEqual(listsAsSets(example.intake));
    expect(findings).toEqual(expectedFindings);
  });

  it('the same answers in our own form give the same findings as through LHC-Forms', async () => {
    const example = examples.find((candidate) => candidate.id === 'teen-cerebral-palsy-fusion')!;
    const response = await fillInLForms(example.intake);
    const { intake, findings: fromLForms } = await roundTrip(browser.baseUrl, response, example.intake);
    expect(intake).toEqual(listsAsSets(example.intake));
    // Our form with the same answers (form.e2e.ts fills it by clicks; here they are its saved draft).
    const page = await browser.open('/');
    await page.evaluate(
      (draft) => sessionStorage.setItem('itb-referral-aid:draft', JSON.stringify(draft)),
      toFormValues(example.intake),
    );
    await page.goto('/?step=check');
    const answered = page.waitForResponse((answer) => answer.url().endsWith('/api/summary'));
    await page.getByRole('button', { name: 'Create summary' }).click();
    const native = (await (await answered).json()) as Summary;
    expect(native.findings.map((finding) => finding.ruleId).sort()).toEqual(fromLForms);
  });

  it('the summary page downloads the same document (and stays axe clean)', async () => {
    const example = examples.find((candidate) => candidate.id === 'child-cerebral-palsy')!;
    const page = await browser.open(`/examples/${example.id}`);
    await page.locator('.rule-set-identity').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Summary document (.json)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^itb-referral-summary-\d{4}-\d\d-\d\d\.json$/);
    const file = join(mkdtempSync(join(tmpdir(), 'itb-download-')), download.suggestedFilename());
    await download.saveAs(file); // the browser may run elsewhere: path() is not available when connected
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Bundle;
    expect(saved).toMatchObject({ resourceType: 'Bundle', type: 'document' });
    const summary = (await (await api('/api/summary', example.intake)).json()) as Summary;
    expect(findingCodes(saved)).toEqual(summary.findings.map((finding) => finding.ruleId).sort());
  });
});

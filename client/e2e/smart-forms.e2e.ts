import type { Questionnaire } from '@medplum/fhirtypes';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleById } from '../../shared/examples/examples';
import { notKnownLinkId } from '../../shared/fhir/question-items';
import { listsAsSets } from '../../shared/fixtures/lists-as-sets';
import { useBrowser } from '../../tools/e2e/browser';
import { allHintsShown, answerByClicks, choose, hintedPaths, hintsOf, roundTrip } from '../../tools/e2e/renderer';
import {
  buildSmartForms,
  openSmartForms,
  smartFormsRenderer,
  type SmartFormsWindow,
} from '../../tools/e2e/smart-forms';

// A second renderer nobody here wrote: CSIRO's Smart Forms (React 18, built for
// this test once per machine and cached, served offline) renders our Questionnaire in Chromium, shows its
// hints, asks for what it requires, and its own response goes to $intake and
// $summary with the answers and findings of our own form.

describe('the Questionnaire in CSIRO Smart Forms', () => {
  const browser = useBrowser();
  let page: Page;
  let pageDir: string;
  let questionnaire: Questionnaire;

  // Every request the page makes: it is served by the test, and must need nothing else (offline).
  const requested: string[] = [];

  beforeAll(async () => {
    pageDir = await buildSmartForms();
    questionnaire = await (await fetch(`${browser.baseUrl}/api/fhir/Questionnaire/itb-referral`)).json();
    page = await browser.open('about:blank');
    page.on('request', (request) => requested.push(request.url()));
  });

  /** The form afresh: a new page load, then the Questionnaire rendered and its first item on show. */
  async function render(): Promise<void> {
    await openSmartForms(page, pageDir);
    await page.evaluate((form) => (window as unknown as SmartFormsWindow).smartForms.render(form), questionnaire);
    await smartFormsRenderer(page).item('patient.ageYears').waitFor();
  }
  const invalid = () => page.evaluate(() => (window as unknown as SmartFormsWindow).smartForms.invalid());

  it("shows every question's hint as a flyover, the follow-ups' once their condition is answered", async () => {
    await render();
    const hints = hintsOf(questionnaire);
    expect([...(await allHintsShown(smartFormsRenderer(page), hints))].sort()).toEqual([...hints.keys()].sort());
    expect([...hints.keys()].sort()).toEqual(hintedPaths);
  }, 180_000);

  it('asks for a number or its "not known" box, and hides the number once the box is ticked', async () => {
    await render();
    const months = 'diagnosis.monthsSinceOnset';
    expect((await invalid())[months]).toEqual([expect.stringContaining('Mandatory field')]);
    await choose(smartFormsRenderer(page), notKnownLinkId(months), 'Yes');
    await expect.poll(async () => (await invalid())[months], { timeout: 30_000 }).toBeUndefined();
    expect(await smartFormsRenderer(page).item(months).isVisible()).toBe(false);
  });

  it('refuses months since onset beyond (age + 1) × 12, with the words of the constraint', async () => {
    await render();
    const { typeInto } = smartFormsRenderer(page);
    await typeInto('patient.ageYears', '2');
    await typeInto('diagnosis.monthsSinceOnset', '40');
    await expect
      .poll(async () => (await invalid())['diagnosis.monthsSinceOnset'], { timeout: 30_000 })
      .toEqual([expect.stringContaining('(age + 1) × 12')]);
    await typeInto('diagnosis.monthsSinceOnset', '36');
    await expect.poll(async () => (await invalid())['diagnosis.monthsSinceOnset'], { timeout: 30_000 }).toBeUndefined();
  });

  // One round trip by clicks, with an example quick to fill (much is not known): Smart Forms renders the
  // form anew on every answer (73 s for a busy example on a loaded machine). With
  // LHC-Forms' two (lforms.e2e.ts), the three examples between them use every kind of
  // item and every enableWhen; the hints test above opens every follow-up here too.
  it.each([['much-missing', exampleById('much-missing')!] as const])(
    'example %s: filled by clicks, its response gives back the intake and the same findings',
    async (_id, example) => {
      await render();
      await answerByClicks(smartFormsRenderer(page), example.intake);
      // Smart Forms validates a moment after each answer.
      await expect.poll(invalid, { timeout: 30_000 }).toEqual({});
      const response = await page.evaluate(() => (window as unknown as SmartFormsWindow).smartForms.response());
      // $summary needs authored, which Smart Forms sets only when a response is saved.
      const { intake, findings, expectedFindings } = await roundTrip(
        browser.baseUrl,
        { ...response, authored: '2026-11-25T14:30:00Z' },
        example.intake,
      );
      expect(intake).toEqual(listsAsSets(example.intake));
      expect(findings).toEqual(expectedFindings);
    },
    // Smart Forms renders the form anew on every answer: slow on a busy machine.
    180_000,
  );

  it('asked nothing of the network: every request of the page went to the page the test serves', () => {
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => !url.startsWith('http://smart-forms.test/') && !url.startsWith('data:'))).toEqual(
      [],
    );
  });
});

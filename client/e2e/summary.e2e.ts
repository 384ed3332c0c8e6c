import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Intake } from '../../shared/api/intake';
import type { Summary } from '../../shared/api/summary';
import { examples } from '../../shared/examples/examples';
import { referralData } from '../../shared/questions/referral';
import { axeViolations, screenshot, useBrowser } from '../../tools/e2e/browser';
import { ruleSet } from '../../shared/rules/rule-set';
import { summarize } from '../../shared/rules/summarize';
import { testIdentity } from '../../shared/fixtures/test-identity';

// The clinician summary in the real browser: the order on screen that puts
// cautions first, the print for the referral letter, copying, clearing. Every
// example's referral data and findings, in their order, are checked in jsdom
// (client/pages/example-summary-page.test.tsx); here the summaries that need the
// most paper, where layout and print could fail.

/** How much a summary prints, measured without a browser: the characters of its findings and referral data, and a line for each. */
const summaryLength = (intake: Intake) =>
  summarize(intake, testIdentity).findings.reduce(
    (sum, finding) => sum + finding.title.length + finding.clinicianText.length + 60,
    0,
  ) +
  referralData(intake)
    .flatMap((group) => group.rows)
    .reduce((sum, row) => sum + row.label.length + row.words.length + 60, 0);
const hasCautions = (intake: Intake) =>
  summarize(intake, testIdentity).findings.some((finding) => finding.level === 'caution');
const longest = (candidates: typeof examples) =>
  candidates.reduce((a, b) => (summaryLength(b.intake) > summaryLength(a.intake) ? b : a));
// The longest summary with cautions and the longest without: the page differs by whether it has any.
const printedExamples = [
  longest(examples.filter((example) => hasCautions(example.intake))),
  longest(examples.filter((example) => !hasCautions(example.intake))),
];

// PRINT_PDF_DIR=<dir> keeps the PDFs of the clinician prints.
const pdfDir = process.env.PRINT_PDF_DIR;
if (pdfDir) mkdirSync(pdfDir, { recursive: true });

/** Pages in a PDF made by Chromium: one "/Type /Page" object per page. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
const storedKeys = (page: Page) => page.evaluate(() => Object.keys(sessionStorage));

describe('clinician summary in Chromium', () => {
  const browser = useBrowser();

  const summaryOf = async (intake: Intake): Promise<Summary> => {
    const res = await fetch(`${browser.baseUrl}/api/summary`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(intake),
    });
    return res.json();
  };

  it.each(printedExamples.map((example) => [example.id, example] as const))(
    'example %s: every answer in the referral data, every finding with cautions first, and a print of 1 to 3 pages (A4, Letter)',
    async (id, example) => {
      const expected = await summaryOf(example.intake);
      const page = await browser.open(`/examples/${id}`);
      await page.locator('.rule-set-identity').waitFor();

      const rows = await page
        .locator('.referral-row')
        .evaluateAll((nodes) =>
          nodes.map((node) => [node.querySelector('dt')!.textContent, node.querySelector('dd')!.textContent]),
        );
      expect(rows).toEqual(
        referralData(example.intake).flatMap((group) => group.rows.map((row) => [row.label, row.words])),
      );

      // The page reads in the specialist's order: not-a-decision, the cautions in full
      // (contraindications first), the referral data, then the other findings.
      const shown = await page.locator('.finding .rule-id').allTextContents();
      const cautions = expected.findings.filter((finding) => finding.level === 'caution');
      const contraindications = cautions.filter((finding) => finding.contraindication).map((finding) => finding.ruleId);
      expect(shown.slice(0, contraindications.length)).toEqual(contraindications);
      expect(shown.slice(0, cautions.length).sort()).toEqual(cautions.map((finding) => finding.ruleId).sort());
      expect([...shown].sort()).toEqual(expected.findings.map((finding) => finding.ruleId).sort());
      const order = await page.evaluate(() =>
        ['.not-a-decision', '#level-caution', '.referral-data', '.findings-area'].map(
          (selector) => document.querySelector(selector)?.getBoundingClientRect().top ?? -1,
        ),
      );
      expect(order.every((top, index) => top >= 0 && (index === 0 || top > order[index - 1]!))).toBe(true);
      // Points to consider and to check come before the matches with documented uses.
      const levelTops = await page.evaluate(() =>
        ['consider', 'check', 'indication', 'info'].map(
          (level) => document.getElementById(`level-${level}`)?.getBoundingClientRect().top ?? null,
        ),
      );
      const shownTops = levelTops.filter((top): top is number => top !== null);
      expect(shownTops).toEqual([...shownTops].sort((a, b) => a - b));
      await screenshot(page, `summary-${id}`);

      // On paper: no rule ids, no bare paths; the rules page once, as a full address.
      await page.emulateMedia({ media: 'print' });
      const printed = await page.locator('.summary').innerText();
      // Ids of one word ("shunt", "walks") are also plain words: look for the hyphenated ones.
      const ids = expected.findings.map((finding) => finding.ruleId).filter((ruleId) => ruleId.includes('-'));
      expect(ids.filter((ruleId) => printed.includes(ruleId))).toEqual([]);
      expect(printed).not.toMatch(/(^|\s)\/rules\b/);
      expect(printed.split(`${browser.baseUrl}/rules`)).toHaveLength(2);
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await page.pdf({ format });
        if (pdfDir) writeFileSync(join(pdfDir, `summary-${id}-${format}.pdf`), pdf);
        const pages = pdfPages(pdf);
        expect(pages, `${id} on ${format}`).toBeGreaterThanOrEqual(1);
        expect(pages, `${id} on ${format}`).toBeLessThanOrEqual(3);
      }
    },
  );

  it('prints without navigation or buttons, with page numbers, numbered references and the rule set identity', async () => {
    const page = await browser.open('/examples/spinal-cord-injury-t4');
    await page.locator('.rule-set-identity').waitFor();
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.site-footer', '.summary-actions', '.not-fired']) {
      await expect(page.locator(hidden).first().isVisible(), hidden).resolves.toBe(false);
    }
    await expect(page.locator('.references li').count()).resolves.toBeGreaterThan(3);
    await expect(page.locator('.finding-refs a').first().textContent()).resolves.toMatch(/^Source \[\d+\]$/);
    await expect(page.locator('.rule-set-identity').textContent()).resolves.toMatch(
      new RegExp(
        `Rule set itb-referral ${ruleSet.version.replaceAll('.', '\\.')} \\(sha256:[0-9a-f]{64}\\), reviewed \\d{4}-\\d{2}-\\d{2}\\. Every rule, when it fires and its sources: http://\\S+/rules\\. Made with ITB Referral Aid\\. This summary lists points`,
      ),
    );
    const css = await page.evaluate(() =>
      [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'),
    );
    expect(css).toMatch(/@bottom-center\s*\{[^}]*content:\s*"Page " counter\(page\) " of " counter\(pages\)/);
  });

  it('after a real form: notes as text, Copy as text with the referral data, axe clean, then Clear this patient empties everything', async () => {
    const example = examples.find((candidate) => candidate.id === 'spinal-cord-injury-t4')!;
    const intake = { ...example.intake, notes: '<img src=x onerror=alert(1)> walker indoors' };
    const page = await browser.open('/', { width: 1280, height: 900 }, ['clipboard-read', 'clipboard-write']);
    await page.evaluate((value) => {
      sessionStorage.setItem('itb-referral-aid:submitted-intake', JSON.stringify(value));
      sessionStorage.setItem('itb-referral-aid:draft', '{}');
    }, intake);
    await page.goto('/summary');
    await page.locator('.rule-set-identity').waitFor();
    await expect(page.locator('.not-a-decision').textContent()).resolves.toContain('It is not a decision');
    await expect(page.locator('#level-caution').textContent()).resolves.toContain('Look first: cautions');
    await expect(page.locator('.notes-echo').textContent()).resolves.toBe(intake.notes);
    await expect(page.locator('.notes-echo img').count()).resolves.toBe(0);

    await page.getByRole('button', { name: 'Copy as text' }).click();
    await page.getByText('Summary copied.').waitFor();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('REFERRAL DATA');
    expect(text).toContain('  Neurological level of injury: T1 to T6');
    expect(text.indexOf('LOOK FIRST: CAUTIONS')).toBeLessThan(text.indexOf('REFERRAL DATA'));
    expect(text.indexOf('REFERRAL DATA')).toBeLessThan(text.indexOf('MATCHES A DOCUMENTED USE'));
    expect(text.indexOf('TO CONSIDER')).toBeLessThan(text.indexOf('MATCHES A DOCUMENTED USE'));
    expect(text).not.toMatch(/\[[a-z]+(-[a-z0-9]+)+\]/);
    expect(text).toContain('This form does not screen for every contraindication.');

    await page.locator('.not-fired summary').click();
    await expect(page.locator('.not-fired li').count()).resolves.toBe(
      ruleSet.rules.length - (await page.locator('.finding').count()),
    );
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Clear this patient' }).click();
    await page.getByText('This patient’s answers are cleared.').waitFor();
    await expect(page.locator('.referral-data').count()).resolves.toBe(0);
    expect(await storedKeys(page)).toEqual([]);
    await page.reload();
    await page.getByText('There is no summary in this browser tab yet.').waitFor();
  });

  it('"Start a new referral" clears everything and opens an empty form at step 1', async () => {
    const page = await browser.open('/');
    await page.evaluate(
      (value) => sessionStorage.setItem('itb-referral-aid:submitted-intake', JSON.stringify(value)),
      examples[0]!.intake,
    );
    await page.goto('/summary');
    await page.getByRole('button', { name: 'Start a new referral' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await expect(page.getByLabel('Age in years').inputValue()).resolves.toBe('');
    await expect(page.getByText('These are saved answers').count()).resolves.toBe(0);
    expect(await storedKeys(page)).toEqual([]);
  });

  it('says when the server fails, and tries again', async () => {
    const page = await browser.open('about:blank');
    await page.route('**/api/summary', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: '{"error":"internal_error","message":"Something went wrong on the server. Try again."}',
      }),
    );
    await page.goto('/examples/stroke-focal');
    await page.getByText('The summary could not be created').waitFor();
    await page.unroute('**/api/summary');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.locator('.rule-set-identity').waitFor();
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Summary } from '../../shared/api/summary';
import { examples } from '../../shared/examples/examples';
import { fleschKincaidGrade } from '../../shared/text/readability';
import { axeViolations, useBrowser } from '../../tools/e2e/browser';

const shots = '/tmp/shots/pages';
mkdirSync(shots, { recursive: true });

/** Pages in a PDF made by Chromium: one "/Type /Page" object per page. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

/** The sheet's words as a patient reads them: rule ids and the hash left out. */
const sheetWords = (page: Page) =>
  page.locator('.sheet').evaluate((sheet: HTMLElement) => {
    // innerText keeps line breaks between headings, items and cells, but only on a rendered element.
    const hidden = [...sheet.querySelectorAll<HTMLElement>('.sheet-rule-id, .sheet-actions, .sheet-footer')];
    hidden.forEach((node) => (node.style.display = 'none'));
    const text = sheet.innerText;
    hidden.forEach((node) => (node.style.display = ''));
    return text;
  });

describe('summary, patient sheet, rules and examples in Chromium', () => {
  const browser = useBrowser();

  const summaryOf = async (intake: unknown): Promise<Summary> => {
    const res = await fetch(`${browser.baseUrl}/api/summary`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(intake),
    });
    return res.json();
  };

  it.each(examples.map((example) => [example.id, example] as const))(
    'example %s: the summary shows every fired rule; the sheet prints on 1 or 2 pages (A4, Letter) at grade 6 or below',
    async (id, example) => {
      const expected = await summaryOf(example.intake);
      const page = await browser.open(`/examples/${id}`);
      await page.locator('.rule-set-identity').waitFor();
      const shown = await page.locator('.finding .rule-id').allTextContents();
      expect(shown).toEqual(expected.findings.map((finding) => finding.ruleId));
      await page.screenshot({ path: `${shots}/${id}-summary.png`, fullPage: true });

      await page.goto(`/examples/${id}/patient`);
      await page.locator('.sheet-footer').waitFor();
      for (const finding of expected.findings) {
        await expect(page.locator('.sheet-rule-id', { hasText: finding.ruleId }).count()).resolves.toBe(1);
      }
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await page.pdf({ format, printBackground: true });
        writeFileSync(`${shots}/${id}-${format}.pdf`, pdf);
        const pages = pdfPages(pdf);
        expect(pages, `${id} on ${format}`).toBeGreaterThanOrEqual(1);
        expect(pages, `${id} on ${format}`).toBeLessThanOrEqual(2);
      }
      expect(fleschKincaidGrade(await sheetWords(page))).toBeLessThanOrEqual(6);
    },
  );

  it('prints body text at 12 pt or larger, with "Page 1 of 2" in the footer', async () => {
    const page = await browser.open('/examples/ms-drowsiness/patient');
    await page.locator('.sheet-footer').waitFor();
    await expect(page.getByText('Save as PDF').isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'print' });
    const sizes = await page.locator('.sheet p, .sheet li, .sheet td').evaluateAll((nodes) =>
      nodes
        .filter((node) => !node.closest('.sheet-footer') && node.getClientRects().length > 0)
        .map((node) => parseFloat(getComputedStyle(node).fontSize)),
    );
    expect(sizes.length).toBeGreaterThan(20);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(16); // 12 pt = 16 px
    // The Print button and its PDF hint are for the screen only.
    await expect(page.getByRole('button', { name: 'Print this sheet' }).isVisible()).resolves.toBe(false);
    await expect(page.getByText('Save as PDF').isVisible()).resolves.toBe(false);
    const css = await page.evaluate(() =>
      [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'),
    );
    expect(css).toMatch(/@bottom-center\s*\{[^}]*content:\s*"Page " counter\(page\) " of " counter\(pages\)/);
  });

  it('the summary after a real form: not-a-decision first, notes shown as text, Copy as text', async () => {
    const example = examples[0]!;
    const page = await browser.open('/', { width: 1280, height: 900 }, ['clipboard-read', 'clipboard-write']);
    const intake = { ...example.intake, notes: '<img src=x onerror=alert(1)> walker indoors' };
    await page.evaluate((value) => sessionStorage.setItem('itb-referral-aid:submitted-intake', JSON.stringify(value)), intake);
    await page.goto('/summary');
    await page.locator('.rule-set-identity').waitFor();
    await expect(page.locator('.not-a-decision').textContent()).resolves.toContain('It is not a decision');
    await expect(page.locator('.notes-echo').textContent()).resolves.toBe(intake.notes);
    await expect(page.locator('.notes-echo img').count()).resolves.toBe(0);

    await page.getByRole('button', { name: 'Copy as text' }).click();
    await page.getByText('Summary copied.').waitFor();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('It is not a decision about treatment.');
    expect(text).toContain('Side effects limited the oral dose [oral-side-effects]');
    expect(text).toContain('Sources: Lioresal Intrathecal (baclofen injection) US prescribing information');
    expect(text).toContain('Rules not triggered: Active infection;');

    await page.locator('.not-fired summary').click();
    await expect(page.locator('.not-fired li').count()).resolves.toBe(26);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Print the patient sheet' }).click();
    await page.waitForURL('**/summary/patient');
    await page.locator('.sheet-footer').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the summary says when the server fails, and tries again', async () => {
    const page = await browser.open('/examples/stroke-focal');
    await page.route('**/api/summary', (route) => route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":"internal_error","message":"Something went wrong on the server. Try again."}' }));
    await page.reload();
    await page.getByText('The summary could not be created').waitFor();
    await page.unroute('**/api/summary');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.locator('.rule-set-identity').waitFor();
  });

  it('the rules page lists all 33 rules with "Fires when", version, hash and review date', async () => {
    const page = await browser.open('/rules');
    await page.locator('.rule').first().waitFor();
    await expect(page.locator('.rule').count()).resolves.toBe(33);
    await expect(page.locator('#severe-spasticity').textContent()).resolves.toContain(
      'Fires when Modified Ashworth score is 3 or 4, or Penn spasm frequency score is 3 or more.',
    );
    await expect(page.locator('.rule-set-facts').textContent()).resolves.toMatch(/1\.0\.0.*2026-11-24.*sha256:[0-9a-f]{64}/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the examples list links to every example, with no axe violations at 1280 and 360 px', async () => {
    for (const width of [1280, 360]) {
      const page = await browser.open('/examples', { width, height: 800 });
      await page.locator('.example-list').waitFor();
      await expect(page.locator('.example-list > li').count()).resolves.toBe(examples.length);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.goto(`/examples/${examples[2]!.id}`);
      await page.locator('.rule-set-identity').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `${shots}/example-summary-${width}.png`, fullPage: true });
    }
  });
});

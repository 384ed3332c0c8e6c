import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Summary } from '../../shared/api/summary';
import type { SheetCase } from '../../client/test/sheet-cases';
import type { useBrowser } from './browser';

// How the browser tests open a patient sheet, and where print puts its parts.
// The cases (every worked example and a six-year-old) and the rule that picks
// the ones the browser prints are in client/test/sheet-cases.ts.

export { sheetCases, sheetsToPrint, type SheetCase } from '../../client/test/sheet-cases';

/** Opens a case's sheet at `path` (its answers in this tab's storage) and returns the summary the page was given. */
export async function openPatientSheet(
  browser: Pick<ReturnType<typeof useBrowser>, 'open'>,
  sheetCase: SheetCase,
  path: string,
) {
  const page = await browser.open('/');
  let summary: Summary | undefined;
  await page.route('**/api/summary*', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as Summary;
    summary = body;
    await route.fulfill({ response, json: body });
  });
  await page.evaluate(
    (intake) => sessionStorage.setItem('itb-referral-aid:submitted-intake', JSON.stringify(intake)),
    sheetCase.intake,
  );
  await page.goto(path);
  await page.locator('.sheet-footer').waitFor();
  return { page, summary: summary! };
}

export async function ruleIdsOf(baseUrl: string): Promise<string[]> {
  const res = await fetch(`${baseUrl}/api/rules`);
  return ((await res.json()) as { rules: { id: string }[] }).rules.map((rule) => rule.id);
}

/**
 * A PDF's pages and named destinations. Chromium writes a destination (page and
 * point) for every element that a same-page link points at, so the test links
 * to the elements it wants to locate and reads where print put them. Skia
 * writes these dictionaries uncompressed; only page contents are compressed.
 */
function pdfLayout(pdf: Buffer) {
  const text = pdf.toString('latin1');
  const objects = new Map([...text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)].map((m) => [m[1]!, m[2]!]));
  const ref = (body: string, key: string) => new RegExp(`/${key} (\\d+) 0 R`).exec(body)?.[1];
  const catalog = [...objects.values()].find((body) => /\/Type \/Catalog/.test(body))!;
  const leaves = (id: string): string[] => {
    const body = objects.get(id)!;
    if (!/\/Type \/Pages/.test(body)) return [id];
    return [.../\/Kids \[([^\]]*)\]/.exec(body)![1]!.matchAll(/(\d+) 0 R/g)].flatMap((m) => leaves(m[1]!));
  };
  const pages = leaves(ref(catalog, 'Pages')!);
  const destsId = ref(catalog, 'Dests');
  const dests = new Map(
    [...(destsId ? objects.get(destsId)! : '').matchAll(/\/([\w-]+) \[(\d+) 0 R \/XYZ/g)].map((m) => [
      m[1]!,
      pages.indexOf(m[2]!) + 1,
    ]),
  );
  return { pageCount: pages.length, pageOf: (id: string) => dests.get(id) };
}

/** Gives each probe an id and a hidden link to it, so print records on which page it lands. */
async function addProbes(page: Page) {
  await page.evaluate(() => {
    const probe = (id: string, element: Element | null) => {
      if (!element) throw new Error(`No element for probe ${id}`);
      element.id = id;
      const link = document.createElement('a');
      link.href = `#${id}`;
      link.hidden = true;
      document.body.append(link);
    };
    const box = document.querySelector('.sheet-warning');
    // After the box's last words (its last list item): an empty inline span adds no height.
    const boxEnd = document.createElement('span');
    box?.lastElementChild?.lastElementChild?.append(boxEnd);
    probe('probe-box-start', box);
    probe('probe-box-end', boxEnd);
    probe('probe-last-question', document.querySelector('.sheet-questions li:last-child'));
    probe('probe-footer', document.querySelector('.sheet-footer'));
  });
}

/** The smallest font size (px) of any printed element that holds text of its own. */
export const smallestTextPx = (page: Page) =>
  page
    .locator('.sheet *')
    .evaluateAll((nodes) =>
      Math.min(
        ...nodes
          .filter(
            (node) =>
              node.getClientRects().length > 0 &&
              [...node.childNodes].some((child) => child.nodeType === 3 && child.textContent!.trim()),
          )
          .map((node) => parseFloat(getComputedStyle(node).fontSize)),
      ),
    );

const pdfDir = process.env.PRINT_PDF_DIR;

export type PrintLayout = {
  format: 'A4' | 'Letter';
  pageCount: number;
  boxStart?: number;
  boxEnd?: number;
  lastQuestion?: number;
  footer?: number;
};

/** Prints the open sheet on A4 and US Letter and says on which page its parts land. PRINT_PDF_DIR=<dir> keeps the PDFs. */
export async function printLayouts(page: Page, name: string): Promise<PrintLayout[]> {
  await addProbes(page);
  if (pdfDir) mkdirSync(pdfDir, { recursive: true });
  const layouts: PrintLayout[] = [];
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: true });
    if (pdfDir) writeFileSync(join(pdfDir, `${name.replace(/\W+/g, '-')}-${format}.pdf`), pdf);
    const { pageCount, pageOf } = pdfLayout(pdf);
    layouts.push({
      format,
      pageCount,
      boxStart: pageOf('probe-box-start'),
      boxEnd: pageOf('probe-box-end'),
      lastQuestion: pageOf('probe-last-question'),
      footer: pageOf('probe-footer'),
    });
  }
  return layouts;
}

/** What is wrong with a print: more than 2 pages, the warning box split, the last page no more than the footer. */
export const printProblems = ({ format, pageCount, boxStart, boxEnd, lastQuestion, footer }: PrintLayout): string[] =>
  [
    pageCount < 1 || pageCount > 2 ? `${pageCount} pages on ${format}` : '',
    boxStart === undefined || boxEnd !== boxStart ? `warning box on pages ${boxStart}-${boxEnd} on ${format}` : '',
    lastQuestion !== pageCount ? `last question on page ${lastQuestion} of ${pageCount} on ${format}` : '',
    footer !== pageCount ? `footer on page ${footer} of ${pageCount} on ${format}` : '',
  ].filter(Boolean);

/**
 * Prints the sheet on A4 and US Letter: 1 or 2 pages, the warning box on one
 * page, the last page more than the footer. PRINT_PDF_DIR=<dir> keeps the PDFs.
 * Returns the pages of each.
 */
export async function expectPrintWithinTwoPages(page: Page, name: string): Promise<Record<'A4' | 'Letter', number>> {
  const pages = { A4: 0, Letter: 0 };
  for (const layout of await printLayouts(page, name)) {
    const where = `${name} on ${layout.format}`;
    expect(layout.pageCount, where).toBeGreaterThanOrEqual(1);
    expect(layout.pageCount, where).toBeLessThanOrEqual(2);
    expect(layout.boxStart, `warning box start, ${where}`).toBeDefined();
    expect(layout.boxEnd, `warning box end, ${where}`).toBe(layout.boxStart);
    expect(layout.lastQuestion, `last question, ${where}`).toBe(layout.pageCount);
    expect(layout.footer, `footer, ${where}`).toBe(layout.pageCount);
    pages[layout.format] = layout.pageCount;
  }
  return pages;
}

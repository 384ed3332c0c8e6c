import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Intake } from '../../shared/api/intake';
import type { Summary } from '../../shared/api/summary';
import { exampleById, examples } from '../../shared/examples/examples';
import type { useBrowser } from './browser';

// The patient sheets the browser tests print, in every language: every worked
// example and a fictional six-year-old; how to open one, and where print puts its parts.

export type SheetCase = { id: string; intake: Intake; path: string; hasPumpNow?: boolean };

const childCp = exampleById('child-cerebral-palsy')!.intake;
export const sheetCases: SheetCase[] = [
  ...examples.map((example) => ({
    id: example.id,
    intake: example.intake,
    path: `/examples/${example.id}/patient`,
    hasPumpNow: example.intake.otherTreatments.includes('itb_pump_current'),
  })),
  {
    id: 'fictional six-year-old',
    intake: {
      ...childCp,
      patient: { ...childCp.patient, ageYears: 6, weightKg: 20 },
      diagnosis: { ...childCp.diagnosis, monthsSinceOnset: 72 },
    },
    path: '/summary/patient',
  },
];

/** Opens a case's sheet at `path` (its answers in this tab's storage) and returns the summary the page was given. */
export async function openPatientSheet(browser: ReturnType<typeof useBrowser>, sheetCase: SheetCase, path: string) {
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

/**
 * Prints the sheet on A4 and US Letter: 1 or 2 pages, the warning box on one
 * page, the last page more than the footer. PRINT_PDF_DIR=<dir> keeps the PDFs.
 * Returns the pages of each.
 */
export async function expectPrintWithinTwoPages(page: Page, name: string): Promise<Record<'A4' | 'Letter', number>> {
  await addProbes(page);
  if (pdfDir) mkdirSync(pdfDir, { recursive: true });
  const pages = { A4: 0, Letter: 0 };
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: true });
    if (pdfDir) writeFileSync(join(pdfDir, `${name.replace(/\W+/g, '-')}-${format}.pdf`), pdf);
    const { pageCount, pageOf } = pdfLayout(pdf);
    const where = `${name} on ${format}`;
    expect(pageCount, where).toBeGreaterThanOrEqual(1);
    expect(pageCount, where).toBeLessThanOrEqual(2);
    expect(pageOf('probe-box-start'), `warning box start, ${where}`).toBeDefined();
    expect(pageOf('probe-box-end'), `warning box end, ${where}`).toBe(pageOf('probe-box-start'));
    expect(pageOf('probe-last-question'), `last question, ${where}`).toBe(pageCount);
    expect(pageOf('probe-footer'), `footer, ${where}`).toBe(pageCount);
    pages[format] = pageCount;
  }
  return pages;
}

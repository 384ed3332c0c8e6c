import { describe, expect, it } from 'vitest';
import { axeViolations, useBrowser } from '../../tools/e2e/browser';
import { expectEnglishSheetWords } from '../test/sheet-words';
import {
  expectPrintWithinTwoPages,
  openPatientSheet,
  ruleIdsOf,
  smallestTextPx,
  sheetCases,
  sheetsToPrint,
  type SheetCase,
} from '../../tools/e2e/patient-sheets';

// The patient sheet as Chromium prints it on A4 and US Letter, for the longest
// sheet of each kind (adult, child under 12, pump now: sheetsToPrint in
// client/test/sheet-cases.ts). The words of every example's sheet are checked in
// jsdom (patient-sheet-cases.test.tsx); every example prints with
// `npx tsx tools/print-check.ts`. PRINT_PDF_DIR=<dir> keeps the PDFs.

const printedCases = await sheetsToPrint('en');
const cases = sheetCases;

describe('patient sheet in Chromium', () => {
  const browser = useBrowser();

  const openSheet = (sheetCase: SheetCase) => openPatientSheet(browser, sheetCase, sheetCase.path);
  const ruleIds = () => ruleIdsOf(browser.baseUrl);

  it.each(printedCases.map((sheetCase) => [sheetCase.id, sheetCase] as const))('%s', async (id, sheetCase) => {
    const { page, summary } = await openSheet(sheetCase);
    const itemsOf = (section: string) => page.locator(`#sheet-${section} li`).allTextContents();
    const texts = (levels: string[]) =>
      summary.findings.filter((f) => levels.includes(f.level)).map((f) => f.patientText);

    // Each finding under its one heading, in the server's order.
    const why = texts(['indication']);
    expect(await itemsOf('why')).toEqual(why);
    expect(await itemsOf('talk')).toEqual(texts(['caution', 'consider', 'info']));
    const bring = await itemsOf('bring');
    expect(bring.slice(0, texts(['check']).length)).toEqual(texts(['check']));
    expect(bring.length).toBeGreaterThan(texts(['check']).length); // and the fixed list after them

    // What a patient reads: no rule id, one reading of the fixed text, the right warning words.
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('.sheet').innerText();
    await expect(page.locator('.sheet code, .sheet .rule-id, .sheet .sheet-rule-id').count()).resolves.toBe(0);
    const read = {
      printed,
      heading: await page.locator('h1').innerText(),
      warningWhen: await page.locator('.sheet-warning-when').innerText(),
    };
    expectEnglishSheetWords(sheetCase, read, await ruleIds());

    // Body text 12 pt (16 px) or more; on paper 1 or 2 pages, the warning box on one page.
    expect(await smallestTextPx(page)).toBeGreaterThanOrEqual(16);
    await expectPrintWithinTwoPages(page, id);
    await page.close();
  });

  it('shows the Print button and the Save as PDF hint on screen only, numbers the pages, and passes axe', async () => {
    const { page } = await openSheet(cases.find((sheetCase) => sheetCase.hasPumpNow)!);
    await expect(page.getByRole('button', { name: 'Print this sheet' }).isVisible()).resolves.toBe(true);
    await expect(page.getByText('Save as PDF').isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Print this sheet' }).isVisible()).resolves.toBe(false);
    await expect(page.getByText('Save as PDF').isVisible()).resolves.toBe(false);
    const css = await page.evaluate(() =>
      [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'),
    );
    expect(css).toMatch(/@bottom-center\s*\{[^}]*content:\s*"Page " counter\(page\) " of " counter\(pages\)/);
  });

  it('passes axe for a child’s sheet at 360 px, with no sideways scrolling', async () => {
    const { page } = await openSheet(cases.find((sheetCase) => sheetCase.id === 'fictional six-year-old')!);
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

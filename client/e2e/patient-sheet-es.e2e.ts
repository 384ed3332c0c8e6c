import { describe, expect, it } from 'vitest';
import { englishWordsIn } from '../../shared/fixtures/english-words';
import { fernandezHuerta } from '../../shared/text/spanish-readability';
import { axeViolations, useBrowser } from '../../tools/e2e/browser';
import {
  expectPrintWithinTwoPages,
  openPatientSheet,
  ruleIdsOf,
  sheetCases,
  sheetsToPrint,
  smallestTextPx,
} from '../../tools/e2e/patient-sheets';

// The patient sheet in Spanish (?lang=es) keeps every promise of the English
// one: the longest Spanish sheet of each kind (adult, child under 12, pump now:
// sheetsToPrint in client/test/sheet-cases.ts) prints on A4 and US Letter within
// 2 pages, the warning box whole, 12 pt, no rule ids, lang="es", axe 0. The words
// of every example's Spanish sheet are checked in jsdom (patient-sheet-cases.test.tsx);
// every example prints with `npx tsx tools/print-check.ts`.
// PRINT_PDF_DIR=<dir> keeps the PDFs (named <case>-es-<format>.pdf).

const printedCases = await sheetsToPrint('es');

const spanishTitle = 'Su hoja para la visita con el especialista – ITB Referral Aid';

describe('the patient sheet in Spanish, in Chromium', () => {
  const browser = useBrowser();

  it.each(printedCases.map((sheetCase) => [sheetCase.id, sheetCase] as const))('%s', async (id, sheetCase) => {
    const { page, summary } = await openPatientSheet(browser, sheetCase, `${sheetCase.path}?lang=es`);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('es');
    await expect(page.title()).resolves.toBe(spanishTitle);

    // The server's Spanish patient texts, each under its one heading.
    const itemsOf = (section: string) => page.locator(`#sheet-${section} li`).allTextContents();
    const texts = (levels: string[]) =>
      summary.findings.filter((f) => levels.includes(f.level)).map((f) => f.patientText);
    expect(await itemsOf('why')).toEqual(texts(['indication']));
    expect(await itemsOf('talk')).toEqual(texts(['caution', 'consider', 'info']));
    expect((await itemsOf('bring')).slice(0, texts(['check']).length)).toEqual(texts(['check']));

    // What a patient reads on paper: Spanish only, no rule id, easy to read.
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('.sheet').innerText();
    expect(englishWordsIn(printed)).toEqual([]);
    const ruleIds = (await ruleIdsOf(browser.baseUrl)).filter((ruleId) => ruleId.includes('-'));
    expect(ruleIds.filter((ruleId) => printed.includes(ruleId))).toEqual([]);
    expect(printed).not.toMatch(/[{}]/);
    expect(fernandezHuerta(printed), 'Fernández-Huerta').toBeGreaterThanOrEqual(70);
    const child = sheetCase.intake.patient.ageYears < 12;
    expect(await page.locator('h1').innerText()).toBe(
      sheetCase.hasPumpNow
        ? `${child ? 'La visita de su hijo' : 'Su visita'} sobre su bomba de baclofeno`
        : `${child ? 'La visita de su hijo' : 'Su visita'} sobre una bomba de baclofeno`,
    );
    if (sheetCase.hasPumpNow) expect(printed).not.toMatch(/La dosis de prueba|La cirugía y la recuperación/);
    else expect(printed).toMatch(/La dosis de prueba/);

    expect(await smallestTextPx(page)).toBeGreaterThanOrEqual(16);
    const pages = await expectPrintWithinTwoPages(page, `${id}-es`);
    if (process.env.PRINT_PDF_DIR)
      console.log(
        `${id} (es): A4 ${pages.A4}, Letter ${pages.Letter}, Fernández-Huerta ${fernandezHuerta(printed).toFixed(1)}`,
      );
    await page.close();
  });

  it('passes axe with lang="es", numbers the pages in Spanish, and the sheet says "Imprimir esta hoja"', async () => {
    const pumpNow = sheetCases.find((sheetCase) => sheetCase.hasPumpNow)!;
    const { page } = await openPatientSheet(browser, pumpNow, `${pumpNow.path}?lang=es`);
    expect(await axeViolations(page)).toEqual([]);
    await expect(page.getByRole('button', { name: 'Imprimir esta hoja' }).isVisible()).resolves.toBe(true);
    // The site's own words stay English, and say so.
    await expect(page.locator('header.site-header').getAttribute('lang')).resolves.toBe('en-GB');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Imprimir esta hoja' }).isVisible()).resolves.toBe(false);
    const css = await page.evaluate(() =>
      [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'),
    );
    expect(css).toMatch(/@bottom-center\s*\{[^}]*content:\s*"Página " counter\(page\) " de " counter\(pages\)/);
  });

  it('passes axe for a child’s sheet at 360 px, with no sideways scrolling', async () => {
    const sixYearOld = sheetCases.find((sheetCase) => sheetCase.id === 'fictional six-year-old')!;
    const { page } = await openPatientSheet(browser, sixYearOld, `${sixYearOld.path}?lang=es`);
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('switches language with a link that keeps the answers, and gives the document back its English', async () => {
    const sixYearOld = sheetCases.find((sheetCase) => sheetCase.id === 'fictional six-year-old')!;
    const { page } = await openPatientSheet(browser, sixYearOld, sixYearOld.path);
    await expect(page.locator('h1').innerText()).resolves.toBe('Your child’s visit about a baclofen pump');
    const spanish = page.getByRole('link', { name: 'Español' });
    await expect(spanish.getAttribute('lang')).resolves.toBe('es');
    await spanish.click();
    await page.locator('h1', { hasText: 'La visita de su hijo' }).waitFor();
    expect(new URL(page.url()).search).toBe('?lang=es');
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('es');
    await expect(page.locator('#sheet-why li').first().innerText()).resolves.toMatch(/su hijo/);

    await page.getByRole('link', { name: 'English' }).click();
    await page.locator('h1', { hasText: 'Your child’s visit' }).waitFor();
    expect(new URL(page.url()).search).toBe('');
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en-GB');
    await expect(page.title()).resolves.toBe('Your sheet for the specialist visit – ITB Referral Aid');
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { languages } from '../shared/text/languages';
import { sheetCases } from '../client/test/sheet-cases';
import { examples } from '../shared/examples/examples';
import { buildClient } from './build-client';
import { chromiumArgs, chromiumPath, ensureChromium } from './e2e/chromium';
import { openPatientSheet, printLayouts, printProblems } from './e2e/patient-sheets';
import { startServer } from './server-process';

// Every patient sheet (every worked example and a six-year-old) in every language,
// printed by Chromium on A4 and US Letter: the pages of each, and any broken
// promise (more than 2 pages, the warning box split, a last page of footer only).
// For people, not part of `npm test` (the browser tests print the longest sheet
// of each kind). Run: npx tsx tools/print-check.ts   (PRINT_PDF_DIR=<dir> keeps the PDFs)
// Then every example's clinician summary (at most 3 pages). Exits 1 if any print breaks a promise.

ensureChromium();
const clientDir = mkdtempSync(join(tmpdir(), 'itb-print-check-'));
const [browser] = await Promise.all([
  chromium.launch({ executablePath: chromiumPath, args: chromiumArgs }),
  buildClient(clientDir),
]);
const server = await startServer({ CLIENT_DIR: clientDir });
let failed = 0;
try {
  const open = async (path = '/') => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: server.url });
    // tsx keeps function names with a helper (__name) that the page's own scripts do not have.
    await context.addInitScript('window.__name = (fn) => fn');
    const page = await context.newPage();
    await page.goto(path);
    return page;
  };
  console.log('sheet'.padEnd(36), 'lang', 'A4', 'Letter', 'problems');
  for (const language of languages) {
    for (const sheetCase of sheetCases) {
      const path = language === 'en' ? sheetCase.path : `${sheetCase.path}?lang=${language}`;
      const { page } = await openPatientSheet({ open }, sheetCase, path);
      await page.emulateMedia({ media: 'print' });
      const layouts = await printLayouts(page, language === 'en' ? sheetCase.id : `${sheetCase.id}-${language}`);
      const problems = layouts.flatMap(printProblems);
      if (problems.length > 0) failed += 1;
      const pages = (format: string) => String(layouts.find((layout) => layout.format === format)!.pageCount);
      console.log(
        sheetCase.id.padEnd(36),
        language.padEnd(4),
        pages('A4').padEnd(2),
        pages('Letter').padEnd(6),
        problems.join('; '),
      );
      await page.context().close();
    }
  }
  console.log('\nsummary'.padEnd(37), 'A4', 'Letter', 'problems');
  for (const example of examples) {
    const page = await open(`/examples/${example.id}`);
    await page.locator('.rule-set-identity').waitFor();
    await page.emulateMedia({ media: 'print' });
    const pages: Record<string, number> = {};
    for (const format of ['A4', 'Letter'] as const) {
      // One "/Type /Page" object per page in a PDF made by Chromium.
      const pdf = await page.pdf({ format });
      pages[format] = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    }
    const problems = Object.entries(pages)
      .filter(([, count]) => count < 1 || count > 3)
      .map(([format, count]) => `${count} pages on ${format}`);
    if (problems.length > 0) failed += 1;
    console.log(example.id.padEnd(36), String(pages.A4).padEnd(2), String(pages.Letter).padEnd(6), problems.join('; '));
    await page.context().close();
  }
} finally {
  await Promise.all([server.stop(), browser.close()]);
  rmSync(clientDir, { recursive: true, force: true });
}
console.log(failed === 0 ? 'Every print keeps its promises.' : `${failed} prints break a promise.`);
process.exitCode = failed === 0 ? 0 : 1;

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Intake } from '../../shared/api/intake';
import type { Summary } from '../../shared/api/summary';
import { exampleById, examples } from '../../shared/examples/examples';
import { fleschKincaidGrade } from '../../shared/text/readability';
import { axeViolations, useBrowser } from '../../tools/e2e/browser';

// The patient sheet of every worked example and of a fictional six-year-old, as
// Chromium prints it on A4 and US Letter. PRINT_PDF_DIR=<dir> keeps the PDFs.
const pdfDir = process.env.PRINT_PDF_DIR;
if (pdfDir) mkdirSync(pdfDir, { recursive: true });

type Case = { id: string; intake: Intake; path: string; hasPumpNow?: boolean };

const childCp = exampleById('child-cerebral-palsy')!.intake;
const cases: Case[] = [
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

describe('patient sheet in Chromium', () => {
  const browser = useBrowser();

  /** Opens the sheet of a case and returns the summary the page was given. */
  async function openSheet(sheetCase: Case) {
    const page = await browser.open('/');
    let summary: Summary | undefined;
    await page.route('**/api/summary', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as Summary;
      summary = body;
      await route.fulfill({ response, json: body });
    });
    await page.evaluate(
      (intake) => sessionStorage.setItem('itb-referral-aid:submitted-intake', JSON.stringify(intake)),
      sheetCase.intake,
    );
    await page.goto(sheetCase.path);
    await page.locator('.sheet-footer').waitFor();
    return { page, summary: summary! };
  }

  const ruleIds = async () => {
    const res = await fetch(`${browser.baseUrl}/api/rules`);
    return ((await res.json()) as { rules: { id: string }[] }).rules.map((rule) => rule.id);
  };

  it.each(cases.map((sheetCase) => [sheetCase.id, sheetCase] as const))('%s', async (id, sheetCase) => {
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
    const hyphenatedIds = (await ruleIds()).filter((ruleId) => ruleId.includes('-'));
    expect(hyphenatedIds.filter((ruleId) => printed.includes(ruleId))).toEqual([]);
    await expect(page.locator('.sheet code, .sheet .rule-id, .sheet .sheet-rule-id').count()).resolves.toBe(0);
    expect(printed).not.toMatch(/\{\{|\}\}/);
    expect(fleschKincaidGrade(printed), 'reading grade').toBeLessThanOrEqual(6);

    const child = sheetCase.intake.patient.ageYears < 12;
    const heading = await page.locator('h1').innerText();
    const whose = child ? 'your child’s' : 'your';
    expect(heading).toBe(
      `${child ? 'Your child’s' : 'Your'} visit about ${sheetCase.hasPumpNow ? `${whose} baclofen pump` : 'a baclofen pump'}`,
    );
    // Someone with a pump now gets the sheet for life with a pump: no test dose, no surgery, no "no refills".
    const forLifeWithAPump = /The test dose|Surgery and getting better|No regular refill visits|respond to it/;
    if (sheetCase.hasPumpNow) expect(printed).not.toMatch(forLifeWithAPump);
    else expect(printed).toMatch(/The test dose/);
    // Signs a carer can see, for a young child or someone who cannot say how they feel.
    const cannotSay = child || sheetCase.intake.considerations.communicationDifficulty === 'yes';
    expect(printed.includes('watch for these signs') || printed.includes('Watch for these signs')).toBe(cannotSay);
    // The pills line only for someone who has taken them; the blood-thinner line only with a bleeding risk.
    expect(printed.includes('Do not stop or change baclofen pills')).toBe(
      sheetCase.intake.oralBaclofen.tried === 'yes',
    );
    expect(printed.includes('Do not stop a blood thinner')).toBe(
      sheetCase.intake.considerations.bleedingRisk === 'yes',
    );
    const when = await page.locator('.sheet-warning-when').innerText();
    const who = child ? 'your child has' : 'you have';
    expect(when.toLowerCase()).toBe(
      sheetCase.hasPumpNow ? `${who} a pump now, so these signs matter now.` : `these signs matter once ${who} a pump.`,
    );

    // Body text 12 pt (16 px) or more: every printed element that holds text of its own.
    const smallest = await page
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
    expect(smallest).toBeGreaterThanOrEqual(16);

    // On paper: 1 or 2 pages; the warning box on one page; the last page holds more than the footer.
    await addProbes(page);
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      if (pdfDir) writeFileSync(join(pdfDir, `${id.replace(/\W+/g, '-')}-${format}.pdf`), pdf);
      const { pageCount, pageOf } = pdfLayout(pdf);
      const where = `${id} on ${format}`;
      expect(pageCount, where).toBeGreaterThanOrEqual(1);
      expect(pageCount, where).toBeLessThanOrEqual(2);
      expect(pageOf('probe-box-start'), `warning box start, ${where}`).toBeDefined();
      expect(pageOf('probe-box-end'), `warning box end, ${where}`).toBe(pageOf('probe-box-start'));
      expect(pageOf('probe-last-question'), `last question, ${where}`).toBe(pageCount);
      expect(pageOf('probe-footer'), `footer, ${where}`).toBe(pageCount);
    }
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

import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Summary } from '../../../../shared/api/summary';
import { englishWordsIn } from '../../../../shared/fixtures/english-words';
import { ruleSet } from '../../../../shared/rules/rule-set';
import { fernandezHuerta } from '../../../../shared/text/spanish-readability';
import type { Language } from '../../../../shared/text/languages';
import { createApp } from '../../../../server/app';
import { renderWithQueries } from '../../../test/render';
import { sheetCases, type SheetCase } from '../../../test/sheet-cases';
import { expectEnglishSheetWords } from '../../../test/sheet-words';
import { server } from '../../../test/setup';
import { PatientSheet } from './patient-sheet';

// The words of every worked example's sheet and a six-year-old's, in English and
// Spanish: what needs no layout. The summary comes from the real API (the app,
// in process). The browser (client/e2e/patient-sheet*.e2e.ts) prints the
// longest sheet of each kind on A4 and Letter, and checks sizes and axe.

const app = createApp();
const ruleIds = ruleSet.rules.map((rule) => rule.id);
const hyphenatedIds = ruleIds.filter((id) => id.includes('-'));

/** What print shows, as the browser's innerText gives it: blocks on lines of their own, the screen-only parts left out. */
function printedText(root: Element): string {
  const blocks = /^(P|LI|UL|OL|H[1-6]|SECTION|ARTICLE|DIV|FOOTER|HEADER|TABLE|THEAD|TBODY|TR|CAPTION)$/;
  const walk = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent!.replace(/\s+/g, ' ');
    if (!(node instanceof Element) || node.matches('.sheet-actions, .screen-only')) return '';
    const inner = [...node.childNodes].map(walk).join('');
    if (/^T[DH]$/.test(node.tagName)) return `${inner}\t`;
    return blocks.test(node.tagName) ? `\n${inner}\n` : inner;
  };
  return walk(root)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

async function renderSheet(sheetCase: SheetCase, language: Language) {
  let summary: Summary | undefined;
  server.use(
    http.post('*/api/summary', async ({ request }) => {
      const res = await app.request(`/api/summary${new URL(request.url).search}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: await request.text(),
      });
      summary = (await res.json()) as Summary;
      return HttpResponse.json(summary, { status: res.status });
    }),
  );
  renderWithQueries(<PatientSheet intake={sheetCase.intake} language={language} title="Patient sheet" />);
  const sheet = (await screen.findByRole('article', {}, { timeout: 5_000 })) as HTMLElement;
  const itemsOf = (section: string) =>
    [...sheet.querySelectorAll(`#sheet-${section} li`)].map((item) => item.textContent);
  const texts = (levels: string[]) =>
    summary!.findings.filter((f) => levels.includes(f.level)).map((f) => f.patientText);
  return { sheet, itemsOf, texts, printed: printedText(sheet) };
}

const cases = sheetCases.map((sheetCase) => [sheetCase.id, sheetCase] as const);

describe('every patient sheet in English', () => {
  it.each(cases)('%s', async (_id, sheetCase) => {
    const { sheet, itemsOf, texts, printed } = await renderSheet(sheetCase, 'en');

    // Each finding under its one heading, in the server's order.
    expect(itemsOf('why')).toEqual(texts(['indication']));
    expect(itemsOf('talk')).toEqual(texts(['caution', 'consider', 'info']));
    const bring = itemsOf('bring');
    expect(bring.slice(0, texts(['check']).length)).toEqual(texts(['check']));
    expect(bring.length).toBeGreaterThan(texts(['check']).length); // and the fixed list after them

    // What a patient reads: no rule id, one reading of the fixed text, the right warning words.
    expect(sheet.querySelectorAll('code, .rule-id, .sheet-rule-id')).toHaveLength(0);
    expectEnglishSheetWords(
      sheetCase,
      {
        printed,
        heading: sheet.querySelector('h1')!.textContent!,
        warningWhen: sheet.querySelector('.sheet-warning-when')!.textContent!,
      },
      ruleIds,
    );
  });
});

describe('every patient sheet in Spanish', () => {
  it.each(cases)('%s', async (_id, sheetCase) => {
    const { sheet, itemsOf, texts, printed } = await renderSheet(sheetCase, 'es');
    expect(document.documentElement.lang).toBe('es');
    expect(document.title).toBe('Su hoja para la visita con el especialista – ITB Referral Aid');

    // The server's Spanish patient texts, each under its one heading.
    expect(itemsOf('why')).toEqual(texts(['indication']));
    expect(itemsOf('talk')).toEqual(texts(['caution', 'consider', 'info']));
    expect(itemsOf('bring').slice(0, texts(['check']).length)).toEqual(texts(['check']));

    // What a patient reads on paper: Spanish only, no rule id, easy to read.
    expect(englishWordsIn(printed)).toEqual([]);
    expect(hyphenatedIds.filter((ruleId) => printed.includes(ruleId))).toEqual([]);
    expect(printed).not.toMatch(/[{}]/);
    expect(fernandezHuerta(printed), 'Fernández-Huerta').toBeGreaterThanOrEqual(70);
    const child = sheetCase.intake.patient.ageYears < 12;
    expect(sheet.querySelector('h1')!.textContent).toBe(
      sheetCase.hasPumpNow
        ? `${child ? 'La visita de su hijo' : 'Su visita'} sobre su bomba de baclofeno`
        : `${child ? 'La visita de su hijo' : 'Su visita'} sobre una bomba de baclofeno`,
    );
    if (sheetCase.hasPumpNow) expect(printed).not.toMatch(/La dosis de prueba|La cirugía y la recuperación/);
    else expect(printed).toMatch(/La dosis de prueba/);
  });
});

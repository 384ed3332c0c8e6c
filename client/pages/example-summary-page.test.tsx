import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Summary } from '../../shared/api/summary';
import { examples } from '../../shared/examples/examples';
import { referralData } from '../../shared/questions/referral';
import { createApp } from '../../server/app';
import { renderWithQueries } from '../test/render';
import { server } from '../test/setup';
import ExampleSummaryPage from './example-summary-page';

// The clinician summary of every worked example, from the real API (the app, in
// process): every answer in the referral data, every finding, cautions first.
// What needs layout or print (the order on screen, no rule ids on paper, 1 to 3
// pages) is checked in Chromium on the longest summaries (client/e2e/summary.e2e.ts).

const app = createApp();

describe('the summary of every worked example', () => {
  it.each(examples.map((example) => [example.id, example] as const))(
    '%s: every answer in the referral data, every finding with cautions first',
    async (id, example) => {
      let expected: Summary | undefined;
      server.use(
        http.post('*/api/summary', async ({ request }) => {
          const res = await app.request('/api/summary', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: await request.text(),
          });
          expected = (await res.json()) as Summary;
          return HttpResponse.json(expected, { status: res.status });
        }),
        http.get('*/api/rules', async () => HttpResponse.json(await (await app.request('/api/rules')).json())),
      );
      const { container } = renderWithQueries(<ExampleSummaryPage params={{ id }} />);
      await screen.findByText(/^Rule set itb-referral/, {}, { timeout: 5_000 });

      const rows = [...container.querySelectorAll('.referral-row')].map((node) => [
        node.querySelector('dt')!.textContent,
        node.querySelector('dd')!.textContent,
      ]);
      expect(rows).toEqual(
        referralData(example.intake).flatMap((group) => group.rows.map((row) => [row.label, row.words])),
      );

      // Not-a-decision, the cautions in full (contraindications first), the referral data, then the other findings.
      const shown = [...container.querySelectorAll('.finding .rule-id')].map((node) => node.textContent);
      const cautions = expected!.findings.filter((finding) => finding.level === 'caution');
      const contraindications = cautions.filter((finding) => finding.contraindication).map((finding) => finding.ruleId);
      expect(shown.slice(0, contraindications.length)).toEqual(contraindications);
      expect(shown.slice(0, cautions.length).sort()).toEqual(cautions.map((finding) => finding.ruleId).sort());
      expect([...shown].sort()).toEqual(expected!.findings.map((finding) => finding.ruleId).sort());
      const parts = ['.not-a-decision', '#level-caution', '.referral-data', '.findings-area'].map((selector) =>
        container.querySelector(selector),
      );
      expect(parts.every(Boolean)).toBe(true);
      for (const [index, part] of parts.entries()) {
        if (index > 0)
          expect(parts[index - 1]!.compareDocumentPosition(part!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      }
      // Points to consider and to check come before the matches with documented uses.
      const levels = ['consider', 'check', 'indication', 'info']
        .map((level) => container.querySelector(`#level-${level}`))
        .filter((node): node is Element => node !== null);
      for (const [index, level] of levels.entries()) {
        if (index > 0)
          expect(levels[index - 1]!.compareDocumentPosition(level) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      }
    },
  );
});

import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { afterAll, beforeAll, inject } from 'vitest';

/** The run's one Chromium (started in global-setup); each test opens fresh contexts from it. */
export function useBrowser() {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.connect(inject('browserEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  const baseUrl = inject('baseUrl');
  return {
    baseUrl,
    /** A new page in a fresh context (its own sessionStorage), at the given path. */
    async open(path = '/', viewport = { width: 1280, height: 900 }, permissions: string[] = []): Promise<Page> {
      const context = await browser.newContext({ viewport, baseURL: baseUrl, permissions });
      const page = await context.newPage();
      await page.goto(path);
      return page;
    },
    /** A page with JavaScript turned off, as some locked-down clinic browsers have it. */
    async openWithoutScripts(path = '/'): Promise<Page> {
      const context = await browser.newContext({ baseURL: baseUrl, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(path);
      return page;
    },
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core violations at WCAG 2.2 AA, as short lines for a readable failure.
 * axe is injected once per document and run again on each state of the page
 * (the form's steps change without a page load): injecting its 650 KB for every
 * scan, as @axe-core/playwright does, cost most of each scan's time.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // evaluate runs through the DevTools protocol, outside the page's CSP (no inline scripts allowed there).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(
        document,
        { runOnly: { type: 'tag', values: tags } },
      ),
    wcag22aa,
  );
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const shots = process.env.E2E_SCREENSHOTS;

/** A full-page screenshot, only when E2E_SCREENSHOTS names a folder: for people to look at, not for tests. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

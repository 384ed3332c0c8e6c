import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
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

/** axe-core violations at WCAG 2.2 AA, as short lines for a readable failure. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

const shots = process.env.E2E_SCREENSHOTS;

/** A full-page screenshot, only when E2E_SCREENSHOTS names a folder: for people to look at, not for tests. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

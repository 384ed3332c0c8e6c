import { chromium, type Browser, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, inject } from 'vitest';
import { chromiumArgs, chromiumPath } from './chromium';

/** One Chromium per test file; each test opens fresh pages from it. */
export function useBrowser() {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
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

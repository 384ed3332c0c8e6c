import { describe, expect, it } from 'vitest';
import { examples } from '../../shared/examples/examples';
import { axeViolations, screenshot, useBrowser } from '../../tools/e2e/browser';
import { ruleSet } from '../../shared/rules/rule-set';

describe('rules and examples pages in Chromium', () => {
  const browser = useBrowser();

  it('the rules page lists every rule with "Fires when", the version, hash, review date and the changes', async () => {
    const page = await browser.open('/rules');
    await page.locator('.rule').first().waitFor();
    await expect(page.locator('.rule').count()).resolves.toBe(ruleSet.rules.length);
    await expect(page.locator('#severe-spasticity').textContent()).resolves.toContain(
      'Fires when Modified Ashworth score is 3 or 4, or Penn spasm frequency score is 3 or more.',
    );
    const facts = await page.locator('.rule-set-facts').textContent();
    expect(facts).toContain(ruleSet.version);
    expect(facts).toMatch(new RegExp(`\\d{4}-\\d{2}-\\d{2}.*sha256:[0-9a-f]{64}.*${ruleSet.rules.length}`));
    await expect(page.getByRole('heading', { name: `Version ${ruleSet.version}`, exact: false }).count()).resolves.toBe(
      1,
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'rules');
  });

  it('the examples list links to every example, with no axe violations at 1280 and 360 px', async () => {
    const page = await browser.open('/examples');
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/examples');
      await page.locator('.example-list').waitFor();
      await expect(page.locator('.example-list > li').count()).resolves.toBe(examples.length);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.goto(`/examples/${examples[2]!.id}`);
      await page.locator('.rule-set-identity').waitFor();
      // The summary at full width is checked in summary.e2e.ts; here the narrow screen.
      if (width === 360) expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await screenshot(page, `example-summary-${width}`);
    }
  });

  it('a malformed address shows "Page not found", not a blank page', async () => {
    const page = await browser.open('/examples/%E0%A4%A');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found');
  });
});

import { describe, expect, it } from 'vitest';
import { axeViolations, useBrowser } from '../../tools/e2e/browser';

describe('start page in Chromium', () => {
  const browser = useBrowser();

  it('says what the tool is and is not, with no axe violations', async () => {
    const page = await browser.open('/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/intrathecal baclofen/i);
    await expect(page.getByText('This is not a decision.').count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says the form needs JavaScript when scripts are off, and says it is loading while they arrive', async () => {
    const page = await browser.openWithoutScripts('/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'ITB Referral Aid needs JavaScript',
    );
    const slow = await browser.open('about:blank');
    await slow.route(/\/assets\/.*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.continue();
    });
    await slow.goto('/', { waitUntil: 'commit' });
    await slow.getByText('Loading ITB Referral Aid…').waitFor();
    await slow.getByRole('heading', { level: 1, name: /Refer a patient/ }).waitFor();
    await expect(slow.getByText('Loading ITB Referral Aid…').count()).resolves.toBe(0);
  });

  it('serves the app on a client-side route when loaded directly', async () => {
    const page = await browser.open('/summary');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Discussion summary');
  });

  it.each(['/', '/examples/ms-drowsiness', '/examples/ms-drowsiness/patient', '/rules'])(
    '%s loads with no CSP violation or console error',
    async (path) => {
      const errors: string[] = [];
      const page = await browser.open('about:blank');
      page.on('console', (message) => {
        if (message.type() === 'error' || message.text().startsWith('CSP')) errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (event) =>
          console.log(`CSP ${event.violatedDirective} ${event.blockedURI}`),
        ),
      );
      await page.goto(path);
      // Wait for the lazy part of each page (the form, the summary, the rules) to run.
      await page.locator('form, .rule-set-identity, .sheet-footer, .rule').first().waitFor();
      if (path === '/') await page.getByRole('button', { name: 'Continue' }).click();
      expect(errors).toEqual([]);
    },
  );

  it.each(['/', '/examples/ms-drowsiness/patient'])(
    '%s does not shift on screen while its script and data arrive late (CLS < 0.1)',
    async (path) => {
      const page = await browser.open('about:blank', { width: 412, height: 823 });
      // Slow scripts and API answers, as on a slow phone network, so late content has time to push things.
      await page.route(/\/(assets\/.*\.js|api\/.*)$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        await route.continue();
      });
      await page.addInitScript(() => {
        const shifts: number[] = [];
        (window as unknown as { shifts: number[] }).shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
            if (!entry.hadRecentInput) shifts.push(entry.value);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(path);
      await page.locator('form, .sheet-footer').first().waitFor();
      await page.waitForTimeout(300);
      const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
      expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.1);
    },
  );
});

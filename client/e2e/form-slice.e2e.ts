import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

describe('referral form in Chromium', () => {
  const browser = useBrowser();

  it('submits the form and shows the summary answer', async () => {
    const page = await browser.open('/');
    await page.getByLabel('Age in years').fill('42');
    await page.getByLabel('Multiple sclerosis').check();
    const response = page.waitForResponse((res) => res.url().endsWith('/api/summary'));
    await page.getByRole('button', { name: 'Create summary' }).click();
    expect((await response).status()).toBe(200);
    await page.waitForURL('**/summary');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Discussion summary');
    await expect(page.getByText(/not a decision/).count()).resolves.toBeGreaterThan(0);
    await expect(page.getByText(/^Rule set \d+\.\d+\.\d+, reviewed 2026-11-24\.$/).count()).resolves.toBe(1);
  });

  it('shows the error beside the field and keeps the answers', async () => {
    const page = await browser.open('/');
    await page.getByLabel('Age in years').fill('200');
    await page.getByLabel('Stroke').check();
    await page.getByRole('button', { name: 'Create summary' }).click();
    await expect(page.getByText("Enter the patient's age in years from 0 to 120").count()).resolves.toBe(1);
    await expect(page.getByLabel('Age in years').inputValue()).resolves.toBe('200');
    await expect(page.getByLabel('Stroke').isChecked()).resolves.toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useBrowser } from '../../tools/e2e/browser';
import { fillWholeForm, keyboard } from '../../tools/e2e/form-keyboard';

const heading = (page: Page) => page.locator('.step-heading').textContent();
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('referral form in Chromium', () => {
  const browser = useBrowser();

  it('fills every step by keyboard, checks the answers and shows the summary', async () => {
    const page = await browser.open('/');
    await fillWholeForm(page);
    expect(await heading(page)).toBe('Check your answers');
    const rows = page.locator('.summary-list-row');
    await expect(rows.filter({ hasText: 'Age (years)' }).locator('.summary-list-value').textContent()).resolves.toBe('42');
    await expect(rows.filter({ hasText: 'Oral baclofen side effects' }).locator('.summary-list-value').textContent()).resolves.toBe('Drowsiness, weakness');
    expect(await axeViolations(page)).toEqual([]);

    const request = page.waitForRequest((req) => req.url().endsWith('/api/summary'));
    await keyboard(page).press('Create summary');
    expect((await request).postDataJSON()).toMatchObject({
      patient: { ageYears: 42, weightKg: 68 },
      oralBaclofen: { tried: 'yes', highestDailyDoseMg: 60, sideEffects: ['drowsiness', 'weakness'] },
      notes: 'Uses a walker indoors.',
    });
    await page.waitForURL('**/summary');
    await page.getByText('severe-spasticity').first().waitFor();
  });

  it('shows "There is a problem", focused, with links that move focus to each field; errors clear when fixed', async () => {
    const page = await browser.open('/');
    const k = keyboard(page);
    await k.press('Continue');
    const summary = page.locator('.error-summary');
    await expect(summary.locator('h2').textContent()).resolves.toBe('There is a problem');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    const links = summary.getByRole('link');
    await expect(links.count()).resolves.toBe(3);
    await expect(page.locator('#field-patient-ageYears-error').textContent()).resolves.toContain("Enter the patient's age in years");
    expect(await axeViolations(page)).toEqual([]);

    for (const [index, id] of ['field-patient-ageYears', 'field-diagnosis-condition', 'field-diagnosis-monthsSinceOnset'].entries()) {
      await links.nth(index).focus();
      await page.keyboard.press('Enter');
      expect(await focusedId(page)).toBe(id);
    }

    await k.type('Age in years', '200');
    await k.press('Continue');
    await expect(page.locator('#field-patient-ageYears-error').textContent()).resolves.toContain('from 0 to 120');
    await k.type('Age in years', '42');
    await k.choose('Condition causing the spasticity', 'Stroke');
    await page.getByLabel('Not known').focus();
    await page.keyboard.press('Space');
    await k.press('Continue');
    expect(await heading(page)).toContain('Spasticity');
    await expect(page.locator('.error-summary').count()).resolves.toBe(0);
  });

  it('keeps every answer when moving between steps and on reload; Clear answers empties form and storage', async () => {
    const page = await browser.open('/');
    const k = keyboard(page);
    await k.type('Age in years', '7');
    await k.choose('Condition causing the spasticity', 'Cerebral palsy');
    await page.getByLabel('Not known').focus();
    await page.keyboard.press('Space');
    await k.press('Continue');
    await k.choose('Modified Ashworth score', '4');
    await page.getByRole('link', { name: /The patient and diagnosis/ }).click();
    await expect(page.getByLabel('Age in years').inputValue()).resolves.toBe('7');
    await page.reload();
    await expect(page.getByLabel('Age in years').inputValue()).resolves.toBe('7');
    await expect(page.getByLabel('Cerebral palsy').isChecked()).resolves.toBe(true);
    await page.getByRole('link', { name: /Spasticity/ }).click();
    await expect(page.getByRole('group', { name: 'Modified Ashworth score' }).getByLabel('4', { exact: true }).isChecked()).resolves.toBe(true);

    await k.press('Clear answers');
    expect(await heading(page)).toContain('The patient and diagnosis');
    await expect(page.getByLabel('Age in years').inputValue()).resolves.toBe('');
    const stored = await page.evaluate(() => JSON.parse(sessionStorage.getItem('itb-referral-aid:draft') ?? '{}'));
    expect(stored.values?.patient?.ageYears ?? '').toBe('');
  });

  it('never sends the answer to a follow-up question that is now hidden', async () => {
    const page = await browser.open('/');
    await fillWholeForm(page);
    await page.getByRole('link', { name: /Oral baclofen/ }).first().click();
    await keyboard(page).choose('Has the patient taken oral baclofen?', 'No');
    await page.getByRole('link', { name: /Check your answers/ }).click();
    await expect(page.locator('.summary-list-row', { hasText: 'Highest daily oral dose' }).count()).resolves.toBe(0);
    const request = page.waitForRequest((req) => req.url().endsWith('/api/summary'));
    await keyboard(page).press('Create summary');
    expect((await request).postDataJSON().oralBaclofen).toEqual({ tried: 'no' });
  });

  it('on a network failure says so, keeps the answers and tries again', async () => {
    const page = await browser.open('/');
    await fillWholeForm(page);
    await page.route('**/api/summary', (route) => route.abort('failed'));
    await keyboard(page).press('Create summary');
    await page.getByText('The summary could not be created').waitFor();
    expect(await heading(page)).toBe('Check your answers');
    await expect(page.locator('.summary-list-row', { hasText: 'Age (years)' }).locator('.summary-list-value').textContent()).resolves.toBe('42');
    await page.unroute('**/api/summary');
    await keyboard(page).press('Try again');
    await page.waitForURL('**/summary');
  });

  it('a server 400 lands on the same field as a client error', async () => {
    const page = await browser.open('/');
    await fillWholeForm(page);
    await page.route('**/api/summary', (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({ error: 'invalid_request', message: 'The intake has 1 problem; see issues.', issues: [{ path: 'spasticity.modifiedAshworth', message: 'Choose a Modified Ashworth score, or "not assessed"' }] }),
      }),
    );
    await keyboard(page).press('Create summary');
    await page.locator('.error-summary').getByRole('link').first().waitFor();
    expect(await heading(page)).toContain('Spasticity');
    await expect(page.locator('#field-spasticity-modifiedAshworth-error').textContent()).resolves.toContain('Choose a Modified Ashworth score');
  });

  it('"None of these" clears the other boxes, and ticking one clears it', async () => {
    const page = await browser.open('/');
    await page.getByRole('link', { name: /Other treatments and goals/ }).click();
    const group = page.getByRole('group', { name: 'What would the patient most like to change?' });
    const k = keyboard(page);
    await k.tick('What would the patient most like to change?', 'Less pain', 'Walking');
    await group.getByLabel('None of these').focus();
    await page.keyboard.press('Space');
    await expect(group.getByLabel('Less pain').isChecked()).resolves.toBe(false);
    await expect(group.getByLabel('Walking').isChecked()).resolves.toBe(false);
    await k.tick('What would the patient most like to change?', 'Better sleep');
    await expect(group.getByLabel('None of these').isChecked()).resolves.toBe(false);
  });

  it('has no axe violations on any step, and no horizontal scroll at 360 px', async () => {
    for (const width of [1280, 360]) {
      const page = await browser.open('/', { width, height: 800 });
      for (const step of ['The patient and diagnosis', 'Spasticity', 'Oral baclofen', 'Other treatments and goals', 'Things the specialist needs to know', 'Notes', 'Check your answers']) {
        await page.getByRole('link', { name: new RegExp(step) }).first().click();
        if (step === 'Oral baclofen') await keyboard(page).choose('Has the patient taken oral baclofen?', 'Yes');
        expect(await axeViolations(page), `${step} at ${width}px`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${step} at ${width}px`).toBeLessThanOrEqual(width);
        await page.screenshot({ path: `/tmp/shots/form-${width}-${step.split(' ')[0]!.toLowerCase()}.png`, fullPage: true }).catch(() => {});
      }
    }
  });
});

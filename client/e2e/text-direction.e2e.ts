import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { examples } from '../../shared/examples/examples';
import { toFormValues } from '../features/intake/form-values';
import { useBrowser } from '../../tools/e2e/browser';

// Issue 18, item 6, in Chromium: a description ending in U+202E (right-to-left
// override) reversed the clinician text after it on the summary. The form now
// refuses it next to the field, and the summary isolates the description, so a
// right-to-left one leaves the words after it in reading order.

const example = examples.find((candidate) => candidate.id === 'much-missing')!;

/** Opens "Check your answers" with the example's answers and this description, then asks for the summary. */
async function createSummary(page: Page, description: string) {
  const values = toFormValues(example.intake);
  values.diagnosis.otherDescription = description;
  await page.evaluate((draft) => sessionStorage.setItem('itb-referral-aid:draft', JSON.stringify(draft)), values);
  await page.goto('/?step=check');
  await page.getByRole('button', { name: 'Create summary' }).click();
}

describe('text direction in Chromium', () => {
  const browser = useBrowser();

  it('refuses a description ending in U+202E; a right-to-left one leaves the sentence after it in order', async () => {
    const page = await browser.open('/');
    await createSummary(page, 'Hereditary spastic paraplegia\u202E');
    // The error, or (before the fix) the summary with the text after the description reversed.
    await page.locator('.error-summary, .rule-set-identity').first().waitFor();
    await expect(
      page.locator('#field-diagnosis-otherDescription-error').textContent({ timeout: 1000 }),
    ).resolves.toContain('Remove the text direction control U+202E (character 30) from the description');

    const description = 'شلل تشنجي وراثي 12';
    await createSummary(page, description);
    await page.waitForURL('**/summary');
    const text = page.locator('.finding', { hasText: 'other-condition' }).locator('p').first();
    await text.waitFor();
    const layout = await text.evaluate((paragraph) => {
      const bdi = paragraph.querySelector('bdi')!;
      /** Where a phrase of the paragraph's own text (outside the <bdi>) is drawn. */
      const boxOf = (phrase: string) => {
        const node = [...paragraph.childNodes].find((child) => child.textContent!.includes(phrase))!;
        const range = document.createRange();
        const start = node.textContent!.indexOf(phrase);
        range.setStart(node, start);
        range.setEnd(node, start + phrase.length);
        return range.getBoundingClientRect();
      };
      const box = (rect: DOMRect) => ({ left: rect.left, right: rect.right, top: rect.top });
      return {
        isolated: bdi.textContent,
        unicodeBidi: getComputedStyle(bdi).unicodeBidi,
        before: box(boxOf('Condition described as')),
        description: box(bdi.getBoundingClientRect()),
        after: box(boxOf('For the specialist')),
      };
    });
    expect(layout.isolated).toBe(description);
    expect(layout.unicodeBidi).toBe('isolate');
    // Reading order, left to right and top to bottom: before, the description, after.
    const inOrder = (a: typeof layout.before, b: typeof layout.before) =>
      b.top > a.top + 1 || (Math.abs(b.top - a.top) <= 1 && b.left >= a.right - 1);
    expect(inOrder(layout.before, layout.description), JSON.stringify(layout)).toBe(true);
    expect(inOrder(layout.description, layout.after), JSON.stringify(layout)).toBe(true);
  });
});

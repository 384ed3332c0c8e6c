import type { Page } from 'playwright-core';

// Keyboard-only helpers: find each control by its label or role, then act with
// keys (focus, type, Space, Enter), as a keyboard user would.

export const keyboard = (page: Page) => ({
  async type(label: string | RegExp, text: string) {
    const input = page.getByLabel(label, { exact: typeof label === 'string' });
    await input.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(text);
  },
  async choose(group: string, option: string) {
    // first(): a follow-up group nested inside may offer the same answer words.
    await page.getByRole('group', { name: group }).getByLabel(option, { exact: true }).first().focus();
    await page.keyboard.press('Space');
  },
  async tick(group: string, ...options: string[]) {
    for (const option of options) {
      await page.getByRole('group', { name: group }).getByLabel(option, { exact: true }).focus();
      await page.keyboard.press('Space');
    }
  },
  async press(button: string) {
    await page.getByRole('button', { name: button, exact: true }).focus();
    await page.keyboard.press('Enter');
  },
});

/** Fills every step with a complete, valid referral (an adult with MS) and ends on "Check your answers". */
export async function fillWholeForm(page: Page) {
  const k = keyboard(page);
  await k.type('Age in years', '42');
  await k.type('Weight in kg (optional)', '68');
  await k.choose('Condition causing the spasticity', 'Multiple sclerosis');
  await k.type('Months since the condition began or the injury happened', '96');
  await k.press('Continue');

  await k.choose('Where is the spasticity?', 'Both legs');
  await k.choose('Modified Ashworth score', '3');
  await k.choose('Penn spasm frequency score', '3');
  await k.tick('What does the spasticity get in the way of?', 'Spasms', 'Sleep', 'Transfers');
  await k.press('Continue');

  await k.choose('Has the patient taken oral baclofen?', 'Yes');
  await k.type('Highest daily dose', '60');
  await k.choose('How well did it control the spasticity?', 'Partial');
  await k.tick('Side effects', 'Drowsiness', 'Weakness');
  await k.choose('Did side effects stop the dose going higher?', 'Yes');
  await k.press('Continue');

  await k.tick('Other treatments tried for spasticity', 'Physiotherapy', 'Tizanidine');
  await k.tick('What would the patient most like to change?', 'Fewer spasms', 'Better sleep', 'Easier transfers');
  await k.press('Continue');

  const answers: [string, string][] = [
    ['Does the patient have an infection now?', 'No'],
    ['Is the patient allergic to baclofen?', 'No'],
    ['Can the patient get to a clinic for pump refills every 1 to 6 months?', 'Yes'],
    ['Does the patient have seizures?', 'None'],
    ['Has the patient had spinal surgery or a spinal fusion?', 'No'],
    ['Is there a bleeding risk?', 'No'],
    ['Does the patient have a shunt?', 'No'],
    ['Does the patient use muscle tightness to stand, walk or transfer?', 'Not sure'],
    ['Is the patient at higher risk from sudden baclofen withdrawal?', 'No'],
    ['Is there unstable mental illness, psychosis or a confusional state?', 'No'],
    ['Is the patient pregnant?', 'No'],
  ];
  for (const [question, answer] of answers) await k.choose(question, answer);
  await k.press('Continue');

  await k.type('Notes for the specialist (optional)', 'Uses a walker indoors.');
  await k.press('Continue');
}

import type { Locator, Page } from 'playwright-core';
import type { Intake } from '../../shared/api/intake';
import { steps } from '../../shared/questions/catalogue';
import { isAsked, questionsOfStep } from '../../shared/questions/lookup';
import type { Question } from '../../shared/questions/types';
import { readPath } from '../../shared/api/paths';

// Fills the referral form from an intake as a person would, with a mouse (one
// click per radio, box or button; a click then typing for a number or text) or
// with the keyboard only (focus, Space, typing, Enter). It reads the question
// catalogue, so it fills any intake, and it counts the clicks and keystrokes:
// the README's "effort to fill the form".

export type Effort = { clicks: number; keys: number };
type By = 'mouse' | 'keyboard';

const legendOf = (question: Question) => (question.optional ? `${question.question} (optional)` : question.question);

export function formFiller(page: Page, by: By) {
  const effort: Effort = { clicks: 0, keys: 0 };
  const activate = async (control: Locator, key: 'Space' | 'Enter') => {
    if (by === 'mouse') {
      await control.click();
      effort.clicks += 1;
    } else {
      await control.focus();
      await page.keyboard.press(key);
      effort.keys += 1;
    }
  };
  const type = async (control: Locator, text: string) => {
    if (by === 'mouse') {
      await control.click();
      effort.clicks += 1;
    } else {
      await control.focus();
    }
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(text);
    effort.keys += text.length;
  };
  const option = (question: Question, label: string) =>
    page
      .getByRole('group', { name: legendOf(question), exact: true })
      .getByLabel(label, { exact: true })
      .first();
  const labelOf = (question: Question, value: unknown) => {
    if (!('options' in question)) throw new Error(`${question.path} has no options`);
    return question.options.find((candidate) => candidate.value === value)!.label;
  };

  /** Answers one question as the intake does; a question the intake leaves out is left alone. */
  async function answer(question: Question, value: unknown) {
    if (value === undefined) return;
    if (question.kind === 'choice') return activate(option(question, labelOf(question, value)), 'Space');
    if (question.kind === 'list') {
      const values = value as unknown[];
      if (values.length === 0) return activate(option(question, 'None of these'), 'Space');
      for (const item of values) await activate(option(question, labelOf(question, item)), 'Space');
      return;
    }
    const field = page.getByLabel(legendOf(question), { exact: true });
    if (question.kind === 'number' && value === null) {
      return activate(page.locator(`#${await field.getAttribute('id')}-not-known`), 'Space');
    }
    return type(field, String(value));
  }

  return {
    effort,
    answer,
    press: (name: string | RegExp) =>
      activate(page.getByRole('button', { name, exact: typeof name === 'string' }), 'Enter'),
    /** Every step in order, then "Continue" to "Check your answers". */
    async fill(intake: Intake): Promise<Effort> {
      for (const step of steps) {
        for (const question of questionsOfStep(step.id)) {
          if (isAsked(question, intake)) await answer(question, readPath(intake, question.path));
        }
        await this.press(/^Continue/);
      }
      return effort;
    },
  };
}

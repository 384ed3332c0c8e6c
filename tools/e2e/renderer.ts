import type { Bundle, Composition, CompositionSection, Questionnaire, QuestionnaireItem } from '@medplum/fhirtypes';
import type { Locator } from 'playwright-core';
import type { Intake } from '../../shared/api/intake';
import { optionDisplay } from '../../shared/fhir/answer-lists';
import { notKnownLinkId } from '../../shared/fhir/question-items';
import { questions } from '../../shared/questions/catalogue';
import { isAsked } from '../../shared/questions/lookup';
import { readPath } from '../../shared/rules/evaluate';

// Our Questionnaire in a renderer nobody here wrote (LHC-Forms, Smart Forms):
// answered from an intake as a person would (a click on the words of each
// option, on "Yes" for a "not known" box, the number or text typed into its
// field), and its hints brought up and read. Each renderer says where an item is
// and how its hint shows; the rest is the same for both.

/** A renderer on a page: the box of an item by linkId, and how its hint is brought up and where it then shows. */
export type Renderer = {
  item: (linkId: string) => Locator;
  /** Types a number or text into the field of an item, and returns once the renderer holds it. */
  typeInto: (linkId: string, text: string) => Promise<void>;
  /** Brings up the hint of a question (a click on LHC-Forms' help button, a hover on Smart Forms' flyover). */
  showHint: (linkId: string) => Promise<Locator>;
};

export async function answerByClicks({ item, typeInto }: Renderer, intake: Intake): Promise<void> {
  // A click on the words, until their radio or box is checked: a renderer that moves the form
  // about as it validates (Smart Forms) can take a click meant for one option.
  const choose = async (linkId: string, words: string) => {
    const control = item(linkId).getByLabel(words, { exact: true });
    for (let tries = 0; tries < 3 && !(await control.isChecked()); tries++)
      await item(linkId).getByText(words, { exact: true }).click();
    if (!(await control.isChecked())) throw new Error(`"${words}" of ${linkId} did not take the click`);
  };
  for (const question of questions) {
    const value = readPath(intake, question.path);
    if (!isAsked(question, intake) || value === undefined) continue;
    const words = (one: unknown) =>
      optionDisplay(('options' in question ? question.options : []).find((option) => option.value === one)!);
    if (value === null) await choose(notKnownLinkId(question.path), 'Yes');
    else if (Array.isArray(value)) for (const one of value) await choose(question.path, words(one));
    else if (question.kind === 'choice' && typeof value === 'string') await choose(question.path, words(value));
    else await typeInto(question.path, String(value));
  }
}

/** The display items (hints) of the Questionnaire, by the linkId of the question they explain. */
export const hintsOf = (questionnaire: Questionnaire): Map<string, string> => {
  const hints = new Map<string, string>();
  const walk = (items: readonly QuestionnaireItem[] = []) => {
    for (const question of items) {
      const hint = question.item?.find((child) => child.type === 'display');
      if (hint) hints.set(question.linkId!, hint.text!);
      walk(question.item);
    }
  };
  walk(questionnaire.item);
  return hints;
};

/**
 * Brings up the hint of every question on show and reads it: the linkIds whose hint showed. The
 * follow-ups' hints show only once their condition is answered; the caller answers it and calls again.
 */
export async function hintsShown(renderer: Renderer, hints: ReadonlyMap<string, string>): Promise<string[]> {
  const shown: string[] = [];
  for (const [linkId, text] of hints) {
    if (!(await renderer.item(linkId).isVisible())) continue;
    const popup = await renderer.showHint(linkId);
    await popup.getByText(text, { exact: true }).waitFor();
    shown.push(linkId);
  }
  return shown;
}

/** The rule ids of the findings in a summary document. */
export const findingCodes = (bundle: Bundle): string[] => {
  const codes = (sections: readonly CompositionSection[] = []): string[] =>
    sections.flatMap((section) => [
      ...(section.code?.coding?.[0]?.system?.endsWith('/itb-referral-rules') ? [section.code.coding[0].code!] : []),
      ...codes(section.section),
    ]);
  return codes((bundle.entry![0]!.resource as Composition).section).sort();
};

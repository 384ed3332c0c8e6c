import type {
  Bundle,
  Composition,
  CompositionSection,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
} from '@medplum/fhirtypes';
import type { Locator } from 'playwright-core';
import type { Intake } from '../../shared/api/intake';
import type { Summary } from '../../shared/api/summary';
import { optionDisplay } from '../../shared/fhir/answer-lists';
import { notKnownLinkId } from '../../shared/fhir/question-items';
import { listsAsSets } from '../../shared/fixtures/lists-as-sets';
import { condition } from '../../shared/questions/answers';
import { questions } from '../../shared/questions/catalogue';
import { isAsked } from '../../shared/questions/lookup';
import { readPath } from '../../shared/conditions/holds';

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

/**
 * A click on the words of an option, until its radio or box is checked: a renderer that moves the
 * form about as it validates (Smart Forms) can take a click meant for one option.
 */
export async function choose({ item }: Renderer, linkId: string, words: string): Promise<void> {
  const control = item(linkId).getByLabel(words, { exact: true });
  for (let tries = 0; tries < 3 && !(await control.isChecked()); tries++)
    await item(linkId).getByText(words, { exact: true }).click();
  if (!(await control.isChecked())) throw new Error(`"${words}" of ${linkId} did not take the click`);
}

export async function answerByClicks(renderer: Renderer, intake: Intake): Promise<void> {
  for (const question of questions) {
    const value = readPath(intake, question.path);
    if (!isAsked(question, intake) || value === undefined) continue;
    const words = (one: unknown) =>
      optionDisplay(('options' in question ? question.options : []).find((option) => option.value === one)!);
    if (value === null) await choose(renderer, notKnownLinkId(question.path), 'Yes');
    else if (Array.isArray(value)) for (const one of value) await choose(renderer, question.path, words(one));
    else if (question.kind === 'choice' && typeof value === 'string')
      await choose(renderer, question.path, words(value));
    else await renderer.typeInto(question.path, String(value));
  }
}

/** The display items (hints) of the Questionnaire, by the linkId of the question they explain. */
/** The paths of the questions the catalogue gives a hint: a renderer shows one for each. */
export const hintedPaths = questions
  .filter((question) => question.hint !== undefined)
  .map((question) => question.path)
  .sort();

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

/** Brings up the hint of every question on show, reads it, and adds its linkId to `shown`. */
async function hintsOnShow(renderer: Renderer, hints: ReadonlyMap<string, string>, shown: Set<string>) {
  for (const [linkId, text] of hints) {
    if (shown.has(linkId) || !(await renderer.item(linkId).isVisible())) continue;
    // On a busy machine a click can land before the renderer has wired its help button, and a
    // second click on LHC-Forms' button closes what the first opened: up to three tries, 10 s each.
    for (let attempt = 1; ; attempt++) {
      const popup = await renderer.showHint(linkId);
      try {
        await popup.getByText(text, { exact: true }).waitFor({ timeout: 10_000 });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
    shown.add(linkId);
  }
}

/**
 * The hints of a freshly rendered form, each brought up and read: those on show, then the
 * follow-ups' once their conditions are answered (the other condition, oral baclofen tried, then
 * spinal cord injury). Returns the linkIds of the questions whose hint showed.
 */
export async function allHintsShown(renderer: Renderer, hints: ReadonlyMap<string, string>): Promise<Set<string>> {
  const shown = new Set<string>();
  const conditionWords = (value: string) => optionDisplay(condition.find((option) => option.value === value)!);
  await hintsOnShow(renderer, hints, shown);
  await choose(renderer, 'diagnosis.condition', conditionWords('other'));
  await choose(renderer, 'oralBaclofen.tried', 'Yes');
  await hintsOnShow(renderer, hints, shown);
  await choose(renderer, 'diagnosis.condition', conditionWords('spinal_cord_injury'));
  await hintsOnShow(renderer, hints, shown);
  return shown;
}

/** A renderer's response through $intake and $summary: the intake it gives back, and the document's findings beside those of /api/summary. */
export async function roundTrip(baseUrl: string, response: QuestionnaireResponse, intake: Intake) {
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/fhir+json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  };
  const back = await post('/api/fhir/QuestionnaireResponse/$intake', response);
  const document = await post('/api/fhir/QuestionnaireResponse/$summary', response);
  const summary = (await post('/api/summary', intake)).body as Summary;
  return {
    intake: back.status === 200 ? listsAsSets(back.body) : back,
    findings: document.status === 200 ? findingCodes(document.body as Bundle) : document,
    expectedFindings: summary.findings.map((finding) => finding.ruleId).sort(),
  };
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

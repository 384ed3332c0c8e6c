import type { RuleSetIdentity } from '../../../shared/api/summary';
import type { Language } from '../../../shared/text/languages';
import { formatMessage } from '../../../shared/text/message';
import type { Translation } from '../../../shared/text/translation';
import type { Resolved, SheetText, SheetWords } from './sheet-content';

// The sheet's fixed text in another language: the same shape as sheet-text.ts,
// each text an ICU message with its English's hash. Loaded with the language,
// so the English sheet never downloads the formatter.

type Mirror<T> = T extends string ? Translation : { readonly [K in keyof T]: Mirror<T[K]> };

/** Every text of sheet-text.ts, translated, at the same place: a missing text is a type error. */
export type SheetTranslation = Mirror<SheetText>;

const isTranslation = (node: object): node is Translation =>
  typeof (node as Translation).text === 'string' && typeof (node as Translation).source === 'string';

function mapTexts(node: unknown, format: (message: string) => string): unknown {
  if (Array.isArray(node)) return node.map((item) => mapTexts(item, format));
  if (typeof node !== 'object' || node === null) return node;
  if (isTranslation(node)) return format(node.text);
  return Object.fromEntries(Object.entries(node).map(([key, part]) => [key, mapTexts(part, format)]));
}

/** The sheet's words from a translation: each message for this reader, the review date in the language's own form. */
export const translatedWords =
  (translation: SheetTranslation, language: Language): SheetWords =>
  (audience, { version, reviewed }: Pick<RuleSetIdentity, 'version' | 'reviewed'>) => {
    const values = { audience, version, reviewed: new Date(`${reviewed}T00:00:00Z`) };
    return mapTexts(translation, (message) => formatMessage(message, language, values)) as Resolved<SheetText>;
  };

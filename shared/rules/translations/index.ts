import type { Language } from '../../text/languages';
import { es } from './es';
import type { RuleSetTranslation } from './types';

/** The rule set's patient texts in each language but English (the rules' own). */
export const translations: Readonly<Record<Exclude<Language, 'en'>, RuleSetTranslation>> = { es };

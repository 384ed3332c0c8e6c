import { isLanguage, type Language } from '../../../shared/text/languages';
import { useSearchParam } from '../../lib/router';
import { englishWords, type SheetWords } from './sheet-content';
import type { SheetTranslation } from './translate-sheet';

// The sheet in each language. English is in the page's own chunk; another
// language loads when asked for, with the message formatter (a chunk of its own).

const translations: Record<Exclude<Language, 'en'>, () => Promise<SheetTranslation>> = {
  es: () => import('./translations/es').then((module) => module.es),
};

export async function loadSheetWords(language: Language): Promise<SheetWords> {
  if (language === 'en') return englishWords;
  const [{ translatedWords }, translation] = await Promise.all([import('./translate-sheet'), translations[language]()]);
  return translatedWords(translation, language);
}

/** The sheet's language from the address (`?lang=es`); English for anything else. */
export function useSheetLanguage(): Language {
  const lang = useSearchParam('lang');
  return isLanguage(lang) ? lang : 'en';
}

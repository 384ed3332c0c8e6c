import { useEffect } from 'react';

/** Sets `lang` on the document while a page in another language shows (null: leave it); the page's own on leaving. */
export function useDocumentLanguage(tag: string | null): void {
  useEffect(() => {
    if (tag === null) return;
    const html = document.documentElement;
    const before = html.lang;
    html.lang = tag;
    return () => {
      html.lang = before;
    };
  }, [tag]);
}

import { useEffect } from 'react';

/** Sets the tab title; each page names itself first so screen reader users hear where they are. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – ITB Referral Aid`;
  }, [title]);
}

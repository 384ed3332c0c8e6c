// A translated text keeps a hash of the English it was made from. When the
// English changes, the hash no longer matches and a test names the text: a
// translation can never silently go on saying what the English no longer says.

export type Translation = { readonly source: string; readonly text: string };

/** `tr(hash of the English, the translation)`: the shape of every translated text. */
export const tr = (source: string, text: string): Translation => ({ source, text });

/** FNV-1a (32 bits) of the English, as 8 hex digits: a change detector, not a security hash. */
export function sourceHash(english: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < english.length; i++) {
    hash ^= english.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

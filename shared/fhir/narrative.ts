import type { Narrative } from '@medplum/fhirtypes';

// FHIR narrative is a limited XHTML: plain elements, no script, no style, no
// event attributes. Every text goes through escapeXml, so an answer (notes are
// free text) can never become markup.

export const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/** A generated narrative from XHTML fragments whose texts are already escaped. */
export const generatedNarrative = (...fragments: string[]): Narrative => ({
  status: 'generated',
  div: `<div xmlns="http://www.w3.org/1999/xhtml">${fragments.join('')}</div>`,
});

export const paragraph = (text: string) => `<p>${escapeXml(text)}</p>`;

export const list = (items: readonly string[]) =>
  `<ul>${items.map((item) => `<li>${escapeXml(item)}</li>`).join('')}</ul>`;

/** A two-column table: header cells, then rows of plain texts. */
export const table = (head: readonly [string, string], rows: readonly (readonly [string, string])[]) =>
  `<table><thead><tr>${head.map((cell) => `<th>${escapeXml(cell)}</th>`).join('')}</tr></thead><tbody>${rows
    .map(([a, b]) => `<tr><td>${escapeXml(a)}</td><td>${escapeXml(b)}</td></tr>`)
    .join('')}</tbody></table>`;

import type { SheetContent } from '../sheet-content';

/** "Get help now": one box that prints whole on one page (break-inside: avoid in the sheet's print CSS). */
export function WarningBox({ content }: { content: SheetContent }) {
  const { warning } = content.text;
  return (
    <section className="sheet-warning" aria-labelledby="sheet-warning-title">
      <h2 id="sheet-warning-title">{warning.title}</h2>
      <p className="sheet-warning-when">{content.warningWhen}</p>
      <ul>
        {warning.groups.map((group) => (
          <li key={group.label}>
            <strong>{group.label}</strong> {group.signs}
          </li>
        ))}
      </ul>
      {content.carers && (
        <p>
          <strong>{content.carers.label}</strong> {content.carers.signs}
        </p>
      )}
      <p className="sheet-warning-action">{warning.urgentAction}</p>
      <ul>
        {warning.others.map((group) => (
          <li key={group.label}>
            <strong>{group.label}</strong> {group.signs} <strong>{group.action}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}

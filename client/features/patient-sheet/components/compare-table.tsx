import type { SheetContent } from '../sheet-content';

/** Good things and risks of a pump beside those of staying with the current treatment, then the study figures. */
export function CompareTable({ content }: { content: SheetContent }) {
  const { compare } = content.text;
  const { testDose, risks, strokeTrial } = content.figures;
  return (
    <section aria-labelledby="sheet-compare-title">
      <h2 id="sheet-compare-title">{compare.title}</h2>
      <table className="sheet-compare">
        <thead>
          <tr>
            <td />
            {compare.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {compare.rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{row.pump}</td>
              <td>{row.current}</td>
            </tr>
          ))}
          {strokeTrial && (
            <tr>
              <th scope="row">{strokeTrial.label}</th>
              <td>{strokeTrial.pump}</td>
              <td>{strokeTrial.current}</td>
            </tr>
          )}
        </tbody>
      </table>
      <p className="sheet-other-choices">{content.otherChoices}</p>
      <div className="sheet-figures">
        <h3>
          {compare.figuresTitle} <span className="sheet-heading-note">{compare.figuresIntro}</span>
        </h3>
        <ul>
          {[...(testDose ? [testDose] : []), ...risks].map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}

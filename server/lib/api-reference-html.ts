import { html } from 'hono/html';
import type { openApiDocument as Document } from '../openapi';

// A readable API reference rendered on the server from the OpenAPI document:
// no script and only its own stylesheet, so it works under the strict CSP.

export const apiReferenceStyle =
  'body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;line-height:1.5;color:#0b0c0c}' +
  'code,pre{font-family:ui-monospace,monospace;font-size:.9em}pre{background:#f3f2f1;padding:1rem;overflow:auto;max-height:30rem}' +
  'h2{border-top:1px solid #b1b4b6;padding-top:1rem}table{border-collapse:collapse}td,th{border-bottom:1px solid #b1b4b6;padding:.25rem .75rem .25rem 0;text-align:left;vertical-align:top}' +
  'a{color:#1d4ed8}';

type Doc = typeof Document;
type Operation = {
  summary: string;
  parameters?: readonly { name: string; in: string; description?: string }[];
  responses: Record<string, { description: string }>;
  requestBody?: unknown;
};

export function renderApiReference(doc: Doc): string {
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, Operation>).map(([method, op]) => ({ path, method, op })),
  );
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>API reference – ITB Referral Aid</title>
        <link rel="stylesheet" href="/api/docs.css" />
      </head>
      <body>
        <main>
          <h1>${doc.info.title}</h1>
          <p>${doc.info.description}</p>
          <p>
            Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${doc.openapi}). Back to
            <a href="/">the referral form</a>.
          </p>
          ${operations.map(
            ({ path, method, op }) =>
              html`<h2><code>${method.toUpperCase()} ${path}</code></h2>
                <p>${op.summary}</p>
                ${(op.parameters ?? []).map(
                  (parameter) => html`<p>Query parameter <code>${parameter.name}</code>: ${parameter.description}</p>`,
                )}
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Status</th>
                      <th scope="col">Meaning</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${Object.entries(op.responses).map(
                      ([status, res]) =>
                        html`<tr>
                          <td>${status}</td>
                          <td>${res.description}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>`,
          )}
          ${Object.entries(doc.components.schemas).map(
            ([name, schema]) =>
              html`<h2 id="schema-${name}">Schema <code>${name}</code></h2>
                <pre>${JSON.stringify(schema, null, 2)}</pre>`,
          )}
        </main>
      </body>
    </html>`.toString();
}

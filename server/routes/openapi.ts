import { Hono } from 'hono';
import { openApiDocument } from '../openapi';
import { apiReferenceStyle, renderApiReference } from '../lib/api-reference-html';

// Both are fixed while the server runs: render once.
const documentJson = JSON.stringify(openApiDocument);
const referenceHtml = renderApiReference(openApiDocument);

export const openApiRoute = new Hono().get('/', (c) =>
  c.body(documentJson, 200, { 'Content-Type': 'application/json' }),
);

export const apiReferenceRoute = new Hono().get('/', (c) => c.html(referenceHtml));

export const apiReferenceStyleRoute = new Hono().get('/', (c) =>
  c.body(apiReferenceStyle, 200, { 'Content-Type': 'text/css; charset=utf-8' }),
);

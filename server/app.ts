import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ErrorBody } from '../shared/api/errors';
import { ApiError } from './lib/api-error';
import { cdsAuthFromEnv, type CdsAuthOptions } from './lib/cds-auth';
import { requestLog } from './lib/request-log';
import { securityHeaders } from './lib/security-headers';
import { serveClient } from './lib/serve-client';
import { cdsHooksRoute } from './routes/cds-hooks';
import { fhirRoute } from './routes/fhir';
import { healthRoute } from './routes/health';
import { apiReferenceRoute, apiReferenceStyleRoute, openApiRoute } from './routes/openapi';
import { rulesRoute } from './routes/rules';
import { summaryRoute } from './routes/summary';

export type AppOptions = {
  /** Folder of the built client; without it the app serves the API only. */
  clientDir?: string;
  /** Where request lines go; tests leave it out. */
  log?: (line: string) => void;
  /** Who may call the CDS Hooks service; by default from CDS_HOOKS_ISSUERS and CDS_HOOKS_ALLOW_UNSIGNED. */
  cdsHooks?: CdsAuthOptions;
};

export function createApp({ clientDir, log, cdsHooks = cdsAuthFromEnv(process.env) }: AppOptions = {}) {
  const app = new Hono();
  if (log) app.use(requestLog(log));
  app.use(securityHeaders);

  const api = new Hono()
    .route('/health', healthRoute)
    .route('/summary', summaryRoute)
    .route('/rules', rulesRoute)
    .route('/openapi.json', openApiRoute)
    .route('/docs', apiReferenceRoute)
    .route('/docs.css', apiReferenceStyleRoute)
    .route('/fhir', fhirRoute);
  app.route('/api', api);

  // A known /api path asked with another method is a 405, not a 404. A route with
  // middleware is listed once per handler, hence the Set.
  const apiMethods = (path: string) => [
    ...new Set(app.routes.filter((r) => r.path === path && r.method !== 'ALL').map((r) => r.method)),
  ];

  app.all('/api/*', (c) => {
    const allowed = apiMethods(c.req.path);
    if (allowed.length > 0) {
      c.header('Allow', [...allowed, ...(allowed.includes('GET') ? ['HEAD'] : [])].join(', '));
      throw new ApiError(405, 'method_not_allowed', `Use ${allowed.join(' or ')} for ${c.req.path}.`);
    }
    // Clipped, as the FHIR and CDS Hooks 404s are: an answer never echoes much of the request.
    throw new ApiError(404, 'not_found', `There is no API endpoint at ${c.req.path.slice(0, 100)}.`);
  });

  app.route('/cds-services', cdsHooksRoute(cdsHooks));

  if (clientDir) app.route('/', serveClient(clientDir));

  app.onError((err, c) => {
    // An error is about one request: never cached, like the summary itself.
    c.header('Cache-Control', 'no-store');
    // Reading the body fails when the client goes away mid-request: nobody is left to
    // answer, and it is no fault of the server's, so no internal error is logged.
    if (c.req.raw.signal.aborted) {
      const body: ErrorBody = {
        error: 'invalid_request',
        message: 'The connection closed before the request arrived.',
      };
      return c.json(body, 400);
    }
    if (err instanceof ApiError) return c.json(err.body, err.status);
    if (err instanceof HTTPException && err.status < 500) {
      const body: ErrorBody = { error: 'invalid_request', message: err.message || 'The request was not understood.' };
      return c.json(body, err.status);
    }
    // Log where it failed, never the message: it could quote the request.
    console.error(`internal error: ${err.name}\n${(err.stack ?? '').split('\n').slice(1).join('\n')}`);
    const body: ErrorBody = { error: 'internal_error', message: 'Something went wrong on the server. Try again.' };
    return c.json(body, 500);
  });

  return app;
}

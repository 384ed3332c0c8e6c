import { cors } from 'hono/cors';

// CDS Hooks clients may run in a browser on another origin (the CDS Hooks
// sandbox, a web EHR), so discovery and the service answer CORS. Any origin may
// call: trust comes from the signed bearer token, never from cookies, so no
// credentials are allowed and the Authorization header is what is let through.
export const cdsCors = cors({
  origin: '*',
  allowMethods: ['GET', 'POST', 'OPTIONS'],
  allowHeaders: ['Authorization', 'Content-Type'],
  maxAge: 86_400,
});

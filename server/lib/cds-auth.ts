import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  errors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
} from 'jose';
import { createMiddleware } from 'hono/factory';
import { z } from 'zod';
import { ApiError } from './api-error';
import { listenAddress } from './listen-address';

// CDS Hooks 2.0 "Trusting CDS Clients": every call carries a JWT, signed with the
// client's private key, that names the client (iss), this service's URL (aud),
// expires within minutes and has a unique jti. Keys come only from JWK Sets of
// configured issuers: a token's own `jku` is followed only when it is the one
// configured. `none` and symmetric (HMAC) algorithms are refused, as the
// specification requires. Unsigned calls are accepted only with an explicit
// opt-in, for local testing.

export type CdsIssuer = { iss: string; jwksUrl?: string; jwks?: JSONWebKeySet };

export type CdsAuthOptions = {
  issuers: readonly CdsIssuer[];
  /** Accept calls without a token (CDS_HOOKS_ALLOW_UNSIGNED=1): local testing only. */
  allowUnsigned?: boolean;
  /**
   * This server's base URL, without a trailing slash: the audience tokens must name and
   * the base of the card's links. Never taken from a request, whose Host anyone can set.
   */
  publicUrl: string;
};

const asymmetric = ['ES256', 'ES384', 'ES512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'EdDSA'];
const maxTokenAgeSeconds = 300;
const clockToleranceSeconds = 30;

const jsonText = z.string().transform((text, ctx) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'must be JSON' });
    return z.NEVER;
  }
});

const settingsSchema = z
  .object({
    CDS_HOOKS_ISSUERS: jsonText
      .pipe(
        z.array(
          z.strictObject({
            iss: z.string().min(1),
            jwksUrl: z.url({ protocol: /^https$/, error: 'must be an https URL' }),
          }),
        ),
      )
      .optional(),
    CDS_HOOKS_ALLOW_UNSIGNED: z.string().optional(),
    PUBLIC_URL: z
      .url({ protocol: /^https?$/, error: 'must be an http or https URL' })
      .refine((url) => !/[?#]/.test(url), 'must have no query or fragment')
      .transform((url) => url.replace(/\/+$/, ''))
      .optional(),
  })
  // A token names the service it is for (aud) by its public URL; without PUBLIC_URL the
  // only other source would be the request's Host, which the caller chooses.
  .refine((env) => !env.CDS_HOOKS_ISSUERS?.length || env.PUBLIC_URL, {
    path: ['PUBLIC_URL'],
    message: 'must be set with CDS_HOOKS_ISSUERS: tokens name this service by its public URL (aud)',
  });

/**
 * The trust settings from the environment: CDS_HOOKS_ISSUERS (a JSON list of
 * { "iss": ..., "jwksUrl": "https://..." }), CDS_HOOKS_ALLOW_UNSIGNED=1, and
 * PUBLIC_URL. Without PUBLIC_URL (no issuers: local use) the base is the address the
 * server is configured to listen on (HOST and PORT). A wrong setting throws, naming it.
 */
export function cdsAuthFromEnv(env: NodeJS.ProcessEnv): CdsAuthOptions {
  // An empty variable (PUBLIC_URL=) is one not set, as a shell user means it.
  const settings = settingsSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value)));
  if (!settings.success) {
    const problems = settings.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`CDS Hooks settings: ${problems.join('; ')}`);
  }
  const { CDS_HOOKS_ISSUERS = [], CDS_HOOKS_ALLOW_UNSIGNED, PUBLIC_URL } = settings.data;
  return {
    issuers: CDS_HOOKS_ISSUERS,
    allowUnsigned: CDS_HOOKS_ALLOW_UNSIGNED === '1',
    publicUrl: PUBLIC_URL ?? listenAddress(env).url,
  };
}

class Refused extends ApiError {
  constructor(reason: string) {
    super(401, 'invalid_request', `The CDS Hooks bearer token was refused: ${reason}.`);
  }
}

const refuse = (reason: string): never => {
  throw new Refused(reason);
};

/**
 * Remembers each token's jti until it expires, so a captured token cannot be
 * sent again: true the first time. Holds no request data, only ids; bounded,
 * oldest dropped first (entries arrive roughly in order of expiry).
 */
function firstUse(limit = 10_000) {
  const seen = new Map<string, number>();
  return (key: string, expires: number, now: number): boolean => {
    for (const [old, until] of seen) {
      if (until >= now && seen.size < limit) break;
      seen.delete(old);
    }
    if (seen.has(key)) return false;
    seen.set(key, expires);
    return true;
  };
}

// What is read of a token before its signature is checked, with the types the checks
// expect: a token is anyone's JSON, and a number or an object where a string belongs
// (typ 5, an alg with its own toString) must be a refusal, never a crash. A jti that is
// not a string could not be told apart from others when it is remembered.
const tokenSchema = z.object({
  header: z.object({ alg: z.string(), typ: z.string().optional(), jku: z.string().optional() }),
  claims: z.object({ iss: z.string(), jti: z.string() }),
});

function readToken(token: string) {
  let header: unknown, claims: unknown;
  try {
    header = decodeProtectedHeader(token);
    claims = decodeJwt(token);
  } catch {
    return refuse('it is not a JWT');
  }
  const read = tokenSchema.safeParse({ header, claims });
  if (!read.success) {
    const [part, field] = read.error.issues[0]!.path;
    return refuse(`${part === 'claims' ? 'claim' : 'header'} ${String(field)} is missing or not a string`);
  }
  return { ...read.data.header, ...read.data.claims };
}

/** Checks the bearer token of a call to the service at `audience` (its public URL, the token's aud). */
export function cdsAuth(options: CdsAuthOptions, audience: string) {
  const keySets = new Map<string, { jwksUrl?: string; keys: JWTVerifyGetKey }>();
  for (const issuer of options.issuers) {
    const keys = issuer.jwks ? createLocalJWKSet(issuer.jwks) : createRemoteJWKSet(new URL(issuer.jwksUrl!));
    keySets.set(issuer.iss, { jwksUrl: issuer.jwksUrl, keys });
  }
  const isFirstUse = firstUse();

  const verify = createMiddleware(async (c, next) => {
    const header = c.req.header('authorization');
    if (!header) {
      if (options.allowUnsigned) return next();
      refuse('send Authorization: Bearer with a signed JWT');
    }
    const token = /^Bearer\s+(\S+)$/i.exec(header!)?.[1] ?? refuse('use the Bearer scheme');
    const { alg, typ, jku, iss } = readToken(token!);
    if (!asymmetric.includes(alg))
      refuse(`alg "${alg.slice(0, 20)}" is not an asymmetric signature (none and HMAC are never accepted)`);
    if (typ !== undefined && typ.toUpperCase() !== 'JWT') refuse('typ must be JWT');
    const issuer = keySets.get(iss) ?? refuse("the issuer is not on this service's list");
    if (jku !== undefined && jku !== issuer!.jwksUrl) refuse('jku is not the JWK Set configured for this issuer');
    try {
      const { payload } = await jwtVerify(token!, issuer!.keys, {
        issuer: iss,
        audience,
        algorithms: asymmetric,
        requiredClaims: ['exp', 'iat', 'jti'],
        maxTokenAge: maxTokenAgeSeconds,
        clockTolerance: clockToleranceSeconds,
      });
      if (!isFirstUse(`${iss}\n${payload.jti}`, payload.exp! + clockToleranceSeconds, Math.floor(Date.now() / 1000)))
        refuse('it was used before (jti)');
    } catch (error) {
      if (error instanceof errors.JWTClaimValidationFailed)
        refuse(`claim ${error.claim} is not valid (${error.reason})`);
      if (error instanceof errors.JOSEError) refuse(error.code.replace(/^ERR_/, '').toLowerCase().replaceAll('_', ' '));
      throw error;
    }
    await next();
  });

  // RFC 6750: a refused bearer token is answered with WWW-Authenticate.
  return createMiddleware(async (c, next) => {
    try {
      await verify(c, next);
    } catch (error) {
      if (error instanceof Refused) c.header('WWW-Authenticate', 'Bearer error="invalid_token"');
      throw error;
    }
  });
}

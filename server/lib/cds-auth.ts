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
import { ApiError } from './api-error';

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
  /** The public base URL of this server, for the expected audience; else the request's own origin. */
  publicUrl?: string;
};

const asymmetric = ['ES256', 'ES384', 'ES512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'EdDSA'];
const maxTokenAgeSeconds = 300;
const clockToleranceSeconds = 30;

/** Issuers from CDS_HOOKS_ISSUERS: a JSON list of { "iss": ..., "jwksUrl": ... }. */
export function cdsAuthFromEnv(env: NodeJS.ProcessEnv): CdsAuthOptions {
  const issuers = env.CDS_HOOKS_ISSUERS ? (JSON.parse(env.CDS_HOOKS_ISSUERS) as CdsIssuer[]) : [];
  for (const issuer of issuers) {
    if (
      typeof issuer.iss !== 'string' ||
      typeof issuer.jwksUrl !== 'string' ||
      !issuer.jwksUrl.startsWith('https://')
    ) {
      throw new Error('CDS_HOOKS_ISSUERS: each issuer needs "iss" and an https "jwksUrl"');
    }
  }
  return { issuers, allowUnsigned: env.CDS_HOOKS_ALLOW_UNSIGNED === '1', publicUrl: env.PUBLIC_URL };
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

export function cdsAuth(options: CdsAuthOptions) {
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
    let alg: string | undefined, jku: string | undefined, typ: string | undefined, iss: string | undefined;
    try {
      ({ alg, jku, typ } = decodeProtectedHeader(token!));
      ({ iss } = decodeJwt(token!));
    } catch {
      refuse('it is not a JWT');
    }
    if (!alg || !asymmetric.includes(alg))
      refuse(`alg "${String(alg).slice(0, 20)}" is not an asymmetric signature (none and HMAC are never accepted)`);
    if (typ !== undefined && typ.toUpperCase() !== 'JWT') refuse('typ must be JWT');
    const issuer = keySets.get(iss ?? '') ?? refuse("the issuer is not on this service's list");
    if (jku !== undefined && jku !== issuer!.jwksUrl) refuse('jku is not the JWK Set configured for this issuer');
    const audience = `${options.publicUrl?.replace(/\/$/, '') ?? new URL(c.req.url).origin}${c.req.path}`;
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

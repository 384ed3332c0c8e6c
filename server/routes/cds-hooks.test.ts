import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { errorBodySchema } from '../../shared/api/errors';
import { discoverySchema, hookResponseSchema } from '../../shared/fhir/cds-hooks';
import { childPrefetch, realisticHookRequest } from '../../shared/fixtures/prefetch-bundles';
import { decisionWords } from '../../shared/text/readability';
import { createApp } from '../app';
import { ruleSet } from '../../shared/rules/rule-set';
import { cdsAuthFromEnv } from '../lib/cds-auth';

// CDS Hooks 2.0 contract tests through app.request: discovery, the card, and
// the trust rules (signed JWT from a listed issuer; none, HMAC and unsigned refused).

const iss = 'https://ehr.example/';
const jwksUrl = 'https://ehr.example/jwks.json';
const publicUrl = 'https://cds.example.org';
const service = '/cds-services/itb-referral-aid';
const audience = `${publicUrl}${service}`;

let signingKey: CryptoKey;
let otherKey: CryptoKey;
let publicJwk: JWK;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  const pair = await generateKeyPair('ES384');
  signingKey = pair.privateKey;
  otherKey = (await generateKeyPair('ES384')).privateKey;
  publicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'ehr-key-1', alg: 'ES384', use: 'sig' };
  app = createApp({ cdsHooks: { issuers: [{ iss, jwksUrl, jwks: { keys: [publicJwk] } }], publicUrl } });
});

let jti = 0;
const now = () => Math.floor(Date.now() / 1000);
/** A CDS Hooks JWT as a client signs it; claims and header fields given here replace the usual ones. */
const token = (
  claims: Record<string, unknown> = {},
  header: Record<string, unknown> = {},
  key: CryptoKey | Uint8Array = signingKey,
) =>
  new SignJWT({ iss, aud: audience, iat: now(), exp: now() + 300, jti: `call-${(jti += 1)}`, ...claims })
    .setProtectedHeader({ alg: key instanceof Uint8Array ? 'HS256' : 'ES384', typ: 'JWT', kid: 'ehr-key-1', ...header })
    .sign(key);

const condition = (code: string, extra: Record<string, unknown> = {}) => ({
  resource: { resourceType: 'Condition', code: { coding: [{ system: 'http://snomed.info/sct', code }] }, ...extra },
});
const baclofen = (text: string, status = 'completed') => ({
  resource: { resourceType: 'MedicationRequest', status, intent: 'order', medicationCodeableConcept: { text } },
});
const searchset = (...entry: unknown[]) => ({ resourceType: 'Bundle', type: 'searchset', entry });

const hookBody = (
  prefetch: Record<string, unknown> = {
    conditions: searchset(condition('24700007')),
    medications: searchset(baclofen('Baclofen 10 mg oral tablet')),
  },
) => ({
  hook: 'patient-view',
  hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea',
  fhirServer: 'https://ehr.example/fhir',
  context: { userId: 'Practitioner/example', patientId: '1288992' },
  prefetch,
});

const call = async (body: unknown, authorization?: string, target = app) =>
  target.request(service, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(authorization ? { Authorization: authorization } : {}) },
    body: JSON.stringify(body),
  });

describe('CDS Hooks discovery', () => {
  it('lists the patient-view service with its prefetch templates, for any origin', async () => {
    const res = await app.request('/cds-services', { headers: { Origin: 'https://sandbox.cds-hooks.org' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const body = discoverySchema.parse(await res.json());
    expect(body.services).toEqual([
      expect.objectContaining({
        hook: 'patient-view',
        id: 'itb-referral-aid',
        prefetch: {
          conditions: 'Condition?patient={{context.patientId}}',
          medications: 'MedicationRequest?patient={{context.patientId}}',
          patient: 'Patient/{{context.patientId}}',
          weight: 'Observation?patient={{context.patientId}}&code=http://loinc.org|29463-7&_sort=-date&_count=10',
        },
      }),
    ]);
    const preflight = await app.request(service, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://sandbox.cds-hooks.org',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toBe('Authorization,Content-Type');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

describe('CDS Hooks service itb-referral-aid (patient-view)', () => {
  it('a signed call for a patient with multiple sclerosis and oral baclofen: one info card with the form link', async () => {
    const res = await call(hookBody(), `Bearer ${await token()}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { cards } = hookResponseSchema.parse(await res.json());
    expect(cards).toHaveLength(1);
    const [card] = cards as [(typeof cards)[number]];
    expect(card.indicator).toBe('info');
    expect(card.summary.length).toBeLessThan(140);
    expect(card.source).toEqual({
      label: `ITB Referral Aid, rule set itb-referral ${ruleSet.version}`,
      url: 'https://cds.example.org/rules',
    });
    expect(decisionWords.test(`${card.summary} ${card.detail}`)).toBe(false);
    expect(card.links).toEqual([
      {
        label: 'Open the ITB referral form',
        type: 'absolute',
        url: 'https://cds.example.org/#diagnosis.condition=multiple_sclerosis&oralBaclofen.tried=yes',
      },
    ]);
    expect(new URL(card.links![0]!.url).search).toBe('');
  });

  it('a patient without a listed condition, or with none at all: no cards', async () => {
    const diabetes = hookBody({
      conditions: searchset(condition('44054006')),
      medications: searchset(baclofen('Baclofen 10 mg tablet')),
    });
    expect(await (await call(diabetes, `Bearer ${await token()}`)).json()).toEqual({ cards: [] });
    expect(await (await call(hookBody({ conditions: null }), `Bearer ${await token()}`)).json()).toEqual({ cards: [] });
    const refuted = hookBody({
      conditions: searchset(condition('128188000', { verificationStatus: { coding: [{ code: 'refuted' }] } })),
    });
    expect(await (await call(refuted, `Bearer ${await token()}`)).json()).toEqual({ cards: [] });
  });

  it('fills only what it knows: intrathecal baclofen or no prescription leaves oral baclofen open', async () => {
    for (const medications of [
      searchset(baclofen('Baclofen intrathecal injection 500 micrograms/mL')),
      searchset(baclofen('Baclofen 10 mg tablet', 'entered-in-error')),
      null,
    ]) {
      const res = await call(
        hookBody({ conditions: searchset(condition('230690007'), condition('128188000')), medications }),
        `Bearer ${await token()}`,
      );
      const { cards } = hookResponseSchema.parse(await res.json());
      expect(cards[0]!.links![0]!.url).toBe('https://cds.example.org/#diagnosis.condition=cerebral_palsy');
      expect(cards[0]!.detail).toContain('**cerebral palsy** (SNOMED CT 128188000), **stroke** (SNOMED CT 230690007)');
    }
  });

  it('a real problem list (ICD-10-CM, RxNorm only, a Patient, weights in pounds): the link fills age and weight too', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-25T12:00:00Z'));
    try {
      const res = await call(realisticHookRequest(), `Bearer ${await token()}`);
      const { cards } = hookResponseSchema.parse(await res.json());
      expect(cards[0]!.links![0]!.url).toBe(
        'https://cds.example.org/#diagnosis.condition=cerebral_palsy&oralBaclofen.tried=yes&patient.ageYears=14&patient.weightKg=39.9',
      );
      const other = realisticHookRequest({ ...childPrefetch(), patient: { resourceType: 'Observation' } });
      const refused = await call(other, `Bearer ${await token()}`);
      expect(refused.status).toBe(400);
      expect(errorBodySchema.parse(await refused.json()).issues).toEqual([
        { path: 'prefetch.patient', message: 'Send the Patient resource, or null when there is none' },
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('answers 412 without the conditions prefetch (it never queries the FHIR server), 400 for a malformed request', async () => {
    expect((await call(hookBody({}), `Bearer ${await token()}`)).status).toBe(412);
    const bad = await call({ ...hookBody(), hookInstance: 'not-a-uuid' }, `Bearer ${await token()}`);
    expect(bad.status).toBe(400);
    expect(errorBodySchema.parse(await bad.json()).issues).toEqual([
      { path: 'hookInstance', message: 'hookInstance must be a UUID' },
    ]);
    expect(
      (await call({ ...hookBody(), prefetch: { conditions: { resourceType: 'Patient' } } }, `Bearer ${await token()}`))
        .status,
    ).toBe(400);
  });

  const refusals: [string, string, () => Promise<string | undefined>][] = [
    ['an unsigned call', 'send Authorization: Bearer', async () => undefined],
    [
      'alg none',
      'alg "none"',
      async () =>
        `Bearer ${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify({ iss, aud: audience, exp: now() + 300, iat: now(), jti: 'none-1' })).toString('base64url')}.`,
    ],
    [
      'an HMAC signature (HS256)',
      'alg "HS256"',
      async () => `Bearer ${await token({}, {}, new TextEncoder().encode('a shared secret of thirty-two bytes!'))}`,
    ],
    [
      'a signature by another key',
      'signature verification failed',
      async () => `Bearer ${await token({}, {}, otherKey)}`,
    ],
    [
      'an issuer not on the list',
      'issuer is not on',
      async () => `Bearer ${await token({ iss: 'https://evil.example/' })}`,
    ],
    [
      'another audience',
      'claim aud',
      async () => `Bearer ${await token({ aud: 'https://cds.example.org/cds-services/other' })}`,
    ],
    ['an expired token', 'jwt expired', async () => `Bearer ${await token({ exp: now() - 120 })}`],
    ['a token issued long ago', 'jwt expired', async () => `Bearer ${await token({ iat: now() - 3600 })}`],
    [
      'a jku that is not the configured JWK Set',
      'jku',
      async () => `Bearer ${await token({}, { jku: 'https://evil.example/jwks.json' })}`,
    ],
    ['a token without jti', 'claim jti', async () => `Bearer ${await token({ jti: undefined })}`],
    ['a Basic header', 'Bearer scheme', async () => 'Basic dXNlcjpwYXNz'],
  ];

  it.each(refusals)('refuses %s with 401 and WWW-Authenticate', async (_name, reason, authorization) => {
    const res = await call(hookBody(), await authorization());
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
    const { message } = errorBodySchema.parse(await res.json());
    expect(message).toMatch(/^The CDS Hooks bearer token was refused: /);
    expect(message).toContain(reason);
  });

  // Header fields and claims as anyone can write them: before the signature is checked
  // (typ 5 crashed the check), and signed by a listed key (a jti that is an object).
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const signedRaw = async (header: Record<string, unknown>, claims: Record<string, unknown>) => {
    const input = `${b64({ alg: 'ES384', kid: 'ehr-key-1', ...header })}.${b64({ iss, aud: audience, iat: now(), exp: now() + 300, jti: `raw-${(jti += 1)}`, ...claims })}`;
    const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-384' }, signingKey, Buffer.from(input));
    return `${input}.${Buffer.from(signature).toString('base64url')}`;
  };
  const hostile: [string, unknown][] = [
    ['a number', 5],
    ['an object', {}],
    ['an object with its own toString', { toString: 1 }],
    ['a list', ['ES384']],
    ['null', null],
    ['true', true],
  ];

  it('refuses the tokens of issue 18 with 401 invalid_token, not 500: typ a number, alg an object', async () => {
    for (const authorization of [
      'Bearer eyJhbGciOiJFUzI1NiIsInR5cCI6NX0.eyJpc3MiOiJ4In0.AAAA',
      `Bearer ${b64({ alg: { toString: 1 } })}.${b64({ iss })}.AAAA`,
    ]) {
      const res = await call(hookBody(), authorization);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(errorBodySchema.parse(await res.json()).message).toMatch(/header (typ|alg) is missing or not a string/);
    }
  });

  it.each(['alg', 'typ', 'jku', 'kid', 'crit'])(
    'refuses a signed token whose header %s is a number, an object, a list or null with 401, never 500',
    async (field) => {
      for (const [, value] of hostile) {
        const res = await call(hookBody(), `Bearer ${await signedRaw({ [field]: value }, {})}`);
        expect([field, value, res.status]).toEqual([field, value, 401]);
        expect(res.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
      }
    },
  );

  it.each(['iss', 'aud', 'exp', 'iat', 'nbf', 'jti'])(
    'refuses a signed token whose claim %s is a number, an object, a list or null with 401, never 500',
    async (claim) => {
      for (const [, value] of hostile) {
        // A number is a valid exp, iat or nbf: those are checked as times instead.
        if (typeof value === 'number' && ['exp', 'iat', 'nbf'].includes(claim)) continue;
        const res = await call(hookBody(), `Bearer ${await signedRaw({}, { [claim]: value })}`);
        expect([claim, value, res.status]).toEqual([claim, value, 401]);
        expect(res.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
      }
    },
  );

  it('refuses a jti that is not a string, which could not be told apart from others when remembered', async () => {
    const res = await call(hookBody(), `Bearer ${await token({ jti: 5 })}`);
    expect(res.status).toBe(401);
    expect(errorBodySchema.parse(await res.json()).message).toContain('claim jti is missing or not a string');
  });

  it('never takes who we are from the request: the audience and the card links come from PUBLIC_URL, whatever Host says', async () => {
    const evil = 'http://evil.example/cds-services/itb-referral-aid';
    const foreign = await token({ aud: evil });
    const forged = await app.request(evil, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${foreign}` },
      body: JSON.stringify(hookBody()),
    });
    expect(forged.status).toBe(401);
    const res = await app.request(evil, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await token()}` },
      body: JSON.stringify(hookBody()),
    });
    const { cards } = hookResponseSchema.parse(await res.json());
    expect(cards[0]!.links![0]!.url).toMatch(/^https:\/\/cds\.example\.org\/#/);
  });

  it('without PUBLIC_URL (local use, unsigned), links go to the configured HOST and PORT, not to the Host a request sent', async () => {
    const local = createApp({ cdsHooks: cdsAuthFromEnv({ CDS_HOOKS_ALLOW_UNSIGNED: '1', PORT: '8080' }) });
    const res = await local.request('http://evil.example/cds-services/itb-referral-aid', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(hookBody()),
    });
    const { cards } = hookResponseSchema.parse(await res.json());
    expect(cards[0]!.links![0]!.url).toMatch(/^http:\/\/127\.0\.0\.1:8080\/#/);
  });

  it('refuses a token used twice (jti), and accepts unsigned calls only when told to', async () => {
    const once = `Bearer ${await token()}`;
    expect((await call(hookBody(), once)).status).toBe(200);
    expect((await call(hookBody(), once)).status).toBe(401);
    const local = createApp({ cdsHooks: { issuers: [], allowUnsigned: true, publicUrl } });
    expect((await call(hookBody(), undefined, local)).status).toBe(200);
  });

  it('never logs a body, a token or a patient id', async () => {
    const lines: string[] = [];
    const logged = createApp({
      log: (line) => lines.push(line),
      cdsHooks: { issuers: [{ iss, jwks: { keys: [publicJwk] } }], publicUrl },
    });
    const bearer = await token();
    await call(hookBody(), `Bearer ${bearer}`, logged);
    expect(lines).toEqual([expect.stringMatching(/^POST \/cds-services\/itb-referral-aid 200 /)]);
    expect(lines.join('')).not.toMatch(/1288992|eyJ/);
  });
});

import { describe, expect, it } from 'vitest';
import { cdsAuthFromEnv } from './cds-auth';

describe('CDS Hooks trust settings from the environment', () => {
  const issuers = [{ iss: 'https://ehr.example/', jwksUrl: 'https://ehr.example/jwks.json' }];

  it('lists issuers with https JWK Sets, and allows unsigned calls only on CDS_HOOKS_ALLOW_UNSIGNED=1', () => {
    expect(
      cdsAuthFromEnv({
        CDS_HOOKS_ISSUERS: JSON.stringify(issuers),
        CDS_HOOKS_ALLOW_UNSIGNED: '1',
        PUBLIC_URL: 'https://cds.example.org/',
      }),
    ).toEqual({ issuers, allowUnsigned: true, publicUrl: 'https://cds.example.org' });
    expect(cdsAuthFromEnv({ CDS_HOOKS_ALLOW_UNSIGNED: 'true' }).allowUnsigned).toBe(false);
  });

  it('requires PUBLIC_URL with issuers: a token must name this service by its public URL, never by the Host a request sent', () => {
    expect(() => cdsAuthFromEnv({ CDS_HOOKS_ISSUERS: JSON.stringify(issuers) })).toThrow(
      'CDS Hooks settings: PUBLIC_URL: must be set with CDS_HOOKS_ISSUERS',
    );
  });

  it('without issuers or PUBLIC_URL (local use), the base is the address the server is configured to listen on', () => {
    expect(cdsAuthFromEnv({})).toEqual({ issuers: [], allowUnsigned: false, publicUrl: 'http://127.0.0.1:8787' });
    expect(cdsAuthFromEnv({ HOST: '::1', PORT: '9000' }).publicUrl).toBe('http://[::1]:9000');
  });

  it.each([
    ['issuers that are not JSON', { CDS_HOOKS_ISSUERS: '[{iss: x}]' }, 'CDS_HOOKS_ISSUERS: must be JSON'],
    [
      'a JWK Set over http',
      { CDS_HOOKS_ISSUERS: JSON.stringify([{ iss: 'x', jwksUrl: 'http://ehr.example/jwks.json' }]) },
      'CDS_HOOKS_ISSUERS.0.jwksUrl: must be an https URL',
    ],
    [
      'an issuer without iss',
      { CDS_HOOKS_ISSUERS: JSON.stringify([{ jwksUrl: 'https://ehr.example/jwks.json' }]), PUBLIC_URL: 'https://a.b' },
      'CDS_HOOKS_ISSUERS.0.iss: ',
    ],
    ['issuers that are not a list', { CDS_HOOKS_ISSUERS: '{"iss":"x"}' }, 'CDS_HOOKS_ISSUERS: '],
    ['a PUBLIC_URL that is not http(s)', { PUBLIC_URL: 'ftp://cds.example.org' }, 'PUBLIC_URL: must be an http'],
    ['a PUBLIC_URL with a query', { PUBLIC_URL: 'https://cds.example.org/?a=1' }, 'PUBLIC_URL: must have no query'],
  ])('refuses %s, naming the setting', (_, env, named) => {
    expect(() => cdsAuthFromEnv(env)).toThrow(named);
  });
});

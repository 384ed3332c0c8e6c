import { describe, expect, it } from 'vitest';
import { cdsAuthFromEnv } from './cds-auth';

describe('CDS Hooks trust settings from the environment', () => {
  it('lists issuers with https JWK Sets, and allows unsigned calls only on CDS_HOOKS_ALLOW_UNSIGNED=1', () => {
    expect(cdsAuthFromEnv({})).toEqual({ issuers: [], allowUnsigned: false, publicUrl: undefined });
    const issuers = [{ iss: 'https://ehr.example/', jwksUrl: 'https://ehr.example/jwks.json' }];
    expect(
      cdsAuthFromEnv({
        CDS_HOOKS_ISSUERS: JSON.stringify(issuers),
        CDS_HOOKS_ALLOW_UNSIGNED: '1',
        PUBLIC_URL: 'https://cds.example.org',
      }),
    ).toEqual({
      issuers,
      allowUnsigned: true,
      publicUrl: 'https://cds.example.org',
    });
    expect(cdsAuthFromEnv({ CDS_HOOKS_ALLOW_UNSIGNED: 'true' }).allowUnsigned).toBe(false);
    expect(() =>
      cdsAuthFromEnv({ CDS_HOOKS_ISSUERS: JSON.stringify([{ iss: 'x', jwksUrl: 'http://ehr.example/jwks.json' }]) }),
    ).toThrow(/https "jwksUrl"/);
  });
});

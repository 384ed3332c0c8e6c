import { describe, expect, it, vi } from 'vitest';
import { Hono } from 'hono';
import { errorBodySchema } from '../shared/api/errors';
import { createApp } from './app';
import { app, postJson, sampleIntake } from './test-helpers';

// One test per row of the contract's error table, plus the headers every response carries.

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = errorBodySchema.parse(await res.json());
  expect(body.error).toBe(code);
  expect(body.message.length).toBeGreaterThan(0);
  return body;
}

describe('error table', () => {
  it('400 invalid_request: one issue per problem, each with a dot path', async () => {
    const intake = sampleIntake() as Record<string, any>;
    intake.patient.ageYears = 'forty';
    intake.spasticity.modifiedAshworth = '5';
    intake.surprise = true;
    delete intake.considerations.shunt;
    const body = await expectError(await postJson('/api/summary', intake), 400, 'invalid_request');
    expect(body.issues?.map((issue) => issue.path).sort()).toEqual([
      'considerations.shunt',
      'patient.ageYears',
      'spasticity.modifiedAshworth',
      'surprise',
    ]);
  });

  it('400 invalid_request for a bad combination: description without "other"', async () => {
    const intake = sampleIntake();
    intake.diagnosis.otherDescription = 'Hereditary spastic paraplegia';
    const body = await expectError(await postJson('/api/summary', intake), 400, 'invalid_request');
    expect(body.issues).toEqual([{ path: 'diagnosis.otherDescription', message: expect.any(String) }]);
  });

  it('400 invalid_json for a body that is not JSON', async () => {
    await expectError(await postJson('/api/summary', '{"patient": '), 400, 'invalid_json');
  });

  it('415 unsupported_media_type for a form post', async () => {
    const res = await app.request('/api/summary', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'patient=1',
    });
    await expectError(res, 415, 'unsupported_media_type');
  });

  it('413 payload_too_large above 32 KiB, also when the length is not announced', async () => {
    const big = JSON.stringify({ ...sampleIntake(), notes: 'x'.repeat(33 * 1024) });
    await expectError(await postJson('/api/summary', big), 413, 'payload_too_large');

    // A streamed body has no Content-Length: the limit must hold while reading.
    let pulled = 0;
    const chunk = new TextEncoder().encode('x'.repeat(8 * 1024));
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 1000) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const res = await app.request('/api/summary', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    await expectError(res, 413, 'payload_too_large');
    expect(pulled).toBeLessThan(10); // stopped near 32 KiB, not after 8 MB
  });

  it('accepts a body of exactly 32 KiB', async () => {
    const base = JSON.stringify({ ...sampleIntake(), notes: '' });
    const padded = base.replace('"notes":""', `"notes":""${' '.repeat(32 * 1024 - base.length)}`);
    expect(Buffer.byteLength(padded)).toBe(32 * 1024);
    expect((await postJson('/api/summary', padded)).status).toBe(200);
  });

  it('404 not_found as JSON for an unknown /api path, never the page', async () => {
    await expectError(await app.request('/api/nothing-here'), 404, 'not_found');
    await expectError(await app.request('/api/summary/extra', { method: 'POST' }), 404, 'not_found');
  });

  it('404 not_found names the path clipped: /api/ and 5,000 × %01 is a small answer, not 30 KB', async () => {
    const res = await app.request(`/api/${'%01'.repeat(5_000)}`);
    const text = await res.clone().text();
    const body = await expectError(res, 404, 'not_found');
    expect(text.length).toBeLessThan(1_000);
    expect(body.message).toBe(`There is no API endpoint at /api/${'\u0001'.repeat(95)}.`);
  });

  it('405 method_not_allowed with an Allow header on a known path', async () => {
    const res = await app.request('/api/summary');
    const body = await expectError(res, 405, 'method_not_allowed');
    expect(body.message).toBe('Use POST for /api/summary.');
    expect(res.headers.get('allow')).toBe('POST');
    const health = await app.request('/api/health', { method: 'DELETE' });
    await expectError(health, 405, 'method_not_allowed');
    expect(health.headers.get('allow')).toBe('GET, HEAD');
  });

  it('500 internal_error with no stack trace and no input echoed', async () => {
    const failing = createApp();
    const secret = 'patient-said-this';
    const probe = new Hono().get('/', () => {
      throw new Error(`boom ${secret}`);
    });
    failing.route('/boom', probe);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await failing.request('/boom');
    const text = await res.clone().text();
    await expectError(res, 500, 'internal_error');
    expect(text).not.toContain('boom');
    expect(text).not.toMatch(/at .*\.ts/);
    expect(logged.mock.calls.flat().join(' ')).not.toContain(secret);
    logged.mockRestore();
  });
});

describe('every error answer', () => {
  it('is Cache-Control: no-store, like the summary: it is about one request', async () => {
    const answers = [
      await postJson('/api/summary', { ...sampleIntake(), goals: 'all' }),
      await postJson('/api/summary', '{"patient": '),
      await postJson('/api/summary', JSON.stringify(sampleIntake()), { 'Content-Type': 'text/plain' }),
      await postJson('/api/summary', JSON.stringify({ notes: 'x'.repeat(33 * 1024) })),
      await app.request('/api/nothing-here'),
      await app.request('/api/summary'),
    ];
    expect(answers.map((res) => res.status)).toEqual([400, 400, 415, 413, 404, 405]);
    for (const res of answers) expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('every response', () => {
  it('carries the security headers', async () => {
    const res = await app.request('/api/health');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('the same security headers on every answer: health, a summary, a 400, the rules', async () => {
    const security = (res: Response) =>
      [...res.headers]
        .filter(([name]) => !['content-type', 'content-length', 'cache-control', 'allow'].includes(name))
        .sort();
    const reference = security(await app.request('/api/rules'));
    expect(reference.length).toBeGreaterThanOrEqual(10);
    expect(security(await app.request('/api/health'))).toEqual(reference);
    expect(security(await postJson('/api/summary', sampleIntake()))).toEqual(reference);
    expect(security(await postJson('/api/summary', '{'))).toEqual(reference);
  });

  it('marks the summary no-store and answers in the contract shape', async () => {
    const res = await postJson('/api/summary', sampleIntake());
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = await res.json();
    expect(body.echo).toEqual({ notes: sampleIntake().notes });
    expect(body.ruleSet.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('health says ok with the rule set version and hash', async () => {
    const body = await (await app.request('/api/health')).json();
    expect(body).toEqual({
      status: 'ok',
      ruleSet: { version: expect.any(String), hash: expect.stringMatching(/^sha256:/) },
    });
  });
});

describe('request log', () => {
  it('writes method, path and status, never the body', async () => {
    const lines: string[] = [];
    const logged = createApp({ log: (line) => lines.push(line) });
    const intake = sampleIntake();
    intake.notes = 'very private words';
    await logged.request('/api/summary', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(intake),
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^POST \/api\/summary 200 \d+\.\dms$/);
    expect(lines.join('')).not.toContain('private');
  });
});

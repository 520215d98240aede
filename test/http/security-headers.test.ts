// Every answer carries the security headers a browser enforces: our content security policy (no
// inline or foreign scripts), no MIME sniffing, no framing by other sites — the API, its errors and
// the pages alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection';
import type { App } from '../../src/modules/module';
import { adminHeaders, testApp } from '../helpers/app';
import { openTestDatabase } from '../helpers/database';

describe('security headers', () => {
  let database: Database;
  let app: App;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    app = await testApp(database);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it.each([
    ['a health check', '/health', {}],
    ['an API answer', '/api/me', adminHeaders],
    ['a refusal', '/api/me', {}],
    ['an unknown ballot page', '/vote/no-such-token', {}],
  ])('sets them on %s', async (_what, url, headers) => {
    const res = await app.inject({ method: 'GET', url, headers });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("script-src 'self' 'unsafe-inline'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

// Every answer carries the security headers a browser enforces: our content security policy (no
// inline or foreign scripts), no MIME sniffing, no framing by other sites — the API, its errors and
// the pages alike.
import { expect, it } from 'vitest';
import { adminHeaders, testApp } from '../helpers/app';
import { describeApp } from '../helpers/http';

describeApp('security headers', {}, (t) => {
  it.each([
    ['a health check', '/health', {}],
    ['an API answer', '/api/me', adminHeaders],
    ['a refusal', '/api/me', {}],
    ['an unknown ballot page', '/vote/no-such-token', {}],
  ])('sets them on %s', async (_what, url, headers) => {
    const res = await t.app.inject({ method: 'GET', url, headers });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("script-src 'self' 'unsafe-inline'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(csp).toContain("form-action 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('neither upgrades requests to https nor sends HSTS on a plain-http deployment (the default)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/health' });
    expect(String(res.headers['content-security-policy'])).not.toContain('upgrade-insecure-requests');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it.each([
    ['DOITHOAI_PUBLIC_URL is https', { publicUrl: 'https://thamvan.example.vn' }],
    ['DOITHOAI_SECURE_COOKIES is on', { secureCookies: true }],
  ])('upgrades requests and sends HSTS when %s', async (_when, overrides) => {
    const secure = await testApp(t.database, overrides);
    try {
      const res = await secure.inject({ method: 'GET', url: '/health' });
      expect(String(res.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
      expect(res.headers['strict-transport-security']).toMatch(/^max-age=31536000; includeSubDomains$/);
    } finally {
      await secure.close();
    }
  });

  it('keeps them plain-http when the public address is http', async () => {
    const lan = await testApp(t.database, { publicUrl: 'http://10.0.0.5:3000' });
    try {
      const res = await lan.inject({ method: 'GET', url: '/health' });
      expect(String(res.headers['content-security-policy'])).not.toContain('upgrade-insecure-requests');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    } finally {
      await lan.close();
    }
  });
});

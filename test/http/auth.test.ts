// Signing in, sessions, tokens, anti-forgery, and the error shape every client relies on.
import { beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/rows';
import { adminHeaders, makeUser, PASSWORD, signIn, spaceBody } from '../helpers/app';
import { describeApp } from '../helpers/http';

const uuid = '00000000-0000-4000-8000-000000000000';
const staffRoutes: [string, string][] = [
  ['GET', '/api/me'],
  ['POST', '/api/auth/logout'],
  ['GET', '/api/spaces'],
  ['POST', '/api/spaces'],
  ['GET', `/api/spaces/${uuid}`],
  ['PATCH', `/api/spaces/${uuid}`],
  ['GET', `/api/spaces/${uuid}/members`],
  ['PUT', `/api/spaces/${uuid}/members/${uuid}`],
  ['DELETE', `/api/spaces/${uuid}/members/${uuid}`],
  ['GET', `/api/spaces/${uuid}/audit`],
  ['GET', '/api/organisations'],
  ['POST', '/api/organisations'],
  ['GET', '/api/users'],
  ['POST', '/api/users'],
  ['PUT', `/api/users/${uuid}/platform-role`],
  ['POST', '/api/tokens'],
];

describeApp('authentication', {}, (t) => {
  beforeAll(async () => {
    await makeUser(t.database, 'hoa@example.vn', {}, 'facilitator');
  });

  it.each(staffRoutes)('%s %s answers 401 without a session', async (method, url) => {
    const res = await t.app.inject({ method: method as 'GET', url, payload: method === 'GET' || method === 'DELETE' ? undefined : {} });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('auth.required');
  });

  it('refuses a wrong password with a message in Vietnamese and English', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'hoa@example.vn', password: 'sai mật khẩu' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatchObject({ code: 'auth.invalid_credentials', vi: 'Email hoặc mật khẩu không đúng.', en: 'Wrong email or password.' });
    expect(res.cookies).toEqual([]);
  });

  it('sets an httpOnly session cookie and accepts the email in any letter case', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'HOA@example.vn', password: PASSWORD } });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'dt_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(res.json().roles).toEqual([{ role: 'facilitator', spaceId: null }]);
  });

  it('refuses a change made with the cookie but without the anti-forgery token, and changes nothing', async () => {
    const session = await signIn(t.app, 'hoa@example.vn');
    const { 'x-csrf-token': _dropped, ...cookieOnly } = session.headers;
    const res = await t.app.inject({ method: 'POST', url: '/api/spaces', headers: cookieOnly, payload: spaceBody('forged') });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('auth.csrf');
    const list = await t.app.inject({ method: 'GET', url: '/api/spaces', headers: session.headers });
    expect(list.json().spaces).toEqual([]);
  });

  it('ends the session on sign-out', async () => {
    const session = await signIn(t.app, 'hoa@example.vn');
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: session.headers })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: session.headers })).statusCode).toBe(401);
  });

  it('makes the DOITHOAI_ADMIN_TOKEN bearer an administrator and refuses other bearers', async () => {
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: adminHeaders });
    expect(me.statusCode).toBe(200);
    expect(me.json().roles).toEqual([{ role: 'administrator', spaceId: null }]);
    const wrong = await t.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: 'Bearer not-the-token' } });
    expect(wrong.statusCode).toBe(401);
  });

  it('issues a personal API token that works without cookie or anti-forgery token, stored only hashed', async () => {
    const session = await signIn(t.app, 'hoa@example.vn');
    const created = await t.app.inject({ method: 'POST', url: '/api/tokens', headers: session.headers, payload: { name: 'báo cáo tự động' } });
    expect(created.statusCode).toBe(201);
    const { token } = created.json();
    const bearer = { authorization: `Bearer ${token}` };
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer })).json().user.email).toBe('hoa@example.vn');
    expect((await t.app.inject({ method: 'POST', url: '/api/spaces', headers: bearer, payload: spaceBody('by-token') })).statusCode).toBe(201);
    const stored = await queryRows<{ token_hash: string }>(t.database.db, sql`select token_hash from api_tokens`);
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('names the bad field of an invalid request and stores nothing', async () => {
    const body = { ...spaceBody('bad-dates'), phases: [{ key: 'x1', title: { vi: 'A', en: 'A' }, startsOn: '2026-13-40' }] };
    const res = await t.app.inject({ method: 'POST', url: '/api/spaces', headers: adminHeaders, payload: body });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('request.invalid');
    expect(res.json().error.en).toContain('phases.0.startsOn');
    const list = await t.app.inject({ method: 'GET', url: '/api/spaces', headers: adminHeaders });
    expect(list.json().spaces.map((s: { slug: string }) => s.slug)).not.toContain('bad-dates');
  });

  it('answers malformed JSON with a 400 in both languages', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/spaces', headers: { ...adminHeaders, 'content-type': 'application/json' }, payload: '{"slug": ' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'request.malformed_json', vi: 'Nội dung gửi lên không phải JSON hợp lệ.' });
  });

  it('answers /health and documents the API at /api/docs/json', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/health' })).json()).toEqual({ status: 'ok' });
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/me', '/api/spaces', '/api/spaces/{id}']));
  });
});

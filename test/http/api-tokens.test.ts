// Personal API tokens expire (90 days unless asked otherwise), can be listed without their secret,
// and revoked by their owner; an expired or revoked token is refused like an unknown one.
import { beforeAll, expect, it } from 'vitest';
import { makeUser, signIn, type Session } from '../helpers/app';
import { describeApp } from '../helpers/http';

const DAY = 86_400_000;

describeApp('API tokens', { clock: new Date('2026-01-10T00:00:00Z') }, (t) => {
  let hoa: Session;
  let lan: Session;
  beforeAll(async () => {
    await makeUser(t.database, 'hoa@example.vn', {}, 'facilitator');
    await makeUser(t.database, 'lan@example.vn', {}, 'facilitator');
  });

  const make = (session: Session, payload: object) => t.app.inject({ method: 'POST', url: '/api/tokens', headers: session.headers, payload });
  const me = (token: string) => t.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } });

  it('expires after 90 days by default, or after the days asked for', async () => {
    const start = t.clock;
    hoa = await signIn(t.app, 'hoa@example.vn');
    const standard = (await make(hoa, { name: 'báo cáo hằng tuần' })).json();
    expect(new Date(standard.expiresAt).getTime()).toBe(start.getTime() + 90 * DAY);
    const short = (await make(hoa, { name: 'thử một ngày', expiresInDays: 1 })).json();
    expect(new Date(short.expiresAt).getTime()).toBe(start.getTime() + DAY);
    expect((await me(short.token)).statusCode).toBe(200);
    expect((await make(hoa, { name: 'quá dài', expiresInDays: 366 })).statusCode).toBe(400);

    t.clock = new Date(start.getTime() + DAY + 1000);
    expect((await me(short.token)).statusCode).toBe(401);
    expect((await me(standard.token)).statusCode).toBe(200);
    t.clock = new Date(start.getTime() + 90 * DAY + 1000);
    expect((await me(standard.token)).statusCode).toBe(401);
  });

  it("lists the caller's own tokens without their secret, and revokes them at once", async () => {
    // Sessions last hours, and the clock moved on by months: sign in afresh.
    hoa = await signIn(t.app, 'hoa@example.vn');
    lan = await signIn(t.app, 'lan@example.vn');
    const { id, token } = (await make(lan, { name: 'đồng bộ bảng tính' })).json();
    expect((await me(token)).statusCode).toBe(200);
    const listed = await t.app.inject({ method: 'GET', url: '/api/tokens', headers: lan.headers });
    expect(listed.json().tokens).toEqual([{ id, name: 'đồng bộ bảng tính', createdAt: t.clock.toISOString(), expiresAt: new Date(t.clock.getTime() + 90 * DAY).toISOString(), revokedAt: null }]);
    expect(listed.body).not.toContain(token);

    // Someone else's token is not theirs to see or revoke.
    expect((await t.app.inject({ method: 'GET', url: '/api/tokens', headers: hoa.headers })).json().tokens.map((t: { id: string }) => t.id)).not.toContain(id);
    const foreign = await t.app.inject({ method: 'DELETE', url: `/api/tokens/${id}`, headers: hoa.headers });
    expect(foreign.statusCode).toBe(404);
    expect((await me(token)).statusCode).toBe(200);

    expect((await t.app.inject({ method: 'DELETE', url: `/api/tokens/${id}`, headers: lan.headers })).statusCode).toBe(204);
    expect((await me(token)).statusCode).toBe(401);
    const after = (await t.app.inject({ method: 'GET', url: '/api/tokens', headers: lan.headers })).json().tokens;
    expect(after[0].revokedAt).toBe(t.clock.toISOString());
  });
});

// Forums over HTTP, on both storage kinds: every forum route for each role — facilitator, point
// moderator, participant, observer, outsider — and that each change is audited.
import { beforeAll, describe, expect, it } from 'vitest';
import { describeApp } from '../helpers/http';
import { caller, forumBody, forumRoles, makeForumWorld, rowsOf, type ForumRole, type ForumWorld } from '../helpers/forums';
import { sql } from 'drizzle-orm';

type Expect = Record<ForumRole, number>;
const onlyFac = (ok: number): Expect => ({ fac: ok, mod: 403, part: 403, obs: 403, out: 404 });
const readers = (ok: number): Expect => ({ fac: ok, mod: ok, part: ok, obs: ok, out: 404 });

describeApp('forum routes by role', { clock: new Date('2026-11-22T03:00:00Z') }, (t) => {
  let w: ForumWorld;
  const call = caller(t, () => w);
  const fac = (method: 'POST' | 'PUT', url: string, payload: object) => call('fac', method, url, payload);
  beforeAll(async () => {
    w = await makeForumWorld(t, 'roles');
  });

  // Each route: how to call it as `who` (fresh targets for those allowed to change things) and the status per role.
  const routes: { name: string; run: (who: ForumRole) => Promise<{ statusCode: number; body: string }>; expect: Expect }[] = [
    { name: 'list the space’s forums', run: (who) => call(who, 'GET', `/api/spaces/${w.spaceId}/forums`), expect: { fac: 200, mod: 200, part: 200, obs: 200, out: 404 } },
    { name: 'create a forum', run: (who) => call(who, 'POST', `/api/spaces/${w.spaceId}/forums`, forumBody(`moi-${who}`)), expect: { fac: 201, mod: 404, part: 403, obs: 403, out: 404 } },
    { name: 'read a forum', run: (who) => call(who, 'GET', `/api/forums/${w.forumId}`), expect: readers(200) },
    { name: 'change a forum', run: (who) => call(who, 'PATCH', `/api/forums/${w.forumId}`, { organisers: ['USAID'] }), expect: onlyFac(200) },
    { name: 'publish a forum', run: (who) => call(who, 'POST', `/api/forums/${w.forumId}/publish`), expect: onlyFac(200) },
    {
      name: 'delete a forum',
      run: async (who) => {
        if (who !== 'fac') return call(who, 'DELETE', `/api/forums/${w.forumId}`);
        const { id } = (await fac('POST', `/api/spaces/${w.spaceId}/forums`, forumBody('xoa-di'))).json();
        return call(who, 'DELETE', `/api/forums/${id}`);
      },
      expect: onlyFac(204),
    },
    { name: 'add a session', run: (who) => call(who, 'POST', `/api/forums/${w.forumId}/sessions`, { title: { vi: 'Phiên 2' }, startsAt: '2026-11-30T13:00:00+07:00', endsAt: '2026-11-30T15:00:00+07:00' }), expect: onlyFac(201) },
    { name: 'change a session', run: (who) => call(who, 'PATCH', `/api/forums/${w.forumId}/sessions/${w.sessionId}`, { title: { vi: 'Phiên khai mạc', en: 'Opening' } }), expect: onlyFac(200) },
    {
      name: 'delete a session',
      run: async (who) => {
        if (who !== 'fac') return call(who, 'DELETE', `/api/forums/${w.forumId}/sessions/${w.sessionId}`);
        const { id } = (await fac('POST', `/api/forums/${w.forumId}/sessions`, { title: { vi: 'Tạm' }, startsAt: '2026-11-30T16:00:00+07:00', endsAt: '2026-11-30T17:00:00+07:00' })).json();
        return call(who, 'DELETE', `/api/forums/${w.forumId}/sessions/${id}`);
      },
      expect: onlyFac(204),
    },
    { name: 'add an item', run: (who) => call(who, 'POST', `/api/forums/${w.forumId}/sessions/${w.sessionId}/items`, { startsAt: '2026-11-30T09:00:00+07:00', title: { vi: 'Tham luận' } }), expect: onlyFac(201) },
    { name: 'change an item', run: (who) => call(who, 'PATCH', `/api/forums/${w.forumId}/items/${w.itemId}`, { speakers: ['Đại diện USAID'] }), expect: onlyFac(200) },
    {
      name: 'delete an item',
      run: async (who) => {
        if (who !== 'fac') return call(who, 'DELETE', `/api/forums/${w.forumId}/items/${w.itemId}`);
        const { id } = (await fac('POST', `/api/forums/${w.forumId}/sessions/${w.sessionId}/items`, { startsAt: '2026-11-30T09:30:00+07:00', title: { vi: 'Tạm' } })).json();
        return call(who, 'DELETE', `/api/forums/${w.forumId}/items/${id}`);
      },
      expect: onlyFac(204),
    },
    { name: 'add a point', run: (who) => call(who, 'POST', `/api/forums/${w.forumId}/points`, { kind: 'organisation', organisation: `Tổ chức ${who}` }), expect: onlyFac(201) },
    { name: 'read a point', run: (who) => call(who, 'GET', `/api/forums/${w.forumId}/points/${w.pointA}`), expect: { fac: 200, mod: 200, part: 403, obs: 403, out: 404 } },
    { name: 'change a point', run: (who) => call(who, 'PATCH', `/api/forums/${w.forumId}/points/${w.org}`, { expected: 12 }), expect: onlyFac(200) },
    {
      name: 'delete a point',
      run: async (who) => {
        if (who !== 'fac') return call(who, 'DELETE', `/api/forums/${w.forumId}/points/${w.org}`);
        const { id } = (await fac('POST', `/api/forums/${w.forumId}/points`, { kind: 'organisation', organisation: 'Sẽ xóa' })).json();
        return call(who, 'DELETE', `/api/forums/${w.forumId}/points/${id}`);
      },
      expect: onlyFac(204),
    },
    { name: 'set a point’s moderators', run: (who) => call(who, 'PUT', `/api/forums/${w.forumId}/points/${w.pointA}/moderators`, { userIds: [w.userIds.mod] }), expect: onlyFac(200) },
    { name: 'print a point’s cards', run: (who) => call(who, 'POST', `/api/forums/${w.forumId}/points/${w.org}/cards.pdf`, { count: 1 }), expect: onlyFac(201) },
    // The participant is registered already: their 409 says the policy let them through to the rule.
    { name: 'register oneself', run: (who) => call(who, 'POST', `/api/forums/${w.forumId}/registrations`, {}), expect: { fac: 201, mod: 403, part: 409, obs: 403, out: 404 } },
    { name: 'register someone by name', run: (who) => call(who, 'POST', `/api/forums/${w.forumId}/registrations`, { name: 'Đại biểu khách mời' }), expect: onlyFac(201) },
    { name: 'list registrations', run: (who) => call(who, 'GET', `/api/forums/${w.forumId}/registrations`), expect: onlyFac(200) },
    { name: 'read one’s own registration', run: (who) => call(who, 'GET', `/api/forums/${w.forumId}/registrations/mine`), expect: readers(200) },
    {
      name: 'cancel someone else’s registration',
      run: async (who) => {
        const { id } = (await fac('POST', `/api/forums/${w.forumId}/registrations`, { name: `Khách ${who}` })).json();
        return call(who, 'DELETE', `/api/forums/${w.forumId}/registrations/${id}`);
      },
      expect: onlyFac(204),
    },
    {
      name: 'check someone else in at point A',
      run: async (who) => {
        const { code } = (await fac('POST', `/api/forums/${w.forumId}/registrations`, { name: `Khách ${who}`, pointId: w.pointA })).json();
        return call(who, 'POST', `/api/forums/${w.forumId}/points/${w.pointA}/check-ins`, { code });
      },
      expect: { fac: 201, mod: 201, part: 403, obs: 403, out: 404 },
    },
  ];

  describe.each(routes)('$name', (route) => {
    it.each(forumRoles)('as %s', async (who) => {
      const res = await route.run(who);
      expect(res.statusCode, res.body).toBe(route.expect[who]);
    });
  });

  it('lets a participant check themselves in with their own code, and cancel their own registration', async () => {
    const delegate = await t.user('delegate2@roles.test', { [w.spaceId]: 'delegate' });
    const mine = await t.app.inject({ method: 'POST', url: `/api/forums/${w.forumId}/registrations`, headers: delegate.headers, payload: {} });
    expect(mine.statusCode).toBe(201);
    const at = await t.app.inject({ method: 'POST', url: `/api/forums/${w.forumId}/points/${w.org}/check-ins`, headers: delegate.headers, payload: { code: mine.json().code } });
    expect(at.statusCode, at.body).toBe(201);
    expect(at.json().checkedInPointId).toBe(w.org);
    const gone = await t.app.inject({ method: 'DELETE', url: `/api/forums/${w.forumId}/registrations/${mine.json().id}`, headers: delegate.headers });
    expect(gone.statusCode).toBe(204);
  });

  it('keeps a draft from everyone but facilitators', async () => {
    const { id } = (await call('fac', 'POST', `/api/spaces/${w.spaceId}/forums`, forumBody('ban-nhap'))).json();
    expect((await call('obs', 'GET', `/api/forums/${id}`)).statusCode).toBe(404);
    expect((await call('part', 'GET', `/api/spaces/${w.spaceId}/forums`)).json().forums.map((f: { slug: string }) => f.slug)).not.toContain('ban-nhap');
    expect((await call('fac', 'GET', `/api/forums/${id}`)).statusCode).toBe(200);
  });

  it('writes an audit record for every change', async () => {
    const actions = (await rowsOf<{ action: string }>(t, sql`select distinct action from audit_log where action like 'forum.%'`)).map((r) => r.action).sort();
    for (const a of ['forum.create', 'forum.update', 'forum.publish', 'forum.delete', 'forum.session.create', 'forum.session.update', 'forum.session.delete', 'forum.item.create', 'forum.item.update', 'forum.item.delete', 'forum.point.create', 'forum.point.update', 'forum.point.delete', 'forum.point.moderators', 'forum.registration.cards', 'forum.registration.create', 'forum.registration.cancel', 'forum.check_in']) {
      expect(actions).toContain(a);
    }
  });
});

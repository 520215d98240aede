// Role × action: who may read and change which space. A role in space A gives nothing in space B;
// a private space one cannot read answers 404, so its existence does not leak.
import { beforeAll, expect, it } from 'vitest';
import type { Role } from '../../src/modules/accounts/account.table';
import { adminHeaders, makeUser, signIn, spaceBody, type Session } from '../helpers/app';
import { describeApp } from '../helpers/http';

type Action = 'read' | 'update' | 'members.read' | 'members.write' | 'audit';
const actions: Action[] = ['read', 'update', 'members.read', 'members.write', 'audit'];

// Expected status per action, in the order of `actions`. Written out by hand from the product's rules.
const matrix: [who: string, space: 'A' | 'B' | 'P', expected: number[]][] = [
  ['admin', 'A', [200, 204, 200, 204, 200]],
  ['facilitatorA', 'A', [200, 204, 200, 204, 200]],
  ['officialA', 'A', [200, 403, 200, 403, 403]],
  ['delegateA', 'A', [200, 403, 403, 403, 403]],
  ['observerA', 'A', [200, 403, 200, 403, 403]],
  ['facilitatorB', 'A', [404, 404, 404, 404, 404]],
  ['outsider', 'A', [404, 404, 404, 404, 404]],
  ['facilitatorA', 'B', [404, 404, 404, 404, 404]],
  ['officialA', 'B', [404, 404, 404, 404, 404]],
  ['facilitatorB', 'B', [200, 204, 200, 204, 200]],
  ['facilitatorA', 'P', [200, 403, 403, 403, 403]],
  ['outsider', 'P', [200, 403, 403, 403, 403]],
  ['anonymous', 'A', [401, 401, 401, 401, 401]],
  ['anonymous', 'P', [401, 401, 401, 401, 401]],
];

describeApp('permissions', {}, (t) => {
  const ids: Record<string, string> = {};
  const sessions: Record<string, Session> = {};
  let targetId = '';

  beforeAll(async () => {
    for (const [key, visibility] of [['A', 'private'], ['B', 'private'], ['P', 'public']] as const) {
      const res = await t.app.inject({ method: 'POST', url: '/api/spaces', headers: adminHeaders, payload: spaceBody(`space-${key.toLowerCase()}`, visibility) });
      ids[key] = res.json().id;
    }
    const people: Record<string, [Record<string, Role>, Role?]> = {
      admin: [{}, 'administrator'],
      facilitatorA: [{ [ids.A]: 'facilitator' }],
      officialA: [{ [ids.A]: 'official' }],
      delegateA: [{ [ids.A]: 'delegate' }],
      observerA: [{ [ids.A]: 'observer' }],
      facilitatorB: [{ [ids.B]: 'facilitator' }],
      outsider: [{}],
    };
    for (const [who, [roles, platform]] of Object.entries(people)) {
      await makeUser(t.database, `${who.toLowerCase()}@example.vn`, roles, platform);
      sessions[who] = await signIn(t.app, `${who.toLowerCase()}@example.vn`);
    }
    sessions.anonymous = { headers: {} };
    targetId = (await makeUser(t.database, 'target@example.vn')).id;
  });

  const call = (action: Action, spaceId: string, session: Session) => {
    const base = `/api/spaces/${spaceId}`;
    const headers = session.headers;
    switch (action) {
      case 'read':
        return t.app.inject({ method: 'GET', url: base, headers });
      case 'update':
        return t.app.inject({ method: 'PATCH', url: base, headers, payload: { summary: { vi: 'Đã sửa', en: 'Changed' } } });
      case 'members.read':
        return t.app.inject({ method: 'GET', url: `${base}/members`, headers });
      case 'members.write':
        return t.app.inject({ method: 'PUT', url: `${base}/members/${targetId}`, headers, payload: { role: 'observer' } });
      case 'audit':
        return t.app.inject({ method: 'GET', url: `${base}/audit`, headers });
    }
  };

  it.each(matrix)('%s on space %s', async (who, space, expected) => {
    const got: number[] = [];
    for (const action of actions) got.push((await call(action, ids[space], sessions[who])).statusCode);
    expect(Object.fromEntries(actions.map((a, i) => [a, got[i]]))).toEqual(Object.fromEntries(actions.map((a, i) => [a, expected[i]])));
  });

  it('lists only public spaces and those the caller has a role in', async () => {
    const slugs = async (who: string) =>
      (await t.app.inject({ method: 'GET', url: '/api/spaces', headers: sessions[who].headers })).json().spaces.map((s: { slug: string }) => s.slug).sort();
    expect(await slugs('facilitatorA')).toEqual(['space-a', 'space-p']);
    expect(await slugs('facilitatorB')).toEqual(['space-b', 'space-p']);
    expect(await slugs('outsider')).toEqual(['space-p']);
    expect(await slugs('admin')).toEqual(['space-a', 'space-b', 'space-p']);
  });

  it('lets administrators and platform facilitators create spaces, nobody else', async () => {
    const create = (who: string, slug: string) => t.app.inject({ method: 'POST', url: '/api/spaces', headers: sessions[who].headers, payload: spaceBody(slug) });
    expect((await create('admin', 'by-admin')).statusCode).toBe(201);
    expect((await create('facilitatorA', 'by-space-facilitator')).statusCode).toBe(403);
    expect((await create('outsider', 'by-outsider')).statusCode).toBe(403);
    expect((await create('anonymous', 'by-nobody')).statusCode).toBe(401);
  });

  it('keeps account administration to administrators', async () => {
    for (const who of ['facilitatorA', 'officialA', 'outsider']) {
      expect((await t.app.inject({ method: 'GET', url: '/api/users', headers: sessions[who].headers })).statusCode).toBe(403);
      const org = { slug: `org-${who.toLowerCase()}`, name: { vi: 'Tổ chức', en: 'Org' }, kind: 'other' };
      expect((await t.app.inject({ method: 'POST', url: '/api/organisations', headers: sessions[who].headers, payload: org })).statusCode).toBe(403);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/users', headers: sessions.admin.headers })).statusCode).toBe(200);
  });
});

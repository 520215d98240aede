// A forum to test against: a private space, a facilitator, a point moderator (no role in the space),
// a delegate who registered (participant), an observer and an outsider, and a published forum dated
// 30/11/2026 (the 34 provinces) with a session, an item and three points.
import { sql, type SQL } from 'drizzle-orm';
import { expect } from 'vitest';
import { adminHeaders, spaceBody, type Session } from './app';
import type { AppFixture } from './http';

export type ForumRole = 'fac' | 'mod' | 'part' | 'obs' | 'out';
export const forumRoles: ForumRole[] = ['fac', 'mod', 'part', 'obs', 'out'];

export type ForumWorld = {
  s: Record<ForumRole, Session>;
  spaceId: string;
  forumId: string;
  slug: string;
  sessionId: string;
  itemId: string;
  hall: string;
  pointA: string;
  org: string;
  userIds: Record<ForumRole, string>;
  /** The participant's registration code (registered at point A, not checked in). */
  partCode: string;
};

export const forumBody = (slug: string, extra: object = {}) => ({
  slug,
  title: { vi: 'Diễn đàn đối thoại phát triển địa phương', en: 'Local development dialogue' },
  startsOn: '2026-11-30',
  endsOn: '2026-11-30',
  kind: 'hybrid',
  streamUrl: 'https://example.org/truc-tiep',
  themes: [{ key: 'xanh', vi: 'Tăng trưởng xanh', en: 'Green growth' }],
  organisers: ['Học viện Chính trị quốc gia Hồ Chí Minh'],
  ...extra,
});

export function caller(t: AppFixture, w: () => ForumWorld) {
  return (who: ForumRole, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: w().s[who].headers, payload });
}

export async function makeForumWorld(t: AppFixture, tag: string): Promise<ForumWorld> {
  const space = (await t.app.inject({ method: 'POST', url: '/api/spaces', headers: adminHeaders, payload: spaceBody(`dien-dan-${tag}`) })).json();
  const s = {
    fac: await t.user(`fac@${tag}.test`, { [space.id]: 'facilitator' }),
    mod: await t.user(`mod@${tag}.test`),
    part: await t.user(`part@${tag}.test`, { [space.id]: 'delegate' }),
    obs: await t.user(`obs@${tag}.test`, { [space.id]: 'observer' }),
    out: await t.user(`out@${tag}.test`),
  };
  const rows = await rowsOf<{ id: string; email: string }>(t, sql`select id, email from users where email like ${`%@${tag}.test`}`);
  const userIds = Object.fromEntries(rows.map((r) => [r.email.split('@')[0], r.id])) as Record<ForumRole, string>;
  const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: s.fac.headers, payload });
  const forum = (await post(`/api/spaces/${space.id}/forums`, forumBody(`dd-${tag}`))).json();
  const session = (await post(`/api/forums/${forum.id}/sessions`, { title: { vi: 'Phiên khai mạc' }, startsAt: '2026-11-30T08:00:00+07:00', endsAt: '2026-11-30T10:00:00+07:00' })).json();
  const item = (await post(`/api/forums/${forum.id}/sessions/${session.id}/items`, { startsAt: '2026-11-30T08:00:00+07:00', title: { vi: 'Phát biểu khai mạc' }, speakers: ['Giám đốc Học viện'], theme: 'xanh' })).json();
  const hall = (await post(`/api/forums/${forum.id}/points`, { kind: 'locality', localityId: 'vn34:01', mainHall: true, expected: 200 })).json();
  const pointA = (await post(`/api/forums/${forum.id}/points`, { kind: 'locality', localityId: 'vn34:46', expected: 40 })).json();
  const org = (await post(`/api/forums/${forum.id}/points`, { kind: 'organisation', organisation: 'Đại học Indiana', expected: 10 })).json();
  await t.app.inject({ method: 'PUT', url: `/api/forums/${forum.id}/points/${pointA.id}/moderators`, headers: s.fac.headers, payload: { userIds: [userIds.mod] } });
  await post(`/api/forums/${forum.id}/publish`, {});
  const reg = await t.app.inject({ method: 'POST', url: `/api/forums/${forum.id}/registrations`, headers: s.part.headers, payload: { pointId: pointA.id } });
  if (reg.statusCode !== 201) throw new Error(`set-up registration failed: ${reg.body}`);
  return { s, spaceId: space.id, forumId: forum.id, slug: forum.slug, sessionId: session.id, itemId: item.id, hall: hall.id, pointA: pointA.id, org: org.id, userIds, partCode: reg.json().code };
}

/** Every forum table's rows and the audit trail's length: what "nothing stored" compares. */
export async function forumTables(t: AppFixture): Promise<string> {
  const out: unknown[] = [];
  for (const table of ['forums', 'forum_sessions', 'forum_items', 'forum_points', 'forum_point_moderators', 'forum_registrations', 'forum_questions', 'forum_question_upvotes', 'forum_contributions', 'forum_recommendations']) {
    out.push(await rowsOf(t, sql.raw(`select * from ${table} order by 1, 2`)));
  }
  out.push(await rowsOf(t, sql`select count(*)::int as n from audit_log`));
  return JSON.stringify(out);
}

export const rowsOf = async <T>(t: AppFixture, query: SQL) => ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows;

type Refusable = { statusCode: number; body: string; json(): any };

/**
 * The check every forum test makes of bad input: refused with `status` and `code`, one Vietnamese
 * sentence (with its diacritics) and one English, and `stored()` — by default every forum table and the
 * audit trail — reads the same afterwards. Answers the error.
 */
export function refusals(t: AppFixture, stored: () => Promise<string> = () => forumTables(t), english = /^[A-Z]/) {
  return async (run: () => Promise<Refusable>, status: number, code: string) => {
    const before = await stored();
    const res = await run();
    expect(res.statusCode, res.body).toBe(status);
    const { error } = res.json();
    expect(error.code).toBe(code);
    expect(error.vi).toMatch(/[ăâđêôơưạảấầẩậắằẳặẹẻẽếềểệỉịọỏốồổộớờởợụủứừửựỳỷỹ]/);
    expect(error.en).toMatch(english);
    expect(await stored()).toBe(before);
    return error;
  };
}

// A conversation to test against: a private space with a facilitator, an official, an observer and an
// outsider (no role); the facilitator starts a conversation through the API. Participants join and vote
// through the module's services (the public pages' path), on the app's own database.
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Db } from '../../src/db/connection';
import { AppError } from '../../src/http/errors';
import { castVote, createParticipants, hashToken, newToken } from '../../src/modules/opinion';
import { adminHeaders, spaceBody, type Session } from './app';
import { rowsOf } from './forums';
import type { AppFixture } from './http';

export type OpinionRole = 'fac' | 'off' | 'obs' | 'out';
export const opinionRoles: OpinionRole[] = ['fac', 'off', 'obs', 'out'];
export type OpinionWorld = { s: Record<OpinionRole, Session>; spaceId: string };

export const conversationBody = (slug: string, extra: object = {}) => ({
  slug,
  title: { vi: 'Chuyển đổi số ở phường', en: 'Digital transformation in the ward' },
  topic: { vi: 'Phường nên ưu tiên gì khi chuyển đổi số?', en: 'What should the ward put first in its digital transformation?' },
  ...extra,
});

export async function makeOpinionWorld(t: AppFixture, tag: string): Promise<OpinionWorld> {
  const space = (await t.app.inject({ method: 'POST', url: '/api/spaces', headers: adminHeaders, payload: spaceBody(`y-kien-${tag}`) })).json();
  const s = {
    fac: await t.user(`fac@${tag}.test`, { [space.id]: 'facilitator' }),
    off: await t.user(`off@${tag}.test`, { [space.id]: 'official' }),
    obs: await t.user(`obs@${tag}.test`, { [space.id]: 'observer' }),
    out: await t.user(`out@${tag}.test`),
  };
  return { s, spaceId: space.id };
}

/** A conversation made by the facilitator, with these seed statements (approved): its id. */
export async function makeConversation(t: AppFixture, w: OpinionWorld, slug: string, seeds: string[], extra: object = {}): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: `/api/spaces/${w.spaceId}/conversations`, headers: w.s.fac.headers, payload: conversationBody(slug, extra) });
  if (res.statusCode !== 201) throw new Error(`set-up failed: ${res.body}`);
  const id = res.json().id as string;
  for (const text of seeds) {
    const seeded = await t.app.inject({ method: 'POST', url: `/api/conversations/${id}/statements`, headers: w.s.fac.headers, payload: { text } });
    if (seeded.statusCode !== 201) throw new Error(`set-up failed: ${seeded.body}`);
  }
  return id;
}

export const appDb = (t: AppFixture): Db => t.database.db;

/** `n` participants stored at once (as a first vote would store them, without the vote): their pids. */
export const join = (t: AppFixture, conversationId: string, n: number, at = new Date()): Promise<number[]> =>
  appDb(t).transaction((tx) => createParticipants(tx, conversationId, Array.from({ length: n }, () => ({ tokenHash: hashToken(newToken()), at }))));

/** Votes as [pid, tid, value] in order. */
export async function vote(t: AppFixture, conversationId: string, votes: [number, number, number][]) {
  for (const [pid, tid, value] of votes) await castVote(appDb(t), conversationId, pid, tid, value);
}

/** Every opinion table's rows and the audit trail's length: what "nothing stored" compares. */
export async function opinionTables(t: AppFixture): Promise<string> {
  const out: unknown[] = [];
  for (const table of ['opinion_conversations', 'opinion_statements', 'opinion_participants', 'opinion_votes', 'opinion_maps', 'opinion_participation_days']) {
    out.push(await rowsOf(t, sql.raw(`select * from ${table} order by 1, 2`)));
  }
  out.push(await rowsOf(t, sql`select count(*)::int as n from audit_log`));
  return JSON.stringify(out);
}

/** A service call refused with `status` and `code`, one Vietnamese sentence and one English, nothing stored. */
export async function refusedCall(t: AppFixture, run: () => Promise<unknown>, status: number, code: string): Promise<AppError> {
  const before = await opinionTables(t);
  const err = await run().then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  const e = err as AppError;
  expect(e.status, e.message).toBe(status);
  expect(e.code).toBe(code);
  expect(e.text.vi).toMatch(/[ăâđêôơưạảấầẩậắằẳặẹẻẽếềểệỉịọỏốồổộớờởợụủứừửựỳỷỹ]/);
  expect(e.text.en).toMatch(/^[A-Z]/);
  expect(await opinionTables(t)).toBe(before);
  return e;
}

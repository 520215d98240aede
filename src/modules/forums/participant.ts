// Who asks and upvotes at a forum: a participant is a registration that has checked in. A signed-in
// account is one through its own registration; a card holder without an account through the cookie
// set when their code was checked in (its random token is kept hashed on the registration).
import { randomBytes } from 'node:crypto';
import { and, eq, isNotNull, ne, or } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { sha256 } from '../accounts';
import { readerOf, type ForumCall } from './forum.guard';
import type { ForumAccess } from './forum.policy';
import { findForum, type Forum, type Registration } from './forum.load';
import { forumRegistrations } from './forum.table';
import type { Participant } from './question.writer';

export const PARTICIPANT_COOKIE = 'dt_participant';
/** The forum's API and its pages (/f/{slug}: a point's page asks and upvotes with it). */
const cookiePaths = (forum: Forum) => [`/api/forums/${forum.id}`, `/f/${forum.slug}`];

export type QuestionCall = ForumCall & { participant: Registration | null };

/** A new participant token and its hash (the hash is stored on the registration at check-in). */
export function newParticipantToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: sha256(token) };
}

/** httpOnly, SameSite=Lax, scoped to the forum's API and pages; `Secure` only over https, so a plain-http LAN hall works. */
export function setParticipantCookie(req: FastifyRequest, reply: FastifyReply, forum: Forum, token: string) {
  const secure = req.protocol === 'https';
  for (const path of cookiePaths(forum)) reply.setCookie(PARTICIPANT_COOKIE, token, { path, httpOnly: true, sameSite: 'lax', secure, maxAge: 3 * 24 * 3600 });
}

/** The actor a card holder acts as (the audit trail names their registration once known). */
export const cardActor = (r: Registration | null): Actor => ({ userId: null, label: `forum participant ${r?.id ?? '(card code)'}`, platformRole: null, spaceRoles: new Map(), via: 'card' });
export const cardAccess = (): ForumAccess => ({ facilitator: false, member: null, moderates: new Set<string>(), registered: true });

/** Someone not signed in checking their card's code in: a published forum, and only their own (card) code. */
export async function cardHolderCall(db: Db, forumId: string): Promise<ForumCall> {
  const { forum, space } = await findForum(db, forumId);
  if (forum.status !== 'published') throw AppError.of(404, 'forum.not_found');
  return { forum, space, actor: cardActor(null), access: cardAccess() };
}

const checkedIn = (forumId: string) => and(eq(forumRegistrations.forumId, forumId), isNotNull(forumRegistrations.checkedInAt), ne(forumRegistrations.status, 'cancelled'));

/** The checked-in registration of an account or of a participant cookie's token, if any. */
export async function participantOf(db: Db, forumId: string, userId: string | null, token: string | undefined): Promise<Registration | null> {
  const byUser = userId ? eq(forumRegistrations.userId, userId) : undefined;
  const byCookie = token ? eq(forumRegistrations.participantTokenHash, sha256(token)) : undefined;
  if (!byUser && !byCookie) return null;
  const [r] = await db.select().from(forumRegistrations).where(and(checkedIn(forumId), or(byUser, byCookie)));
  return r ?? null;
}

/** The forum, the caller's standing and their participant registration; cookie holders without an account read as participants. */
export async function questionCaller(db: Db, req: FastifyRequest, forumId: string): Promise<QuestionCall> {
  const token = req.cookies?.[PARTICIPANT_COOKIE];
  if (req.actor) {
    const call = await readerOf(db, req, forumId);
    return { ...call, participant: await participantOf(db, forumId, call.actor.userId, token) };
  }
  const { forum, space } = await findForum(db, forumId);
  const participant = forum.status === 'published' ? await participantOf(db, forumId, null, token) : null;
  if (!participant) throw AppError.of(401, 'auth.required');
  return { forum, space, actor: cardActor(participant), access: cardAccess(), participant };
}

/**
 * Who asks or upvotes through the API: a card holder (participant cookie, not signed in) by their token's
 * hash alone — the question writer reads their registration with the rest of its batch, so the request
 * makes no query of its own —; a signed-in account by its checked-in registration (403 without one).
 */
export async function writerOf(db: Db, req: FastifyRequest, forumId: string): Promise<{ by: Participant; access: ForumAccess }> {
  const token = req.cookies?.[PARTICIPANT_COOKIE];
  if (!req.actor && token) return { by: { tokenHash: sha256(token) }, access: cardAccess() };
  const call = await questionCaller(db, req, forumId);
  return { by: { registration: requireParticipant(call) }, access: call.access };
}

/** The participant registration, or 403: only checked-in participants ask, upvote and vote. */
export function requireParticipant(call: QuestionCall, code: 'forum.not_checked_in' | 'forum.poll_not_checked_in' | 'forum.speak_not_checked_in' = 'forum.not_checked_in'): Registration {
  if (!call.participant) throw AppError.of(403, code);
  return call.participant;
}

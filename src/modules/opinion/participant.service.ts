// Participants are anonymous: a number in the conversation (pid, from 0) and the SHA-256 of a random
// cookie token the caller keeps; nothing links them to an account or a person. A participant exists only
// once they have done something: opening the page gives a token and stores nothing (link previews and
// crawlers make no one), and the row is made by createParticipants in the transaction of their first
// accepted vote (vote.writer.ts) or statement (statement.service.ts) — a refused one stores nothing, no pid
// taken. A token is looked up within its conversation only, so it can never claim another conversation's
// participant; an unknown token of the right shape is a newcomer's (its hash is what gets stored), one of
// another shape (short, guessable, forged by hand) is replaced by a fresh random one.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { AppError } from '../../http/errors';
import { opinionConversations, opinionParticipants } from './opinion.table';
import { addParticipation } from './participation.store';

/** Who acts: a participant already stored (by pid), or the holder of a token not stored yet perhaps. */
export type Voter = { pid: number } | { tokenHash: string };
/** The caller's token (fresh when they had none or one of the wrong shape) and their pid, null until they act. */
export type ParticipantRef = { token: string; pid: number | null; fresh: boolean };
export type NewParticipant = { tokenHash: string; at: Date };

const TOKEN = /^[A-Za-z0-9_-]{32}$/;

/** 24 random bytes (192 bits) in base64url: 32 characters, unguessable. */
export const newToken = () => randomBytes(24).toString('base64url');
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The participant of this cookie, if they have acted yet; reads only. */
export async function participantOf(db: Db, conversationId: string, cookie: string | undefined): Promise<ParticipantRef> {
  const me = tokenOf(cookie);
  return { ...me, pid: me.fresh ? null : await pidOf(db, conversationId, hashToken(me.token)) };
}

/** The cookie's token, or a fresh one when there is none or it has the wrong shape; reads nothing. */
export function tokenOf(cookie: string | undefined): { token: string; fresh: boolean } {
  if (cookie === undefined || !TOKEN.test(cookie)) return { token: newToken(), fresh: true };
  return { token: cookie, fresh: false };
}

export async function pidOf(db: Db, conversationId: string, tokenHash: string): Promise<number | null> {
  const [known] = await db
    .select({ pid: opinionParticipants.pid })
    .from(opinionParticipants)
    .where(and(eq(opinionParticipants.conversationId, conversationId), eq(opinionParticipants.tokenHash, tokenHash)));
  return known?.pid ?? null;
}

/**
 * The one function that stores participants: pids from the conversation's counter (its row lock, the one
 * every vote batch takes first), in the order given, the rows, and the new participants on their days
 * (participation.store.ts) — all in the caller's transaction, whose other writes (the first vote or
 * statement) commit or roll back with them.
 */
export async function createParticipants(tx: Db, conversationId: string, list: NewParticipant[]): Promise<number[]> {
  if (list.length === 0) return [];
  const [counter] = await tx
    .update(opinionConversations)
    .set({ nextPid: sql`${opinionConversations.nextPid} + ${list.length}` })
    .where(eq(opinionConversations.id, conversationId))
    .returning({ first: sql<number>`${opinionConversations.nextPid} - ${list.length}` });
  if (!counter) throw AppError.of(404, 'opinion.not_found');
  const first = Number(counter.first);
  const pids = list.map((_, i) => first + i);
  await tx.insert(opinionParticipants).values(list.map((p, i) => ({ conversationId, pid: pids[i], tokenHash: p.tokenHash, createdAt: p.at })));
  await addParticipation(tx, conversationId, { joinedAt: list.map((p) => p.at) });
  return pids;
}

/** In the caller's transaction: the voter's pid, their participant made now if their token is new. */
export async function pidForAction(tx: Db, conversationId: string, voter: Voter, at: Date): Promise<number> {
  if ('pid' in voter) return voter.pid;
  const known = await pidOf(tx, conversationId, voter.tokenHash);
  if (known !== null) return known;
  const [pid] = await createParticipants(tx, conversationId, [{ tokenHash: voter.tokenHash, at }]);
  return pid;
}

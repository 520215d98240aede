// Participants are anonymous: a number in the conversation (pid, from 0) and the SHA-256 of a random
// cookie token the caller keeps; nothing links them to an account or a person. An absent or unknown token
// makes a new participant (the caller sets the cookie with the token answered), through createParticipant.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { AppError } from '../../http/errors';
import { opinionConversations, opinionParticipants } from './opinion.table';
import { addParticipation } from './participation.store';

export type ParticipantRef = { pid: number; token: string; created: boolean };

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function participantOf(db: Db, conversationId: string, token: string | undefined, now: Date = new Date()): Promise<ParticipantRef> {
  if (token) {
    const [known] = await db
      .select({ pid: opinionParticipants.pid })
      .from(opinionParticipants)
      .where(and(eq(opinionParticipants.conversationId, conversationId), eq(opinionParticipants.tokenHash, hashToken(token))));
    if (known) return { pid: known.pid, token, created: false };
  }
  const fresh = randomBytes(24).toString('base64url');
  const pid = await db.transaction((tx) => createParticipant(tx, conversationId, hashToken(fresh), now));
  return { pid, token: fresh, created: true };
}

/**
 * The one way a participant is created, in the caller's transaction: the next pid from the conversation's
 * counter (its row lock, the one every vote batch takes first), the row, and one more new participant on
 * the day (participation.store.ts).
 */
export async function createParticipant(tx: Db, conversationId: string, tokenHash: string, at: Date): Promise<number> {
  const [counter] = await tx
    .update(opinionConversations)
    .set({ nextPid: sql`${opinionConversations.nextPid} + 1` })
    .where(eq(opinionConversations.id, conversationId))
    .returning({ pid: sql<number>`${opinionConversations.nextPid} - 1` });
  if (!counter) throw AppError.of(404, 'opinion.not_found');
  await tx.insert(opinionParticipants).values({ conversationId, pid: counter.pid, tokenHash, createdAt: at });
  await addParticipation(tx, conversationId, { joinedAt: [at] });
  return counter.pid;
}

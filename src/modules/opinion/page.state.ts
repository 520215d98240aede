// What the public page /o/{id} needs to be drawn for one participant, in one query: the conversation (by id,
// or by its slug), the pid of the cookie's token in it (null for a newcomer: not stored until they act), the
// statements they voted on, and the versions (the conversation's votes_version, the map's) that say whether
// the voting order kept in this process is current (voting.order.ts). Nothing in it grows with the votes of
// the conversation: the participant's own votes are at most its statements.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { conversationColumns, isConversationId, type Conversation } from './conversation.service';
import { opinionConversations, opinionParticipants } from './opinion.table';
import { mapVersionOf, offerNext, votedBy, type NextStatement } from './vote.service';
import type { OrderVersions } from './voting.order';

export type PageState = { conversation: Conversation; pid: number | null; voted: number[]; versions: OrderVersions };

/** The page's state for the holder of `tokenHash` (null: nobody's token yet); null when no conversation has that id or slug. */
export async function pageStateOf(db: Db, key: string, tokenHash: string | null): Promise<PageState | null> {
  if (isConversationId(key)) {
    const byId = await readState(db, 'id', key, tokenHash);
    if (byId) return byId;
  }
  return readState(db, 'slug', key, tokenHash);
}

async function readState(db: Db, by: 'id' | 'slug', key: string, tokenHash: string | null): Promise<PageState | null> {
  const pid = sql`(select p.pid from ${opinionParticipants} p where p.conversation_id = ${opinionConversations.id} and p.token_hash = ${tokenHash ?? ''})`;
  const [row] = await db
    .select({ ...conversationColumns, pid: sql<number | null>`${pid}`, voted: votedBy(pid), mapVersion: mapVersionOf })
    .from(opinionConversations)
    .where(eq(by === 'id' ? opinionConversations.id : opinionConversations.slug, key));
  if (!row) return null;
  const { pid: me, voted, mapVersion, ...conversation } = row;
  return { conversation, pid: me, voted: voted ?? [], versions: { votesVersion: conversation.votesVersion, mapVersion: mapVersion ?? -1 } };
}

/** The statement to show next on a page read with pageStateOf; null when the participant has voted on every one. */
export const nextOnPage = (db: Db, state: PageState): Promise<NextStatement | null> => offerNext(db, state.conversation.id, state.versions, state.voted);

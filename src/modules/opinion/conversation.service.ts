// Conversations: made by a space's facilitators (optionally as a part of one of the space's forums),
// opened and closed by them; read by the space's readers and, on the public pages, by anyone.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { isUniqueViolation } from '../../db/errors';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { recordAudit } from '../audit';
import { forums } from '../forums';
import { opinionConversations, type OpinionText } from './opinion.table';

export type ConversationRow = typeof opinionConversations.$inferSelect;
export type Conversation = Pick<ConversationRow, 'id' | 'spaceId' | 'forumId' | 'slug' | 'title' | 'topic' | 'statementMaxLength' | 'statementsPerParticipant' | 'status' | 'votesVersion' | 'createdAt'>;
export type ConversationInput = {
  slug: string;
  title: OpinionText;
  topic: OpinionText;
  forumId?: string | null;
  statementMaxLength?: number;
  statementsPerParticipant?: number;
};

const columns = {
  id: opinionConversations.id,
  spaceId: opinionConversations.spaceId,
  forumId: opinionConversations.forumId,
  slug: opinionConversations.slug,
  title: opinionConversations.title,
  topic: opinionConversations.topic,
  statementMaxLength: opinionConversations.statementMaxLength,
  statementsPerParticipant: opinionConversations.statementsPerParticipant,
  status: opinionConversations.status,
  votesVersion: opinionConversations.votesVersion,
  createdAt: opinionConversations.createdAt,
};

/** The columns a Conversation is read with, for a query that reads more beside it (page.state.ts). */
export const conversationColumns = columns;
/** Whether `key` has the shape of a conversation's id (a UUID); anything else is looked up as a slug. */
export const isConversationId = (key: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(key);

export async function findConversation(db: Db, id: string): Promise<Conversation | null> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
  const [row] = await db.select(columns).from(opinionConversations).where(eq(opinionConversations.id, id));
  return row ?? null;
}

export async function findConversationBySlug(db: Db, slug: string): Promise<Conversation | null> {
  const [row] = await db.select(columns).from(opinionConversations).where(eq(opinionConversations.slug, slug));
  return row ?? null;
}

/** The conversation or a 404 in vi/en. */
export async function conversationOr404(db: Db, id: string): Promise<Conversation> {
  const found = await findConversation(db, id);
  if (!found) throw AppError.of(404, 'opinion.not_found');
  return found;
}

export const listConversations = (db: Db, spaceId: string, forumId?: string) =>
  db
    .select(columns)
    .from(opinionConversations)
    .where(and(eq(opinionConversations.spaceId, spaceId), forumId ? eq(opinionConversations.forumId, forumId) : undefined))
    .orderBy(asc(opinionConversations.createdAt), asc(opinionConversations.slug));

export async function createConversation(db: Db, actor: Actor, spaceId: string, input: ConversationInput, now: Date): Promise<Conversation> {
  const forumId = input.forumId ?? null;
  if (forumId) {
    const [forum] = await db.select({ spaceId: forums.spaceId }).from(forums).where(eq(forums.id, forumId));
    if (!forum || forum.spaceId !== spaceId) throw AppError.of(400, 'opinion.forum_other_space');
  }
  const values = {
    spaceId,
    forumId,
    slug: input.slug,
    title: nfc(input.title),
    topic: nfc(input.topic),
    statementMaxLength: input.statementMaxLength ?? 140,
    statementsPerParticipant: input.statementsPerParticipant ?? 5,
    createdAt: now,
  };
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx.insert(opinionConversations).values(values).returning(columns);
      await recordAudit(tx, actor, { action: 'opinion.conversation.created', entityType: 'opinion_conversation', entityId: row.id, spaceId, before: null, after: row }, now);
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw AppError.of(409, 'opinion.slug_taken', { slug: input.slug });
    throw err;
  }
}

export async function setConversationStatus(db: Db, actor: Actor, conversation: Conversation, status: Conversation['status'], now: Date): Promise<Conversation> {
  if (conversation.status === status) return conversation;
  return db.transaction(async (tx) => {
    const [row] = await tx.update(opinionConversations).set({ status }).where(eq(opinionConversations.id, conversation.id)).returning(columns);
    await recordAudit(tx, actor, { action: `opinion.conversation.${status === 'open' ? 'opened' : 'closed'}`, entityType: 'opinion_conversation', entityId: row.id, spaceId: row.spaceId, before: { status: conversation.status }, after: { status } }, now);
    return row;
  });
}

const nfc = (t: OpinionText): OpinionText => ({ vi: t.vi.normalize('NFC').trim(), en: t.en?.normalize('NFC').trim() || null });

// The agenda: sessions (title, start and end) and their items (time, title, speakers, theme), each
// change audited. An item's theme must be one of the forum's themes.
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { recordAudit } from '../audit';
import type { Forum, ForumItem, ForumSession } from './forum.load';
import type { itemBody, sessionBody } from './forum.schema';
import { forumItems, forumSessions } from './forum.table';

type SessionBody = z.infer<typeof sessionBody>;
type ItemBody = z.infer<typeof itemBody>;

export async function findSession(db: Db, forum: Forum, id: string, status = 404): Promise<ForumSession> {
  const [s] = await db.select().from(forumSessions).where(and(eq(forumSessions.id, id), eq(forumSessions.forumId, forum.id)));
  if (!s) throw AppError.of(status, 'forum.session_not_found');
  return s;
}

export async function findItem(db: Db, forum: Forum, id: string): Promise<ForumItem> {
  const [i] = await db.select().from(forumItems).where(and(eq(forumItems.id, id), eq(forumItems.forumId, forum.id)));
  if (!i) throw AppError.of(404, 'forum.item_not_found');
  return i;
}

const audit = (tx: Db, actor: Actor, forum: Forum, what: string, entityId: string, before: unknown, after: unknown, now: Date) =>
  recordAudit(tx, actor, { action: `forum.${what}`, entityType: what.split('.')[0] === 'session' ? 'forum_session' : 'forum_item', entityId, spaceId: forum.spaceId, before, after }, now);

/** Writes a session or item (new when `before` is null) and its audit record in one transaction. */
function audited<T extends { id: string }>(db: Db, actor: Actor, forum: Forum, kind: 'session' | 'item', before: T | null, write: (tx: Db) => Promise<T>, now: Date): Promise<T> {
  return db.transaction(async (tx) => {
    const after = await write(tx);
    await audit(tx, actor, forum, `${kind}.${before ? 'update' : 'create'}`, after.id, before, after, now);
    return after;
  });
}

export async function saveSession(db: Db, actor: Actor, forum: Forum, before: ForumSession | null, body: Partial<SessionBody>, now: Date): Promise<ForumSession> {
  const startsAt = new Date(body.startsAt ?? before!.startsAt);
  const endsAt = new Date(body.endsAt ?? before!.endsAt);
  if (endsAt <= startsAt) throw AppError.of(400, 'forum.session_times');
  const row = { title: body.title ?? before!.title, startsAt, endsAt };
  const write = async (tx: Db) =>
    before ? (await tx.update(forumSessions).set(row).where(eq(forumSessions.id, before.id)).returning())[0] : (await tx.insert(forumSessions).values({ ...row, forumId: forum.id }).returning())[0];
  return audited(db, actor, forum, 'session', before, write, now);
}

export async function deleteSession(db: Db, actor: Actor, forum: Forum, session: ForumSession, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(forumSessions).where(eq(forumSessions.id, session.id));
    await audit(tx, actor, forum, 'session.delete', session.id, session, null, now);
  });
}

export async function saveItem(db: Db, actor: Actor, forum: Forum, sessionId: string, before: ForumItem | null, body: Partial<ItemBody>, now: Date): Promise<ForumItem> {
  const theme = body.theme !== undefined ? body.theme : (before?.theme ?? null);
  if (theme !== null && !forum.themes.some((t) => t.key === theme)) throw AppError.of(400, 'forum.unknown_theme', { theme });
  const row = {
    startsAt: new Date(body.startsAt ?? before!.startsAt),
    title: body.title ?? before!.title,
    speakers: body.speakers ?? before?.speakers ?? [],
    theme,
  };
  const write = async (tx: Db) =>
    before ? (await tx.update(forumItems).set(row).where(eq(forumItems.id, before.id)).returning())[0] : (await tx.insert(forumItems).values({ ...row, forumId: forum.id, sessionId }).returning())[0];
  return audited(db, actor, forum, 'item', before, write, now);
}

export async function deleteItem(db: Db, actor: Actor, forum: Forum, item: ForumItem, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(forumItems).where(eq(forumItems.id, item.id));
    await audit(tx, actor, forum, 'item.delete', item.id, item, null, now);
  });
}

// Contributions (tham luận): added, changed and removed by facilitators (each change audited, the file
// recorded by name, size and SHA-256 — never its bytes), listed in agenda order or found by words
// (db/search.ts: ranked, diacritics and đ/d do not matter), their files served, and mapped for the minutes.
import { and, asc, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { MinutesContribution } from '../../core/forums/minutes.types';
import type { DocumentLimits } from '../../core/uploads';
import type { Db } from '../../db/connection';
import { textSearch } from '../../db/search';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import type { Lang } from '../../http/pages';
import { recordAudit } from '../audit';
import { findSession } from './agenda.service';
import { NO_FILE, readUpload } from './contribution.file';
import { contributionVector, forumContributions } from './contribution.table';
import type { Forum } from './forum.load';
import { forumSessions, type ForumText } from './forum.table';

const { fileBytes: _bytes, fileText: _text, ...listed } = getTableColumns(forumContributions);
/** A contribution as read for lists: without the file's bytes and words. */
export type Contribution = Omit<typeof forumContributions.$inferSelect, 'fileBytes' | 'fileText'>;
export type ContributionBody = {
  speaker?: string;
  organisation?: string | null;
  sessionId?: string | null;
  title?: string;
  abstract?: string | null;
  illustrative?: boolean;
  file?: { name: string; base64: string } | null;
};

const nfc = <T extends string | null | undefined>(s: T): T => (s == null ? s : (s.normalize('NFC') as T));

/** A forum's contributions in agenda order (by their session, then as added), or those matching `q`, best first. */
export async function listContributions(db: Db, forum: Forum, q?: string): Promise<Contribution[]> {
  const search = q ? textSearch(contributionVector(forumContributions), q) : null;
  const base = db.select(listed).from(forumContributions).leftJoin(forumSessions, eq(forumSessions.id, forumContributions.sessionId));
  if (search) return base.where(and(eq(forumContributions.forumId, forum.id), search.where)).orderBy(desc(search.rank), asc(forumContributions.createdAt), asc(forumContributions.id));
  if (q?.trim()) return [];
  return base.where(eq(forumContributions.forumId, forum.id)).orderBy(sql`${forumSessions.startsAt} asc nulls last`, asc(forumContributions.createdAt), asc(forumContributions.id));
}

export async function findContribution(db: Db, forum: Forum, id: string): Promise<Contribution> {
  const [c] = await db.select(listed).from(forumContributions).where(and(eq(forumContributions.id, id), eq(forumContributions.forumId, forum.id)));
  if (!c) throw AppError.of(404, 'forum.contribution_not_found');
  return c;
}

/** The stored file of a contribution of this forum, or 404 when there is none. */
export async function contributionFile(db: Db, forumId: string, id: string): Promise<{ name: string; mediaType: string; bytes: Buffer }> {
  const [c] = await db
    .select({ name: forumContributions.fileName, mediaType: forumContributions.fileType, bytes: forumContributions.fileBytes })
    .from(forumContributions)
    .where(and(eq(forumContributions.id, id), eq(forumContributions.forumId, forumId)));
  if (!c?.name || !c.mediaType || !c.bytes) throw AppError.of(404, 'forum.contribution_file_not_found');
  return { name: c.name, mediaType: c.mediaType, bytes: c.bytes };
}

/** The row's new values from a body: texts NFC, the session checked to be this forum's, the file checked. */
async function valuesOf(db: Db, forum: Forum, body: ContributionBody, limits: DocumentLimits) {
  if (body.sessionId) await findSession(db, forum, body.sessionId, 400);
  const file = body.file === undefined ? {} : body.file === null ? NO_FILE : readUpload(body.file, limits);
  const { file: _file, ...fields } = body;
  return { ...fields, speaker: nfc(fields.speaker), organisation: nfc(fields.organisation), title: nfc(fields.title), abstract: nfc(fields.abstract), ...file };
}

type Write = { actor: Actor; forum: Forum; limits: DocumentLimits; now: Date };

export async function addContribution(db: Db, { actor, forum, limits, now }: Write, body: ContributionBody & { speaker: string; title: string }): Promise<Contribution> {
  const values = await valuesOf(db, forum, body, limits);
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(forumContributions).values({ ...values, speaker: body.speaker.normalize('NFC'), title: body.title.normalize('NFC'), forumId: forum.id, createdAt: now, updatedAt: now }).returning(listed);
    await recordAudit(tx, actor, { action: 'forum.contribution.create', entityType: 'forum_contribution', entityId: row.id, spaceId: forum.spaceId, after: row }, now);
    return row;
  });
}

export async function editContribution(db: Db, { actor, forum, limits, now }: Write, before: Contribution, body: ContributionBody): Promise<Contribution> {
  const values = await valuesOf(db, forum, body, limits);
  return db.transaction(async (tx) => {
    const [row] = await tx.update(forumContributions).set({ ...values, updatedAt: now }).where(eq(forumContributions.id, before.id)).returning(listed);
    await recordAudit(tx, actor, { action: 'forum.contribution.update', entityType: 'forum_contribution', entityId: row.id, spaceId: forum.spaceId, before, after: row }, now);
    return row;
  });
}

export async function removeContribution(db: Db, actor: Actor, forum: Forum, c: Contribution, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(forumContributions).where(eq(forumContributions.id, c.id));
    await recordAudit(tx, actor, { action: 'forum.contribution.delete', entityType: 'forum_contribution', entityId: c.id, spaceId: forum.spaceId, before: c }, now);
  });
}

const inLang = (lang: Lang, t: ForumText) => (lang === 'en' ? (t.en ?? t.vi) : t.vi);

/** A forum's contributions as the minutes list them (core/forums/minutes.types), in agenda order. */
export async function minutesContributions(db: Db, forum: Forum, lang: Lang = 'vi'): Promise<MinutesContribution[]> {
  const rows = await listContributions(db, forum);
  const sessions = await db.select({ id: forumSessions.id, title: forumSessions.title }).from(forumSessions).where(eq(forumSessions.forumId, forum.id));
  const title = new Map(sessions.map((s) => [s.id, inLang(lang, s.title)]));
  return rows.map((c) => ({ title: c.title, speaker: c.speaker, organisation: c.organisation, session: (c.sessionId && title.get(c.sessionId)) ?? null, abstract: c.abstract }));
}

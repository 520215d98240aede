// Contributions (tham luận) to a forum: a speaker and their organisation present a paper in one of the
// agenda's sessions — title, abstract and optionally the paper itself (PDF or DOCX, checked by its
// bytes, kept in the database). A DOCX's own text is kept beside it, so that search finds words in it.
// Searched by the one expression the GIN index holds (db/search.ts: diacritics and đ/d do not matter).
import type { AnyColumn } from 'drizzle-orm';
import { boolean, customType, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { searchVector } from '../../db/search';
import { forums, forumSessions } from './forum.table';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

export const forumContributions = pgTable(
  'forum_contributions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    forumId: uuid('forum_id').notNull().references(() => forums.id, { onDelete: 'cascade' }),
    /** The agenda session it is presented in; null when none is set (or the session was removed). */
    sessionId: uuid('session_id').references(() => forumSessions.id, { onDelete: 'set null' }),
    speaker: text('speaker').notNull(),
    organisation: text('organisation'),
    title: text('title').notNull(),
    abstract: text('abstract'),
    /** Sample data of the demo: labelled so wherever it is shown. */
    illustrative: boolean('illustrative').notNull().default(false),
    fileName: text('file_name'),
    fileType: text('file_type'),
    fileSize: integer('file_size'),
    fileSha256: text('file_sha256'),
    fileBytes: bytea('file_bytes'),
    /** The words of a DOCX's main text (searched, never shown); null for a PDF or no file. */
    fileText: text('file_text'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('forum_contributions_forum_idx').on(t.forumId, t.createdAt), index('forum_contributions_search').using('gin', contributionVector(t))],
);

/** The searched text: title, abstract, speaker, organisation and the DOCX's words. */
export function contributionVector(t: Record<'title' | 'abstract' | 'speaker' | 'organisation' | 'fileText', AnyColumn>) {
  return searchVector(t.title, t.abstract, t.speaker, t.organisation, t.fileText);
}

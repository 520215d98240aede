// Dialogue forums of a space: the forum, its agenda (sessions → items), its connection points (điểm
// cầu: a province or an organisation; one is the main hall) with their moderators, and registrations
// (seat or waiting list, a hashed code, check-in). Every table has uuid keys and `forum_id`, so the
// next parts (contributions, questions, polls, recommendations) can refer to a forum, a session or
// item and a point, and a forum's rows can be found and distributed by it.
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/account.table';
import { spaces } from '../spaces/space.table';

/** Vietnamese always; English where given (pages fall back to the Vietnamese). */
export type ForumText = { vi: string; en: string | null };
export type ForumTheme = ForumText & { key: string };

export const forumKinds = ['in-person', 'online', 'hybrid'] as const;
export const forumStatuses = ['draft', 'published'] as const;
export const pointKinds = ['locality', 'organisation'] as const;
export const registrationStatuses = ['registered', 'waiting', 'cancelled'] as const;

export const forums = pgTable(
  'forums',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    spaceId: uuid('space_id').notNull().references(() => spaces.id, { onDelete: 'cascade' }),
    /** The public page's address, /f/{slug}. */
    slug: text('slug').notNull().unique(),
    title: jsonb('title').$type<ForumText>().notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    kind: text('kind', { enum: forumKinds }).notNull(),
    streamUrl: text('stream_url'),
    themes: jsonb('themes').$type<ForumTheme[]>().notNull().default(sql`'[]'::jsonb`),
    organisers: jsonb('organisers').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    status: text('status', { enum: forumStatuses }).notNull().default('draft'),
    /** Seats for the whole forum; null = no limit. */
    capacity: integer('capacity'),
    illustrative: boolean('illustrative').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('forums_space_idx').on(t.spaceId)],
);

export const forumSessions = pgTable(
  'forum_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    forumId: uuid('forum_id').notNull().references(() => forums.id, { onDelete: 'cascade' }),
    title: jsonb('title').$type<ForumText>().notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('forum_sessions_forum_idx').on(t.forumId, t.startsAt)],
);

export const forumItems = pgTable(
  'forum_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    forumId: uuid('forum_id').notNull().references(() => forums.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id').notNull().references(() => forumSessions.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    title: jsonb('title').$type<ForumText>().notNull(),
    speakers: jsonb('speakers').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    /** The key of one of the forum's themes, or null. */
    theme: text('theme'),
  },
  (t) => [index('forum_items_session_idx').on(t.forumId, t.sessionId, t.startsAt)],
);

export const forumPoints = pgTable(
  'forum_points',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    forumId: uuid('forum_id').notNull().references(() => forums.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: pointKinds }).notNull(),
    /** "vn63:46" / "vn34:46" for a province (of the map in force on the forum's first day). */
    localityId: text('locality_id'),
    /** The organisation's name for an organisation's point. */
    organisation: text('organisation'),
    mainHall: boolean('main_hall').notNull().default(false),
    expected: integer('expected'),
    /** Seats at this point; null = only the forum's limit. */
    capacity: integer('capacity'),
    /** Who attends here and in what role, as told (e.g. "Phó Chủ tịch UBND tỉnh"). */
    attendees: jsonb('attendees').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    /**
     * Moves with every change to this point's questions, in the changing transaction: the live screens'
     * marker (this row for a point's screen, the forum's sum for the hall's), one row each, not the questions.
     */
    questionsVersion: integer('questions_version').notNull().default(0),
  },
  (t) => [
    index('forum_points_forum_idx').on(t.forumId),
    uniqueIndex('forum_points_locality_key').on(t.forumId, t.localityId),
    uniqueIndex('forum_points_main_hall_key').on(t.forumId).where(sql`${t.mainHall}`),
  ],
);

export const forumPointModerators = pgTable(
  'forum_point_moderators',
  {
    forumId: uuid('forum_id').notNull().references(() => forums.id, { onDelete: 'cascade' }),
    pointId: uuid('point_id').notNull().references(() => forumPoints.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.pointId, t.userId] }), index('forum_point_moderators_user_idx').on(t.userId, t.forumId)],
);

export const forumRegistrations = pgTable(
  'forum_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    forumId: uuid('forum_id').notNull().references(() => forums.id, { onDelete: 'cascade' }),
    /** Order of arrival within the forum: the waiting list moves up in it. */
    seq: integer('seq').notNull(),
    pointId: uuid('point_id').references(() => forumPoints.id),
    /** The account that registered itself; null for a card a facilitator issued. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    name: text('name'),
    /** SHA-256 of the code in its normalised form; the code itself is shown once. */
    codeHash: text('code_hash').notNull(),
    status: text('status', { enum: registrationStatuses }).notNull(),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    checkedInPointId: uuid('checked_in_point_id').references(() => forumPoints.id),
    /** SHA-256 of the participant cookie set at check-in by code: a card holder's phone asks and upvotes with it. */
    participantTokenHash: text('participant_token_hash'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('forum_registrations_code_key').on(t.codeHash),
    uniqueIndex('forum_registrations_participant_key').on(t.participantTokenHash),
    uniqueIndex('forum_registrations_seq_key').on(t.forumId, t.seq),
    uniqueIndex('forum_registrations_user_key').on(t.forumId, t.userId).where(sql`${t.status} <> 'cancelled'`),
    index('forum_registrations_point_idx').on(t.forumId, t.pointId),
  ],
);

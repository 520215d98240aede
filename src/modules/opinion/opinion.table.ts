// Opinion mapping (issue 18): a conversation (in a space, optionally a part of a forum) where anonymous
// participants submit short statements and vote agree (1), disagree (−1) or pass (0) on each other's.
// Every conversation-side table carries conversation_id first in its key (the Citus rule in the
// architecture doc). A statement keeps running agree/disagree/pass counts, changed in the vote's own
// transaction; the conversation's votes_version goes up by one in every transaction that changes what the
// map reads (a vote, a moderation), and the stored map records the version it was computed at.
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { forums } from '../forums/forum.table';
import { spaces } from '../spaces/space.table';

export const conversationStatuses = ['open', 'closed'] as const;
export const statementStatuses = ['pending', 'approved', 'rejected'] as const;

export type OpinionText = { vi: string; en: string | null };

export const opinionConversations = pgTable('opinion_conversations', {
  id: uuid('id').primaryKey().defaultRandom(),
  spaceId: uuid('space_id').notNull().references(() => spaces.id, { onDelete: 'cascade' }),
  forumId: uuid('forum_id').references(() => forums.id, { onDelete: 'set null' }),
  /** The public pages' address, /y/{slug} or similar (the pages decide; unique across the platform). */
  slug: text('slug').notNull().unique(),
  title: jsonb('title').$type<OpinionText>().notNull(),
  topic: jsonb('topic').$type<OpinionText>().notNull(),
  statementMaxLength: integer('statement_max_length').notNull().default(140),
  statementsPerParticipant: integer('statements_per_participant').notNull().default(5),
  status: text('status', { enum: conversationStatuses }).notNull().default('open'),
  /** Bumped in every vote or moderation transaction: the map is stale while its version is lower. */
  votesVersion: integer('votes_version').notNull().default(0),
  nextTid: integer('next_tid').notNull().default(0),
  nextPid: integer('next_pid').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

export const opinionStatements = pgTable(
  'opinion_statements',
  {
    conversationId: uuid('conversation_id').notNull().references(() => opinionConversations.id, { onDelete: 'cascade' }),
    tid: integer('tid').notNull(),
    text: text('text').notNull(),
    /** Lower case, no diacritics, punctuation dropped, spaces collapsed: two statements equal here are one. */
    normalised: text('normalised').notNull(),
    /** The participant who wrote it; null for the facilitator's seed statements. */
    authorPid: integer('author_pid'),
    status: text('status', { enum: statementStatuses }).notNull(),
    isMeta: boolean('is_meta').notNull().default(false),
    agree: integer('agree').notNull().default(0),
    disagree: integer('disagree').notNull().default(0),
    pass: integer('pass').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.conversationId, t.tid] }),
    uniqueIndex('opinion_statements_normalised').on(t.conversationId, t.normalised),
    index('opinion_statements_author').on(t.conversationId, t.authorPid),
  ],
);

/** Anonymous: a number in the conversation and the hash of a random cookie token, nothing else. */
export const opinionParticipants = pgTable(
  'opinion_participants',
  {
    conversationId: uuid('conversation_id').notNull().references(() => opinionConversations.id, { onDelete: 'cascade' }),
    pid: integer('pid').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.pid] }), uniqueIndex('opinion_participants_token').on(t.conversationId, t.tokenHash), index('opinion_participants_created').on(t.conversationId, t.createdAt)],
);

/** A participant's latest vote on a statement (a re-vote replaces it). */
export const opinionVotes = pgTable(
  'opinion_votes',
  {
    conversationId: uuid('conversation_id').notNull().references(() => opinionConversations.id, { onDelete: 'cascade' }),
    pid: integer('pid').notNull(),
    tid: integer('tid').notNull(),
    value: smallint('value').notNull(),
    votedAt: timestamp('voted_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.conversationId, t.pid, t.tid] }),
    index('opinion_votes_voted_at').on(t.conversationId, t.votedAt),
    check('opinion_votes_value', sql`${t.value} in (-1, 0, 1)`),
  ],
);

/** The last good map of a conversation, computed in the background; replaced only by a newer one. */
export const opinionMaps = pgTable('opinion_maps', {
  conversationId: uuid('conversation_id').primaryKey().references(() => opinionConversations.id, { onDelete: 'cascade' }),
  result: jsonb('result').notNull(),
  /** core/opinion's OpinionState: the next update warm-starts from it. */
  state: jsonb('state').notNull(),
  /** Per statement (tid as a key), its extremity on the map's components: what the voting order reads, kept apart from the large result. */
  extremity: jsonb('extremity').$type<Record<string, number>>().notNull(),
  votesVersion: integer('votes_version').notNull(),
  computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
});

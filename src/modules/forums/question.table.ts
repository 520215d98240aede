// Questions at a forum: asked by a checked-in participant about an agenda item, from their check-in
// point, named or anonymous (an anonymous question keeps no name at all). Pre-moderated: `waiting`
// until a moderator approves or rejects it, or merges it into another. Upvotes are one row per
// participant and question; `upvotes` on the question is their count, kept in the same transaction.
import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/account.table';
import { forumItems, forumPoints, forumRegistrations, forums } from './forum.table';

export const questionStatuses = ['waiting', 'approved', 'rejected', 'merged'] as const;
export type QuestionStatus = (typeof questionStatuses)[number];

export const forumQuestions = pgTable(
  'forum_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    forumId: uuid('forum_id').notNull().references(() => forums.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id').notNull().references(() => forumItems.id, { onDelete: 'cascade' }),
    pointId: uuid('point_id').notNull().references(() => forumPoints.id),
    /** The asker's registration: who sees it as their own, and whose name a named question carries. */
    registrationId: uuid('registration_id').notNull().references(() => forumRegistrations.id, { onDelete: 'cascade' }),
    anonymous: boolean('anonymous').notNull(),
    /** The registration's name for a named question (cards may have none); always null when anonymous. */
    authorName: text('author_name'),
    text: text('text').notNull(),
    status: text('status', { enum: questionStatuses }).notNull().default('waiting'),
    mergedInto: uuid('merged_into'),
    upvotes: integer('upvotes').notNull().default(0),
    answer: text('answer'),
    /** Who answered: a speaker's name as typed, or the account that answered. */
    answeredBy: text('answered_by'),
    answeredByUserId: uuid('answered_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('forum_questions_forum_idx').on(t.forumId, t.status),
    index('forum_questions_point_idx').on(t.forumId, t.pointId),
    // The questions list's pages, read in rank order (most upvoted, earlier, id) from a cursor.
    index('forum_questions_rank_idx').on(t.forumId, t.upvotes.desc().nullsFirst(), t.createdAt, t.id),
    index('forum_questions_point_rank_idx').on(t.forumId, t.pointId, t.upvotes.desc().nullsFirst(), t.createdAt, t.id),
  ],
);

export const forumQuestionUpvotes = pgTable(
  'forum_question_upvotes',
  {
    questionId: uuid('question_id').notNull().references(() => forumQuestions.id, { onDelete: 'cascade' }),
    registrationId: uuid('registration_id').notNull().references(() => forumRegistrations.id, { onDelete: 'cascade' }),
    forumId: uuid('forum_id').notNull().references(() => forums.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.questionId, t.registrationId] })],
);

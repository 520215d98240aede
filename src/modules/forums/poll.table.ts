// Live polls at a forum: a poll is a consultation (approval, ranking or score) attached to an agenda
// item, whose groups are the forum's connection points; its ballots, running tallies and results are
// the consultation's. Who has voted is kept apart from what they voted: one row per (poll,
// registration) with no time and nothing of the ballot, written in the transaction that stores the
// anonymous ballot — the way an invitation is only marked used.
import { index, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { consultations } from '../consultations/consultation.table';
import { forumItems, forumRegistrations, forums } from './forum.table';

export const forumPolls = pgTable(
  'forum_polls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    forumId: uuid('forum_id').notNull().references(() => forums.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id').notNull().references(() => forumItems.id, { onDelete: 'cascade' }),
    consultationId: uuid('consultation_id').notNull().unique().references(() => consultations.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('forum_polls_forum_idx').on(t.forumId, t.createdAt)],
);

export const forumPollVoters = pgTable(
  'forum_poll_voters',
  {
    pollId: uuid('poll_id').notNull().references(() => forumPolls.id, { onDelete: 'cascade' }),
    registrationId: uuid('registration_id').notNull().references(() => forumRegistrations.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.pollId, t.registrationId] })],
);

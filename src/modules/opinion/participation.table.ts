// Participation per day, kept running (issue 18, non-negotiable 6: nothing proportional to the votes runs in a
// request). One row per conversation and Vietnam's day (UTC+7), moved in the writing transactions: the vote
// writer's batch adds the votes it cast (one upsert per batch), the transaction that creates a participant
// adds one new participant. GET …/participation reads only this table.
import { date, integer, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { opinionConversations } from './opinion.table';

export const opinionParticipationDays = pgTable(
  'opinion_participation_days',
  {
    conversationId: uuid('conversation_id').notNull().references(() => opinionConversations.id, { onDelete: 'cascade' }),
    /** Vietnam's calendar day (UTC+7, no daylight saving). */
    day: date('day', { mode: 'string' }).notNull(),
    /**
     * Votes cast that day: a first vote on a statement, and a changed vote (agree → disagree…) again on the
     * day it changed; the same vote sent again changes nothing and is not counted. Rows backfilled at the
     * upgrade (migration 0027) count each stored vote once, on the day it was last cast: the earlier
     * changes were not kept.
     */
    votes: integer('votes').notNull().default(0),
    /** Participants created that day (their first vote or statement, or their first visit before that changed). */
    participants: integer('participants').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.day] })],
);

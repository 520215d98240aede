// The speaking queue of a session: who asked to speak (a participant themselves, or a moderator for
// someone on the floor or at a point), in order of asking, with when they were called, began and
// finished. Removed entries stay (status `removed`), so the record of the session is whole.
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { forumPoints, forumRegistrations, forums, forumSessions } from './forum.table';

export const speakerStatuses = ['waiting', 'called', 'speaking', 'done', 'removed'] as const;
export type SpeakerStatus = (typeof speakerStatuses)[number];

export const forumSpeakers = pgTable(
  'forum_speakers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    forumId: uuid('forum_id').notNull().references(() => forums.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id').notNull().references(() => forumSessions.id, { onDelete: 'cascade' }),
    /** The point they speak from; null for the main hall's floor without a point. */
    pointId: uuid('point_id').references(() => forumPoints.id, { onDelete: 'set null' }),
    /** Their registration when they asked themselves. */
    registrationId: uuid('registration_id').references(() => forumRegistrations.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    status: text('status', { enum: speakerStatuses }).notNull().default('waiting'),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    calledAt: timestamp('called_at', { withTimezone: true }),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('forum_speakers_session_idx').on(t.forumId, t.sessionId, t.requestedAt)],
);

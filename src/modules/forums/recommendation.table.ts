// Recommendations (khuyến nghị) captured at a forum: the text, where it came from (a contribution, a
// question or a poll of this forum — checked when captured — or none), the proposing point, the agency
// that owns its follow-up (as typed, and the organisation when it is one of the plans' agencies) and a
// review date. A facilitator accepts or declines it; an accepted one may become a plan action, whose
// id it keeps: from then on its follow-up is read from that action.
import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, users } from '../accounts/account.table';
import { planActions } from '../plans/plan.table';
import { forumPoints, forums } from './forum.table';

export const recommendationSources = ['contribution', 'question', 'poll'] as const;
export const recommendationStatuses = ['proposed', 'accepted', 'declined'] as const;
export type RecommendationSource = (typeof recommendationSources)[number];

export const forumRecommendations = pgTable(
  'forum_recommendations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    forumId: uuid('forum_id').notNull().references(() => forums.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    sourceKind: text('source_kind', { enum: recommendationSources }),
    /** A row of the forum's contributions, questions or polls, by `sourceKind` (checked to be this forum's). */
    sourceId: uuid('source_id'),
    /** The proposing point; null for the floor of the main hall or none named. */
    pointId: uuid('point_id').references(() => forumPoints.id, { onDelete: 'set null' }),
    owner: text('owner').notNull(),
    ownerOrganisationId: uuid('owner_organisation_id').references(() => organisations.id),
    reviewOn: date('review_on'),
    status: text('status', { enum: recommendationStatuses }).notNull().default('proposed'),
    decisionNote: text('decision_note'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** The plan action it became: its status and progress are read from there. */
    actionId: uuid('action_id').references(() => planActions.id, { onDelete: 'set null' }),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('forum_recommendations_forum_idx').on(t.forumId, t.createdAt)],
);

// Decentralisation planning of a space whose kind is 'devolution' (issue 17): its units (departments,
// districts, wards; one of them the focal unit), the officials bound to one unit each, the inventory of
// activities (core/devolution's Activity, one row each), scenarios (their moves kept as one document, since
// a scenario is checked whole) and each unit's review: its status, comments and proposals.
import { date, doublePrecision, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, boolean } from 'drizzle-orm/pg-core';
import type { Move } from '../../core/devolution';
import { users } from '../accounts/account.table';
import { spaces } from '../spaces/space.table';

export const unitKinds = ['department', 'district', 'commune'] as const;
export const reviewStatuses = ['not-started', 'in-review', 'signed-off'] as const;
export const noteKinds = ['comment', 'proposal'] as const;
export const levelValues = ['province', 'district', 'commune'] as const;

export type DevolutionText = { vi: string; en: string | null };

export const devolutionUnits = pgTable(
  'devolution_units',
  {
    spaceId: uuid('space_id').notNull().references(() => spaces.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    name: jsonb('name').$type<DevolutionText>().notNull(),
    kind: text('kind', { enum: unitKinds }).notNull(),
    /** The unit that builds the scenarios (a Department of Home Affairs); its officials coordinate. */
    focal: boolean('focal').notNull().default(false),
    position: doublePrecision('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.spaceId, t.key] })],
);

/** An official of the space (role 'official') bound to the one unit they speak for. */
export const devolutionOfficials = pgTable(
  'devolution_officials',
  {
    spaceId: uuid('space_id').notNull().references(() => spaces.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    unitKey: text('unit_key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.spaceId, t.userId] })],
);

export const devolutionActivities = pgTable(
  'devolution_activities',
  {
    spaceId: uuid('space_id').notNull().references(() => spaces.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    position: doublePrecision('position').notNull(),
    sector: text('sector').notNull(),
    unit: text('unit').notNull(),
    functionCode: text('function_code').notNull(),
    functionName: text('function_name').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    legalDocument: text('legal_document').notNull(),
    legalArticle: text('legal_article').notNull(),
    level: text('level', { enum: levelValues }).notNull(),
    workload: doublePrecision('workload').notNull(),
    staff: doublePrecision('staff').notNull(),
    budget: doublePrecision('budget').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.spaceId, t.code] }), index('devolution_activities_unit_idx').on(t.spaceId, t.unit)],
);

export const devolutionScenarios = pgTable(
  'devolution_scenarios',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    spaceId: uuid('space_id').notNull().references(() => spaces.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    name: jsonb('name').$type<DevolutionText>().notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    moves: jsonb('moves').$type<Move[]>().notNull(),
    /** Set on illustrative rows (the demo): what is illustrative. */
    illustrativeNote: text('illustrative_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('devolution_scenarios_key').on(t.spaceId, t.key)],
);

/** Where a unit's review of its own functions stands; no row = not started. */
export const devolutionReviews = pgTable(
  'devolution_reviews',
  {
    spaceId: uuid('space_id').notNull().references(() => spaces.id, { onDelete: 'cascade' }),
    unitKey: text('unit_key').notNull(),
    status: text('status', { enum: reviewStatuses }).notNull(),
    signedOffBy: uuid('signed_off_by').references(() => users.id, { onDelete: 'set null' }),
    signedOffAt: timestamp('signed_off_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.spaceId, t.unitKey] })],
);

/** A unit's comment on its functions or a proposal to move one of its activities to another level. */
export const devolutionNotes = pgTable(
  'devolution_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    spaceId: uuid('space_id').notNull().references(() => spaces.id, { onDelete: 'cascade' }),
    unitKey: text('unit_key').notNull(),
    kind: text('kind', { enum: noteKinds }).notNull(),
    activityCode: text('activity_code'),
    proposedLevel: text('proposed_level', { enum: levelValues }),
    text: text('text').notNull(),
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('devolution_notes_unit_idx').on(t.spaceId, t.unitKey)],
);

// Regional linkage of a space whose kind is 'linkage' (a region): its member localities, the officials
// who speak for one locality each, offers and needs, agreements between localities, the commitments made
// under them and the progress reported on each commitment. Parties are locality ids (vn63:… before
// 1 July 2025, vn34:… after), read onto the 34 provinces through core/localities' merger relation.
import { customType, date, doublePrecision, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/account.table';
import { spaces } from '../spaces/space.table';

/** Vietnamese always; English where given. */
export type LinkageText = { vi: string; en: string | null };

export const intentDirections = ['offer', 'need'] as const;
export const intentKinds = ['capacity', 'facility', 'expertise', 'market', 'land', 'budget'] as const;

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/** A region: the linkage space's member localities (one row per space). */
export const linkageRegions = pgTable('linkage_regions', {
  spaceId: uuid('space_id').primaryKey().references(() => spaces.id, { onDelete: 'cascade' }),
  localities: jsonb('localities').$type<string[]>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/**
 * "A province's official": someone holding the role 'official' in the space (role_grants) is bound here to
 * the one locality they speak for. The role stays in accounts; only the binding is linkage's own, the way
 * a forum point's moderators are the forum's.
 */
export const linkageOfficials = pgTable(
  'linkage_officials',
  {
    spaceId: uuid('space_id').notNull().references(() => spaces.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    localityId: text('locality_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.spaceId, t.userId] })],
);

/** What a locality offers or needs (an intent, in ValueFlows' words). */
export const linkageIntents = pgTable(
  'linkage_intents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    spaceId: uuid('space_id').notNull().references(() => spaces.id, { onDelete: 'cascade' }),
    direction: text('direction', { enum: intentDirections }).notNull(),
    localityId: text('locality_id').notNull(),
    sector: text('sector').notNull(),
    kind: text('kind', { enum: intentKinds }).notNull(),
    text: jsonb('text').$type<LinkageText>().notNull(),
    /** 1 small … 5 very large (core/linkage/benefit.ts). */
    size: doublePrecision('size').notNull(),
    startsOn: date('starts_on', { mode: 'string' }),
    endsOn: date('ends_on', { mode: 'string' }),
    /** An indicator the intent rests on, e.g. PCI's labour training sub-index. */
    evidence: jsonb('evidence').$type<{ index: string; indicator: string; year: number | null } | null>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('linkage_intents_space_idx').on(t.spaceId, t.localityId)],
);

export const linkageAgreements = pgTable(
  'linkage_agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    spaceId: uuid('space_id').notNull().references(() => spaces.id, { onDelete: 'cascade' }),
    title: jsonb('title').$type<LinkageText>().notNull(),
    parties: jsonb('parties').$type<string[]>().notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    sectors: jsonb('sectors').$type<string[]>().notNull(),
    reviewOn: date('review_on', { mode: 'string' }),
    /** Set on illustrative rows (the demo): what is illustrative, shown beside the agreement. */
    illustrativeNote: text('illustrative_note'),
    documentName: text('document_name'),
    documentType: text('document_type'),
    documentBytes: bytea('document_bytes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('linkage_agreements_space_idx').on(t.spaceId)],
);

/** Who does what by when under an agreement; budget shares in percent per party and 'central' (sum ≤ 100). */
export const linkageCommitments = pgTable(
  'linkage_commitments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id').notNull().references(() => linkageAgreements.id, { onDelete: 'cascade' }),
    party: text('party').notNull(),
    sector: text('sector').notNull(),
    what: jsonb('what').$type<LinkageText>().notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    budgetShares: jsonb('budget_shares').$type<Record<string, number>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('linkage_commitments_agreement_idx').on(t.agreementId)],
);

/** Quarterly progress on a commitment (one per quarter; a second one for the quarter replaces the first). */
export const linkageReports = pgTable(
  'linkage_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    commitmentId: uuid('commitment_id').notNull().references(() => linkageCommitments.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    percent: doublePrecision('percent').notNull(),
    statusNote: text('status_note').notNull(),
    submittedOn: date('submitted_on', { mode: 'string' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    reporterUserId: uuid('reporter_user_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('linkage_reports_period_key').on(t.commitmentId, t.period)],
);

export const projectStatuses = ['proposed', 'approved', 'under-way', 'done', 'stalled'] as const;

/**
 * A regional project spanning several member localities: its cost (billion đồng) and who bears which share
 * (percent per locality), the share of central budget requested and granted, its status, the body that
 * steers it (the region's coordinating body) and, optionally, the agreement it carries out.
 */
export const linkageProjects = pgTable(
  'linkage_projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    spaceId: uuid('space_id').notNull().references(() => spaces.id, { onDelete: 'cascade' }),
    name: jsonb('name').$type<LinkageText>().notNull(),
    localities: jsonb('localities').$type<string[]>().notNull(),
    sector: text('sector').notNull(),
    /** Billion đồng. */
    totalCost: doublePrecision('total_cost').notNull(),
    /** Percent of the total cost per member locality. */
    costShares: jsonb('cost_shares').$type<Record<string, number>>().notNull(),
    centralRequested: doublePrecision('central_requested').notNull(),
    centralGranted: doublePrecision('central_granted'),
    status: text('status', { enum: projectStatuses }).notNull(),
    steering: jsonb('steering').$type<LinkageText>().notNull(),
    agreementId: uuid('agreement_id').references(() => linkageAgreements.id, { onDelete: 'set null' }),
    illustrativeNote: text('illustrative_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('linkage_projects_space_idx').on(t.spaceId), index('linkage_projects_agreement_idx').on(t.agreementId)],
);

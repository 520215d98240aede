// Consultations and their ballots. Every ballot-side table carries consultation_id first in its key,
// so that ballots can be distributed by consultation (Citus) and no hot query crosses consultations.
// Ballot secrecy is in the shape: a ballot row has a random key and no token, time or order of casting;
// receipts live in their own table; an invitation only knows whether it was used, not when or for what.
import { bigint, boolean, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { BallotSpec, StoredChoice } from '../../core/consultations/spec';
import { spaces } from '../spaces/space.table';

type Localized = { vi: string; en: string };
export const consultationStatuses = ['draft', 'open', 'closed', 'published'] as const;
export type ConsultationStatus = (typeof consultationStatuses)[number];

export const consultations = pgTable('consultations', {
  id: uuid('id').primaryKey().defaultRandom(),
  spaceId: uuid('space_id').references(() => spaces.id, { onDelete: 'cascade' }),
  title: jsonb('title').$type<Localized>().notNull(),
  ballot: jsonb('ballot').$type<BallotSpec>().notNull(),
  groups: jsonb('groups').$type<{ key: string; title: Localized; weight?: number }[]>().notNull(),
  clusters: jsonb('clusters').$type<{ key: string; title: Localized }[]>().notNull(),
  access: text('access', { enum: ['invite', 'open'] }).notNull(),
  status: text('status', { enum: consultationStatuses }).notNull().default('draft'),
  illustrative: boolean('illustrative').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  openedAt: timestamp('opened_at', { withTimezone: true }),
  closedAt: timestamp('closed_at', { withTimezone: true }),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  /** How many ballots are stored, moved in the transaction that stores them. */
  ballotCount: bigint('ballot_count', { mode: 'number' }).notNull().default(0),
  /** Groups and clusters with fewer ballots than this are not published on their own. */
  minGroupSize: integer('min_group_size').notNull().default(5),
  /** The stored-tally version its running tallies were kept under (core/consultations/stored-tally.ts); 0: not kept, recount. */
  tallyVersion: integer('tally_version').notNull().default(1),
});

export const consultationOptions = pgTable(
  'consultation_options',
  {
    consultationId: uuid('consultation_id').notNull().references(() => consultations.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    position: integer('position').notNull(),
    title: jsonb('title').$type<Localized>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.key] })],
);

export const invitations = pgTable(
  'invitations',
  {
    consultationId: uuid('consultation_id').notNull().references(() => consultations.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    group: text('group'),
    cluster: text('cluster'),
    /** Set in the transaction that stores the token's ballot: one ballot per token, without the ballot naming it. */
    used: boolean('used').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // Tokens are random and globally unique; /vote/{token} finds its consultation through this index.
  (t) => [primaryKey({ columns: [t.consultationId, t.tokenHash] }), uniqueIndex('invitations_token_key').on(t.tokenHash)],
);

export const ballots = pgTable(
  'ballots',
  {
    consultationId: uuid('consultation_id').notNull().references(() => consultations.id, { onDelete: 'cascade' }),
    /** Random, so that neither the key nor its order says when the ballot was cast. */
    id: uuid('id').notNull().defaultRandom(),
    choice: jsonb('choice').$type<StoredChoice>().notNull(),
    group: text('group'),
    cluster: text('cluster'),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.id] })],
);

/** The receipts handed to voters, apart from the ballots: a receipt proves a ballot was stored, not which. */
export const ballotReceipts = pgTable(
  'ballot_receipts',
  {
    consultationId: uuid('consultation_id').notNull().references(() => consultations.id, { onDelete: 'cascade' }),
    receipt: text('receipt').notNull(),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.receipt] })],
);

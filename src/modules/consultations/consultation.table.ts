// Consultations and their ballots. Every ballot-side table carries consultation_id first in its key,
// so that ballots can be distributed by consultation (Citus) and no hot query crosses consultations.
import { sql } from 'drizzle-orm';
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
  /** Head of the receipt chain: the last ballot's sequence number and receipt. */
  ballotCount: bigint('ballot_count', { mode: 'number' }).notNull().default(0),
  lastReceipt: text('last_receipt').notNull().default(''),
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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // Tokens are random and globally unique; /vote/{token} finds its consultation through this index.
  (t) => [primaryKey({ columns: [t.consultationId, t.tokenHash] }), uniqueIndex('invitations_token_key').on(t.tokenHash)],
);

export const ballots = pgTable(
  'ballots',
  {
    consultationId: uuid('consultation_id').notNull().references(() => consultations.id, { onDelete: 'cascade' }),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    /** The invitation's token hash: at most one ballot per token, enforced by the database. */
    tokenHash: text('token_hash'),
    choice: jsonb('choice').$type<StoredChoice>().notNull(),
    group: text('group'),
    cluster: text('cluster'),
    receipt: text('receipt').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.consultationId, t.seq] }),
    uniqueIndex('ballots_token_key').on(t.consultationId, t.tokenHash).where(sql`${t.tokenHash} is not null`),
    uniqueIndex('ballots_receipt_key').on(t.consultationId, t.receipt),
  ],
);

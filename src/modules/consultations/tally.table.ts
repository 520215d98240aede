// A consultation's running tallies (core/consultations/stored-tally.ts), moved in the transaction that
// stores its ballots: one row per group × cluster cell, and one per distinct ranking of a cell for
// IRV and STV. They hold sums only — nothing about any one voter or the order of casting that the
// published ballot list does not already say. Keyed by consultation first, like the ballots.
import { bigint, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import type { StoredTally } from '../../core/consultations/stored-tally';
import { consultations } from './consultation.table';

export const ballotTallies = pgTable(
  'ballot_tallies',
  {
    consultationId: uuid('consultation_id').notNull().references(() => consultations.id, { onDelete: 'cascade' }),
    /** [group, cluster] as JSON: one key for a pair that may hold nulls. */
    cell: text('cell').notNull(),
    group: text('group'),
    cluster: text('cluster'),
    ballots: bigint('ballots', { mode: 'number' }).notNull(),
    tally: jsonb('tally').$type<StoredTally>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.cell] })],
);

export const ballotRankings = pgTable(
  'ballot_rankings',
  {
    consultationId: uuid('consultation_id').notNull().references(() => consultations.id, { onDelete: 'cascade' }),
    cell: text('cell').notNull(),
    /** The ranking: tie groups best first, "|" between groups, "," between the option keys of one (core/consultations/stored-tally.ts). */
    ranking: text('ranking').notNull(),
    weight: bigint('weight', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.cell, t.ranking] })],
);

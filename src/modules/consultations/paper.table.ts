// Paper ballots from a conference hall, typed in twice by two people before they count.
import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { FormReading } from '../../core/consultations/double-entry';
import { consultations } from './consultation.table';

export const paperBatches = pgTable(
  'paper_batches',
  {
    consultationId: uuid('consultation_id').notNull().references(() => consultations.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    group: text('group'),
    cluster: text('cluster'),
    forms: integer('forms').notNull(),
    status: text('status', { enum: ['entering', 'committed'] }).notNull().default('entering'),
    /** Per form number, the reading chosen where the two entries differ. */
    resolutions: jsonb('resolutions').$type<Record<string, FormReading>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    committedAt: timestamp('committed_at', { withTimezone: true }),
    /** The last change: an entry saved, a form settled, the batch counted. */
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.key] })],
);

export const paperEntries = pgTable(
  'paper_entries',
  {
    consultationId: uuid('consultation_id').notNull(),
    batchKey: text('batch_key').notNull(),
    entry: integer('entry').notNull(),
    enteredBy: text('entered_by').notNull(),
    readings: jsonb('readings').$type<FormReading[]>().notNull(),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.batchKey, t.entry] })],
);

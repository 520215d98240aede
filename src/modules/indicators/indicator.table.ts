// The evidence hub's storage: the published figures of each index edition (one row per province and
// year, as published), and the imports that put them there, so every figure names the file it came from.
import { doublePrecision, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { IndexKey } from '../../core/indices/types';
import type { UnitSet } from '../../core/localities/types';
import type { Gap } from '../../importers/types';

export const indexKeys = ['PCI', 'PAPI', 'PGI'] as const satisfies readonly IndexKey[];
/** An import that stored nothing (same file or same values) leaves no row: only changes are recorded. */
export const importOutcomes = ['created', 'replaced'] as const;

/** One edition (index and year) stored from one file. */
export const indexImports = pgTable(
  'index_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    index: text('index', { enum: indexKeys }).notNull(),
    year: integer('year').notNull(),
    file: text('file').notNull(),
    sha256: text('sha256').notNull(),
    rows: integer('rows').notNull(),
    outcome: text('outcome', { enum: importOutcomes }).notNull(),
    /** Province-years (or their dimensions) the publisher left blank in this edition. */
    gaps: jsonb('gaps').$type<Gap[]>().notNull(),
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('index_imports_edition_idx').on(t.index, t.year, t.at)],
);

export const indexValues = pgTable(
  'index_values',
  {
    index: text('index', { enum: indexKeys }).notNull(),
    year: integer('year').notNull(),
    /** Which configuration `localityCode` belongs to: GSO codes were reused by the 34. */
    unitSet: smallint('unit_set').$type<UnitSet>().notNull(),
    localityCode: text('locality_code').notNull(),
    dimensions: jsonb('dimensions').$type<Record<string, number>>().notNull(),
    /** PAPI only. */
    subdimensions: jsonb('subdimensions').$type<Record<string, number>>(),
    /** Null when the publisher withheld a dimension, so the headline score cannot be formed. */
    score: doublePrecision('score'),
    /** National competition rank on the score within the edition (computed at import: the workbooks rank the same way). */
    rank: integer('rank'),
    sourceFile: text('source_file').notNull(),
    sourceSha256: text('source_sha256').notNull(),
    importId: uuid('import_id')
      .notNull()
      .references(() => indexImports.id),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ name: 'index_values_pkey', columns: [t.index, t.year, t.localityCode] }), index('index_values_import_idx').on(t.importId)],
);

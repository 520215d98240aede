// Official statistics beside the governance indices (issue 16): a dataset (one measure of one GSO table,
// described as the catalogue in core/statistics declares it), its figures per province and year, and the
// imports that put them there, so every figure names the file it came from.
import { boolean, doublePrecision, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Aggregation, Direction } from '../../core/statistics/types';
import type { UnitSet } from '../../core/localities/types';

export const directions = ['higher-better', 'higher-worse', 'neutral'] as const satisfies readonly Direction[];
export const aggregations = ['sum', 'rate'] as const satisfies readonly Aggregation[];

export const statisticDatasets = pgTable('statistic_datasets', {
  key: text('key').primaryKey(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  unitVi: text('unit_vi').notNull(),
  unitEn: text('unit_en').notNull(),
  definitionVi: text('definition_vi').notNull(),
  definitionEn: text('definition_en').notNull(),
  direction: text('direction', { enum: directions }).notNull(),
  aggregation: text('aggregation', { enum: aggregations }).notNull(),
  sourceVi: text('source_vi').notNull(),
  sourceEn: text('source_en').notNull(),
  licenceVi: text('licence_vi').notNull(),
  licenceEn: text('licence_en').notNull(),
});

/** One import that changed a dataset (an import that changed nothing leaves no row). */
export const statisticImports = pgTable(
  'statistic_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    datasetKey: text('dataset_key')
      .notNull()
      .references(() => statisticDatasets.key),
    file: text('file').notNull(),
    sha256: text('sha256').notNull(),
    /** The title line of the GSO export. */
    title: text('title').notNull(),
    /** Years whose figures this import created or replaced. */
    years: jsonb('years').$type<number[]>().notNull(),
    values: integer('values').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('statistic_imports_dataset_idx').on(t.datasetKey, t.at)],
);

export const statisticValues = pgTable(
  'statistic_values',
  {
    datasetKey: text('dataset_key')
      .notNull()
      .references(() => statisticDatasets.key),
    year: integer('year').notNull(),
    /** Which configuration `localityCode` belongs to: GSO codes were reused by the 34. */
    unitSet: smallint('unit_set').$type<UnitSet>().notNull(),
    localityCode: text('locality_code').notNull(),
    value: doublePrecision('value').notNull(),
    /** From a `Pre. 2016` column: GSO may revise it. */
    preliminary: boolean('preliminary').notNull(),
    importId: uuid('import_id')
      .notNull()
      .references(() => statisticImports.id),
  },
  (t) => [
    primaryKey({ name: 'statistic_values_pkey', columns: [t.datasetKey, t.year, t.localityCode] }),
    index('statistic_values_import_idx').on(t.importId),
  ],
);

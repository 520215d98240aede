// The mapping of index figures to priority areas, as administrators edit it: one row per version, the whole
// mapping as one document. The highest version is in force; a null mapping means "the default" (a reset).
// Every version is also in the audit trail with before and after.
import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { AreaMapping } from '../../core/indices/analysis.priorities';

export const areaMappingVersions = pgTable('area_mapping_versions', {
  version: integer('version').primaryKey(),
  /** Null: the built-in default is in force from this version on. */
  mapping: jsonb('mapping').$type<AreaMapping>(),
  actorUserId: uuid('actor_user_id'),
  actorLabel: text('actor_label').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull(),
});

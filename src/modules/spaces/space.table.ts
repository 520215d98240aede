// A space is one participatory process for one locality (a city's priority setting, a cluster
// conference…), with phases; consultations, plans and forums will hang from it.
import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, boolean } from 'drizzle-orm/pg-core';

type Localized = { vi: string; en: string };

export const spaceKinds = ['priority-setting', 'cluster-conference', 'forum', 'linkage', 'monitoring', 'devolution'] as const;
export const visibilities = ['public', 'private'] as const;

export const spaces = pgTable('spaces', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  kind: text('kind', { enum: spaceKinds }).notNull(),
  title: jsonb('title').$type<Localized>().notNull(),
  summary: jsonb('summary').$type<Localized>().notNull(),
  description: jsonb('description').$type<Localized>().notNull(),
  localityCode: text('locality_code'),
  localityName: text('locality_name'),
  visibility: text('visibility', { enum: visibilities }).notNull().default('private'),
  illustrative: boolean('illustrative').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const spacePhases = pgTable(
  'space_phases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    spaceId: uuid('space_id').notNull().references(() => spaces.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    key: text('key').notNull(),
    title: jsonb('title').$type<Localized>().notNull(),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
  },
  (t) => [uniqueIndex('space_phases_key').on(t.spaceId, t.key), index('space_phases_space_idx').on(t.spaceId, t.position)],
);

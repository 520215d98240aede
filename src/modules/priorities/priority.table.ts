// Priority exercises: a space's alternatives (usually the eight priority areas), its criteria and
// weighting scenarios, kept as one row each; and every official's own AHP answer, one row per person.
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/account.table';
import { consultations } from '../consultations/consultation.table';
import { spaces } from '../spaces/space.table';
import type { Alternative, Criterion, Scenario, Text } from './priority.types';

export const priorityExercises = pgTable(
  'priority_exercises',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    spaceId: uuid('space_id').notNull().references(() => spaces.id, { onDelete: 'cascade' }),
    title: jsonb('title').$type<Text>().notNull(),
    localityCode: text('locality_code').notNull(),
    year: integer('year'),
    consultationId: uuid('consultation_id').references(() => consultations.id, { onDelete: 'set null' }),
    alternatives: jsonb('alternatives').$type<Alternative[]>().notNull(),
    criteria: jsonb('criteria').$type<Criterion[]>().notNull(),
    scenarios: jsonb('scenarios').$type<Scenario[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('priority_exercises_space_idx').on(t.spaceId)],
);

export const priorityJudgments = pgTable(
  'priority_judgments',
  {
    exerciseId: uuid('exercise_id').notNull().references(() => priorityExercises.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    /** { "a>b": 3, … }: every pair of criteria once, on Saaty's scale. */
    judgments: jsonb('judgments').$type<Record<string, number>>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.exerciseId, t.userId] })],
);

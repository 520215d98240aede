// Bootstrap stability figures, kept once computed (stability.jobs.ts): every app process and every
// restart serves the last one instead of drawing again. A figure covers the ballot count it was
// drawn from; a newer one replaces it.
import { bigint, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import type { StabilityFigure } from './stability.jobs';
import { consultations } from './consultation.table';

export const stabilityFigures = pgTable(
  'stability_figures',
  {
    consultationId: uuid('consultation_id').notNull().references(() => consultations.id, { onDelete: 'cascade' }),
    /** What the figure is of: the options counted, the method and its settings, the number of resamples. */
    key: text('key').notNull(),
    ballots: bigint('ballots', { mode: 'number' }).notNull(),
    figure: jsonb('figure').$type<StabilityFigure>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.key] })],
);

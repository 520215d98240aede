// Options proposed by participants of a pairwise consultation, held until a facilitator decides.
// An approved proposal becomes a row of consultation_options (its key in option_key), so every
// reader of the options (ballot page, checks, results, exports) sees it without knowing proposals.
import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { consultations } from './consultation.table';

export const proposalStatuses = ['pending', 'approved', 'rejected'] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

export const consultationProposals = pgTable(
  'consultation_proposals',
  {
    consultationId: uuid('consultation_id').notNull().references(() => consultations.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    /** As typed, cleaned (NFC, trimmed, spaces collapsed); taken as the Vietnamese title. */
    text: text('text').notNull(),
    /** The participant's invitation token hash: open consultations give verified people a token too. */
    proposerHash: text('proposer_hash').notNull(),
    status: text('status', { enum: proposalStatuses }).notNull().default('pending'),
    /** The option's title once approved (the facilitator may edit it). */
    title: jsonb('title').$type<{ vi: string; en: string }>(),
    optionKey: text('option_key'),
    decidedBy: text('decided_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.id] }), index('consultation_proposals_proposer').on(t.consultationId, t.proposerHash)],
);

// Open consultations: one ballot per verified person. A person proves a phone number or e-mail
// address with a one-time code and receives an invitation token of their own; only hashes are kept.
import { integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { consultations } from './consultation.table';

export const verifications = pgTable(
  'verifications',
  {
    consultationId: uuid('consultation_id').notNull().references(() => consultations.id, { onDelete: 'cascade' }),
    contactHash: text('contact_hash').notNull(),
    codeHash: text('code_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    sentCount: integer('sent_count').notNull().default(1),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.contactHash] })],
);

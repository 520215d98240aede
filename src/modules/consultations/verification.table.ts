// Open consultations: one ballot per verified person. A person proves a phone number or e-mail
// address with a one-time code and receives an invitation token of their own; only hashes are kept.
import { boolean, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { consultations } from './consultation.table';

export const verifications = pgTable(
  'verifications',
  {
    consultationId: uuid('consultation_id').notNull().references(() => consultations.id, { onDelete: 'cascade' }),
    /**
     * HMAC-SHA-256 (server key) of the consultation and the canonical contact, so the key below is the
     * unique constraint on "one phone or mailbox per consultation". Legacy rows hold the SHA-256 of the
     * contact as typed before canonical forms existed; they cannot be re-keyed without the contact.
     */
    contactHash: text('contact_hash').notNull(),
    legacy: boolean('legacy').notNull().default(false),
    codeHash: text('code_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    sentCount: integer('sent_count').notNull().default(1),
    /** The day (UTC midnight), never the moment: the moment would match its invitation's. */
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.contactHash] })],
);

/** How many verifications were refused because that phone or mailbox had already been verified. */
export const verificationRefusals = pgTable('verification_refusals', {
  consultationId: uuid('consultation_id')
    .primaryKey()
    .references(() => consultations.id, { onDelete: 'cascade' }),
  duplicates: integer('duplicates').notNull().default(0),
});

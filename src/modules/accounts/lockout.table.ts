// Failures per account or contact, kept in the database so that every app process behind a proxy
// sees the same lock. The key is a hash (of the e-mail, or of the consultation and contact), never the
// address itself: the table also fills with addresses that have no account.
import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const failureLocks = pgTable('failure_locks', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});

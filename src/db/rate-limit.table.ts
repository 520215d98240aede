// Request counters of @fastify/rate-limit, kept in the database so that every app process (node:cluster
// workers, several hosts) counts one limit per client address. The key is a hash of the route and the
// address, never the address itself; a row whose window has ended is reset by the next request or
// deleted by the periodic sweep (http/rate-limit.store.ts).
import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').primaryKey(),
    hits: integer('hits').notNull(),
    resetsAt: timestamp('resets_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('rate_limits_resets_at').on(t.resetsAt)],
);

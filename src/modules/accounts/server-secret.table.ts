// Secrets the server makes for itself and every app process on the same database must share: the key
// of the contact hashes (when DOITHOAI_SECRET is not set) and the fingerprint of whichever key is in use.
import { pgTable, text } from 'drizzle-orm/pg-core';

export const serverSecrets = pgTable('server_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
});

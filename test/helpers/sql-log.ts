// The same database with every SQL statement the app sends written down (text only), transactions'
// statements included: drizzle's logger on the same client. What a test of "how many queries a request
// costs" reads.
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { Database, Db } from '../../src/db/connection';

export type SqlLog = { database: Database; statements: string[] };

export function loggingSql(database: Database): SqlLog {
  const statements: string[] = [];
  const logger = { logQuery: (query: string) => void statements.push(query) };
  const client = (database.db as unknown as { $client: never }).$client;
  const db = (database.kind === 'pglite' ? drizzlePglite({ client, logger }) : drizzlePg({ client, logger })) as unknown as Db;
  return { database: { ...database, db }, statements };
}

// Raw SQL rows, read the same way from both drivers (each returns an object with `rows`).
import type { SQL } from 'drizzle-orm';
import type { Db } from './connection';

export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

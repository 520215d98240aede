// A database as the release before a migration left it: empty, migrated by every migration older than the
// one whose tag ends with `change` (and recorded as migrated, so that migrateDatabase applies only the
// rest). What a storage test of one migration's backfill starts from.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { openDatabase, type Database } from '../../src/db/connection';
import { migrationsFolder } from '../../src/db/migrate';
import { openServerDatabase, scratchServerDatabase, type StorageKind } from './database';

export async function databaseBefore(change: string, kind: StorageKind): Promise<Database> {
  const database = kind === 'pglite' ? await openDatabase({}) : await openServerDatabase(await scratchServerDatabase());
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string; when: number }[] };
  const cut = journal.entries.find((e) => e.tag.endsWith(change))!.when;
  await database.db.execute(sql`create schema if not exists drizzle`);
  await database.db.execute(sql`create table if not exists drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint)`);
  for (const m of readMigrationFiles({ migrationsFolder }).filter((m) => m.folderMillis < cut)) {
    for (const statement of m.sql) if (statement.trim()) await database.db.execute(sql.raw(statement));
    await database.db.execute(sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${m.hash}, ${m.folderMillis})`);
  }
  return database;
}

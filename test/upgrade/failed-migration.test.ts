// An upgrade whose migration cannot run on the data a province holds stops with the migration, the
// table and the row that stopped it, and leaves the database exactly as the earlier release left it:
// not half-migrated. On a database written by an earlier release, PGlite and PostgreSQL.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection';
import { MigrationError, migrateDatabase, migrationsFolder, pendingMigrations } from '../../src/db/migrate';
import { scratchFolder } from '../helpers/cli-in-process';
import { storageKinds } from '../helpers/database';
import { generations, openOldDatabase } from '../helpers/upgrade-fixture';

describe.each(storageKinds)('a migration that fails on %s', (kind) => {
  let database: Database;
  const files = scratchFolder('doithoai-bad-migration-');
  const folder = files.path('migrations');

  beforeAll(async () => {
    database = await openOldDatabase(generations[0], kind);
    // Today's migrations plus one that first changes a table, then cannot run: the fixture's space
    // nang-cap-2026 holds several consultations, so "one consultation per space" is not unique.
    cpSync(migrationsFolder, folder, { recursive: true });
    writeFileSync(
      path.join(folder, '9999_one_consultation_per_space.sql'),
      'ALTER TABLE "spaces" ADD COLUMN "note" text;--> statement-breakpoint\nCREATE UNIQUE INDEX "one_per_space" ON "consultations" ("space_id");\n',
    );
    const journalFile = path.join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8'));
    journal.entries.push({ idx: journal.entries.length, version: '7', when: 4_102_444_800_000, tag: '9999_one_consultation_per_space', breakpoints: true });
    writeFileSync(journalFile, JSON.stringify(journal));
  }, 180_000);
  afterAll(async () => {
    await database?.close();
    files.remove();
  });

  it('names the migration, the table and the duplicated row, and changes nothing', async () => {
    const waiting = (await pendingMigrations(database)).map((m) => m.tag);
    const error = await migrateDatabase(database, folder).then(
      () => null,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(MigrationError);
    const text = (error as MigrationError).message;
    expect(text).toContain('9999_one_consultation_per_space');
    expect(text).toContain('table consultations');
    expect(text).toMatch(/Key \(space_id\)=\([0-9a-f-]{36}\) is duplicated/);
    expect(text).toContain('cơ sở dữ liệu giữ nguyên như trước khi nâng cấp');

    // Every migration of the upgrade, not only the failed one, is still waiting; the column added
    // before the failure is not there.
    expect((await pendingMigrations(database)).map((m) => m.tag)).toEqual(waiting);
    const columns = (await database.db.execute(sql`select column_name from information_schema.columns where table_name = 'spaces' and column_name = 'note'`)) as unknown as { rows: unknown[] };
    expect(columns.rows).toEqual([]);
  });
});

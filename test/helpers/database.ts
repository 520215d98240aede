// A fresh, migrated database for one test file: PGlite copied from the template folder, or a new
// database cloned from the template on the PostgreSQL test server.
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/db/connection';

export type StorageKind = 'pglite' | 'postgres';
export const storageKinds: StorageKind[] = ['pglite', 'postgres'];

export async function openTestDatabase(kind: StorageKind = 'pglite'): Promise<Database> {
  if (kind === 'pglite') {
    const template = new Blob([readFileSync(inject('pgliteTemplate'))]);
    return openDatabase({ loadDataDir: template });
  }
  return openServerDatabase(await scratchServerDatabase('doithoai_template'));
}

export type ScratchDatabase = { url: string; drop(): Promise<void> };

/** A new database on the PostgreSQL test server, empty or cloned from a template (milliseconds). */
export async function scratchServerDatabase(template?: string): Promise<ScratchDatabase> {
  const serverUrl = inject('postgresUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = async (query: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(query);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}${template ? ` template ${template}` : ''}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

/** Opens a scratch database; closing it drops it. */
export async function openServerDatabase(scratch: ScratchDatabase): Promise<Database> {
  const database = await openDatabase({ databaseUrl: scratch.url });
  return {
    ...database,
    close: async () => {
      await database.close();
      await scratch.drop();
    },
  };
}

// Runs once before all test files: a migrated PGlite data folder to copy from, and a PostgreSQL
// server (TEST_DATABASE_URL if given, else a throwaway one) with a migrated template database.
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/connection';
import { migrateDatabase } from '../../src/db/migrate';
import { findPostgresBin, startPostgres, type TestServer } from './postgres-server';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresUrl: string;
  }
}

export const TEMPLATE_DB = 'doithoai_template';

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), 'doithoai-test-'));
  const embedded = await openDatabase({});
  await migrateDatabase(embedded);
  const dump = await (embedded.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client.dumpDataDir('none');
  await embedded.close();
  const templateFile = path.join(dir, 'pglite-template.tar');
  writeFileSync(templateFile, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', templateFile);

  let server: TestServer | undefined;
  let url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const bin = findPostgresBin();
    if (!bin) throw new Error('PostgreSQL server binaries not found: install them (apt-get install -y postgresql) or set TEST_DATABASE_URL.');
    server = await startPostgres(bin);
    url = server.url;
  }
  await prepareTemplate(url);
  project.provide('postgresUrl', url);

  return async () => {
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}

/** A migrated database that each test file clones with CREATE DATABASE … TEMPLATE (milliseconds, not seconds). */
async function prepareTemplate(url: string) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE_DB}`);
  await admin.query(`create database ${TEMPLATE_DB}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${TEMPLATE_DB}`;
  const database = await openDatabase({ databaseUrl: u.toString() });
  await migrateDatabase(database);
  await database.close();
}

// Opens the database: PGlite (embedded PostgreSQL in a data folder) by default, a PostgreSQL server
// when a URL is given. Both speak the same SQL, so everything above this file is written once.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { Listener, type Listen } from './listener';
import { takeDataFolderLock } from './lock';
import type { ScriptRows, TwoStep } from './two-step';

const ADVISORY_LOCK_KEY = 70_202_025;

export type Db = PgDatabase<PgQueryResultHKT>;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Where the data lives, for logs: a folder or the server's host/database. */
  location: string;
  /** Runs fn while holding a cluster-wide lock (a no-op for the single-user embedded database). */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  /** A short write transaction in two round trips of plain SQL (see two-step.ts). */
  twoStep: TwoStep;
  /** Notifications committed by any process (LISTEN/NOTIFY); on the embedded database nothing arrives. */
  listen: Listen;
  close(): Promise<void>;
};

export type OpenOptions = { databaseUrl?: string; dataDir?: string; loadDataDir?: Blob };

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return openServer(options.databaseUrl);
  return openEmbedded(options.dataDir, options.loadDataDir);
}

async function openServer(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  // An idle connection the server drops (restart, failover) must not take the process down;
  // the pool replaces it on the next query.
  pool.on('error', (err) => process.stderr.write(`database connection lost: ${err.message}\n`));
  // Fail at start with the server's own reason rather than at the first request.
  const client = await pool.connect();
  client.release();
  const u = new URL(url);
  const listener = new Listener(url, (message) => process.stderr.write(`${message}\n`));
  return {
    db: drizzlePg({ client: pool }) as unknown as Db,
    kind: 'postgres',
    location: `${u.hostname}:${u.port || 5432}${u.pathname}`,
    exclusive: async (fn) => {
      // An advisory lock belongs to a session, so lock and unlock on one dedicated connection.
      const locker = await pool.connect();
      try {
        await locker.query('select pg_advisory_lock($1)', [ADVISORY_LOCK_KEY]);
        return await fn();
      } finally {
        await locker.query('select pg_advisory_unlock($1)', [ADVISORY_LOCK_KEY]).catch(() => {});
        locker.release();
      }
    },
    twoStep: async (read, write) => {
      const client = await pool.connect();
      try {
        // Several statements in one query answer one result per statement; BEGIN's comes first.
        const first = ([] as pg.QueryResult[]).concat(await client.query(`begin;\n${read}`)).slice(1).map((r) => r.rows as ScriptRows);
        const script = write(first);
        await client.query(script === null ? 'commit' : `${script};\ncommit`);
        return first;
      } catch (err) {
        await client.query('rollback').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    listen: listener.listen,
    close: async () => {
      await listener.close();
      await pool.end();
    },
  };
}

async function openEmbedded(dataDir: string | undefined, loadDataDir?: Blob): Promise<Database> {
  let release = () => {};
  let folder: string | undefined;
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    release = takeDataFolderLock(dataDir);
    folder = path.join(dataDir, 'pglite');
  }
  try {
    const client = await PGlite.create(folder, { extensions: { unaccent }, loadDataDir });
    return {
      db: drizzlePglite({ client }) as unknown as Db,
      kind: 'pglite',
      location: folder ?? 'memory',
      exclusive: (fn) => fn(),
      // PGlite's transaction holds its connection: other queries wait until it commits or rolls back.
      twoStep: (read, write) =>
        client.transaction(async (tx) => {
          const first = (await tx.exec(read)).map((r) => r.rows as ScriptRows);
          const script = write(first);
          if (script !== null) await tx.exec(script);
          return first;
        }),
      // One process only (the data folder is locked): PGlite hears the NOTIFYs of its own transactions
      // at their commit, so a live screen wakes at a change as it does on a server, not at its next tick.
      listen: (channel, notify) => {
        const subscribed = client.listen(channel, notify).catch(() => null);
        return () => void subscribed.then((stop) => stop?.()).catch(() => {});
      },
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

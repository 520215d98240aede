// The one set-up of an HTTP test: a fresh database and an app on it for a describe block, once on each
// storage kind (PGlite and the PostgreSQL test server), closed after the block. A new HTTP test is
//   describeApp('what it is about', {}, (t) => { it('…', async () => { await t.app.inject(…) }) });
// with the block's own beforeAll for what it sets up (it runs after the app is ready).
import { afterAll, beforeAll, describe } from 'vitest';
import type { Config } from '../../src/config';
import type { Database } from '../../src/db/connection';
import type { Role } from '../../src/modules/accounts/account.table';
import type { App } from '../../src/modules/module';
import { makeUser, PASSWORD, signIn, testApp, type Session } from './app';
import { openTestDatabase, storageKinds, type StorageKind } from './database';
import { loggedApp, type LoggedApp } from './logged-app';

export type AppOptions = {
  /** Storage kinds to run on; both unless a block says why not. */
  kinds?: StorageKind[];
  config?: Partial<Config>;
  /** Where the app's clock starts; tests move `t.clock` to let time pass without waiting. */
  clock?: Date;
  /** Runs on the database before the app is built (e.g. the demo's data). */
  seed?: (database: Database) => Promise<unknown>;
  /** Gives the app a wrapped database (e.g. one that counts queries). */
  wrap?: (database: Database) => Database;
  /** Keeps the app's log lines at level info, with these settings (see logged-app.ts): `t.log`. */
  log?: Record<string, string>;
};

export type AppFixture = {
  kind: StorageKind;
  database: Database;
  app: App;
  /** The app's time, with the `clock` option (otherwise the real time is used). */
  clock: Date;
  /** Only with the `log` option. */
  log: LoggedApp;
  /** Makes a person ({ [spaceId]: role } plus an optional platform role) and signs them in. */
  user(email: string, roles?: Record<string, Role>, platformRole?: Role): Promise<Session>;
  /** Signs in someone who already exists (the demo's people have their own password). */
  signIn(email: string, password?: string): Promise<Session>;
};

export function describeApp(title: string, options: AppOptions, body: (t: AppFixture) => void): void {
  const kinds = options.kinds ?? storageKinds;
  describe.each(kinds)(`${title} on %s`, (kind) => {
    const t = appFixture(kind);
    beforeAll(() => startApp(t, options));
    afterAll(() => stopApp(t));
    body(t);
  });
}

/** The fixture before its app starts: what `describeApp` hands the test body. */
export function appFixture(kind: StorageKind): AppFixture {
  const t = { kind } as AppFixture;
  t.user = async (email, roles = {}, platformRole) => {
    await makeUser(t.database, email, roles, platformRole);
    return signIn(t.app, email);
  };
  t.signIn = (email, password = PASSWORD) => signIn(t.app, email, password);
  return t;
}

export async function startApp(t: AppFixture, options: AppOptions): Promise<void> {
  t.database = await openTestDatabase(t.kind);
  await options.seed?.(t.database);
  if (options.clock) t.clock = options.clock;
  const now = options.clock ? () => t.clock : undefined;
  const database = options.wrap ? options.wrap(t.database) : t.database;
  if (options.log) {
    t.log = await loggedApp(database, options.log, now);
    t.app = t.log.app;
  } else {
    t.app = await testApp(database, options.config, now);
  }
}

export async function stopApp(t: AppFixture): Promise<void> {
  await t.app?.close();
  await t.database?.close();
}

// The key of the contact hashes: DOITHOAI_SECRET or one made once and kept in the database; the same
// across restarts and across app processes on one database; another key refused at start, because it
// would make every stored contact unmatchable and give verified people a second ballot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';
import { openDatabase, type Database } from '../../src/db/connection';
import { loadContactKey } from '../../src/modules/accounts/server-secret.service';
import { serverSecrets } from '../../src/modules/accounts/server-secret.table';
import { openTestDatabase, storageKinds } from '../helpers/database';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const OTHER = 'another-secret-of-thirty-two-characters!';
const hashWith = async (db: Database['db'], secret?: string) => (await loadContactKey(db, secret)).hash('c1', '+84912345678');

it('refuses a DOITHOAI_SECRET shorter than 32 characters, naming the variable', () => {
  expect(() => loadConfig({ DOITHOAI_SECRET: 'x'.repeat(31) })).toThrow(ConfigError);
  expect(() => loadConfig({ DOITHOAI_SECRET: 'x'.repeat(31) })).toThrow(/DOITHOAI_SECRET/);
  expect(loadConfig({ DOITHOAI_SECRET: SECRET }).secret).toBe(SECRET);
});

describe.each(storageKinds)('the contact key on %s', (kind) => {
  const opened: Database[] = [];
  const fresh = async () => {
    const d = await openTestDatabase(kind);
    opened.push(d);
    return d;
  };
  afterAll(async () => {
    for (const d of opened.reverse()) await d.close();
  });

  it('is made once and kept: a restart and a second process on the same database hash alike', async () => {
    const { db } = await fresh();
    const [a, b] = await Promise.all([hashWith(db), hashWith(db)]);
    expect(a).toBe(b);
    expect(await hashWith(db)).toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    // Another database makes its own key.
    expect(await hashWith((await fresh()).db)).not.toBe(a);
  });

  it('uses DOITHOAI_SECRET when set, and refuses to start with another key or none once hashes were made with it', async () => {
    const { db } = await fresh();
    const a = await hashWith(db, SECRET);
    expect(await hashWith(db, SECRET)).toBe(a);
    expect((await db.select().from(serverSecrets)).map((r) => r.name)).toEqual(['contact-key-check']);
    await expect(hashWith(db, OTHER)).rejects.toThrow(ConfigError);
    await expect(hashWith(db)).rejects.toThrow(/DOITHOAI_SECRET/);
  });

  it('moves a stored key out of the database when it is copied into DOITHOAI_SECRET, and refuses a different one', async () => {
    const { db } = await fresh();
    const a = await hashWith(db);
    await expect(hashWith(db, OTHER)).rejects.toThrow(/DOITHOAI_SECRET/);
    const [stored] = (await db.select().from(serverSecrets)).filter((r) => r.name === 'contact-key');
    expect(await hashWith(db, stored.value)).toBe(a);
    expect((await db.select().from(serverSecrets)).map((r) => r.name)).toEqual(['contact-key-check']);
    await expect(hashWith(db)).rejects.toThrow(ConfigError);
  });
});

describe('two app processes on one PostgreSQL database', () => {
  let first: Database;
  let second: Database;
  beforeAll(async () => {
    first = await openTestDatabase('postgres');
    const url = new URL(inject('postgresUrl'));
    url.pathname = first.location.slice(first.location.indexOf('/'));
    second = await openDatabase({ databaseUrl: url.toString() });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('agree on the key even when both start at once', async () => {
    const [a, b] = await Promise.all([hashWith(first.db), hashWith(second.db)]);
    expect(a).toBe(b);
  });
});

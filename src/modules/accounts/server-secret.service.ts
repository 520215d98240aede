// The key of the contact hashes (HMAC-SHA-256): DOITHOAI_SECRET when set, else one made on first start
// and kept in the database, so every process on one PostgreSQL, and every restart, agrees on it. A
// fingerprint of the key in use is kept too: starting with another key would make every stored hash
// unmatchable and give verified people a second ballot, so it is refused.
import { createHmac } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { ConfigError } from '../../config';
import type { Db } from '../../db/connection';
import { newSecret } from './secrets';
import { serverSecrets } from './server-secret.table';

const KEY = 'contact-key';
const CHECK = 'contact-key-check';

export type ContactKey = { hash(scope: string, value: string): string };

const fingerprint = (key: string) => createHmac('sha256', key).update('doithoai contact key fingerprint').digest('hex');

export function contactKey(key: string): ContactKey {
  return { hash: (scope, value) => createHmac('sha256', key).update(`${scope}:${value}`).digest('hex') };
}

async function stored(db: Db): Promise<{ key?: string; check?: string }> {
  const rows = await db.select().from(serverSecrets).where(inArray(serverSecrets.name, [KEY, CHECK]));
  return { key: rows.find((r) => r.name === KEY)?.value, check: rows.find((r) => r.name === CHECK)?.value };
}

export async function loadContactKey(db: Db, envSecret: string | undefined): Promise<ContactKey> {
  let { key, check } = await stored(db);
  if (!envSecret && check && !key) throw new ConfigError(SET_AGAIN);
  if (!envSecret && !key) {
    // Two processes starting at once both insert; the first row wins and both read it back.
    await db.insert(serverSecrets).values({ name: KEY, value: newSecret() }).onConflictDoNothing();
    ({ key, check } = await stored(db));
  }
  const inUse = envSecret ?? key!;
  if (!check) {
    await db.insert(serverSecrets).values({ name: CHECK, value: fingerprint(inUse) }).onConflictDoNothing();
    ({ check } = await stored(db));
  }
  if (check !== fingerprint(inUse)) throw new ConfigError(envSecret ? NOT_THIS_ONE : SET_AGAIN);
  // The operator copied the stored key into DOITHOAI_SECRET: it no longer needs to sit beside the data.
  if (envSecret && key === envSecret) await db.delete(serverSecrets).where(eq(serverSecrets.name, KEY));
  return contactKey(inUse);
}

const NOT_THIS_ONE =
  'DOITHOAI_SECRET không phải khóa đã dùng để băm địa chỉ liên hệ trong cơ sở dữ liệu này; hãy đặt lại giá trị cũ ' +
  '(DOITHOAI_SECRET is not the key this database hashed its contacts with; set the previous value again).';
const SET_AGAIN =
  'Cơ sở dữ liệu này băm địa chỉ liên hệ bằng DOITHOAI_SECRET; hãy đặt lại biến đó như trước ' +
  '(this database hashed its contacts with DOITHOAI_SECRET; set that variable again as before).';

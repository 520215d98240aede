// Upgrading a database whose open consultations were verified by an earlier release: contacts stored
// as plain SHA-256 of the form they were typed in, verification and invitation made at the same
// moment. After the upgrade those people still cannot verify again (one ballot each), the shared
// moments are gone, and published consultations no longer keep a hash of anyone's contact.
import { createHash, randomUUID } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection';
import { migrateDatabase } from '../../src/db/migrate';
import { adminHeaders } from '../helpers/app';
import { storageKinds } from '../helpers/database';
import { databaseBefore } from '../helpers/previous-release';
import { loggedApp } from '../helpers/logged-app';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const MOMENT = '2026-11-15T03:04:05.678Z';
const THIS_CHANGE = 'keyed_contacts';


async function oldConsultation(db: Database['db'], status: string, people: { contact: string; verified: boolean; sent?: number }[]) {
  const id = randomUUID();
  const title = JSON.stringify({ vi: 'Tham vấn mở', en: 'Open consultation' });
  await db.execute(sql`insert into consultations (id, title, ballot, groups, clusters, access, status)
    values (${id}, ${title}::jsonb, '{"type":"approval","min":1,"max":2}'::jsonb, '[]'::jsonb, '[]'::jsonb, 'open', ${status})`);
  await db.execute(sql`insert into consultation_options (consultation_id, key, position, title) values
    (${id}, 'r1', 0, ${title}::jsonb), (${id}, 'r2', 1, ${title}::jsonb)`);
  for (const p of people) {
    const hash = sha256(`${id}:${p.contact}`);
    await db.execute(sql`insert into verifications (consultation_id, contact_hash, code_hash, expires_at, sent_count, verified_at)
      values (${id}, ${hash}, ${sha256(`${hash}:123456`)}, ${MOMENT}::timestamptz + interval '10 minutes', ${p.sent ?? 1}, ${p.verified ? MOMENT : null}::timestamptz)`);
    if (p.verified) await db.execute(sql`insert into invitations (consultation_id, token_hash, created_at) values (${id}, ${sha256(randomUUID())}, ${MOMENT})`);
  }
  return id;
}

let rowsOf: <T>(query: SQL) => Promise<T[]>;

describe.each(storageKinds)('upgrading verifications made by the previous release on %s', (kind) => {
  let database: Database;
  let open: string;
  let published: string;
  beforeAll(async () => {
    database = await databaseBefore(THIS_CHANGE, kind);
    open = await oldConsultation(database.db, 'open', [
      { contact: '0912345678', verified: true },
      { contact: 'voter+1@x.vn', verified: true },
      { contact: 'lan@x.vn', verified: true },
      { contact: 'mai@x.vn', verified: false, sent: 2 },
    ]);
    published = await oldConsultation(database.db, 'published', [{ contact: '0987654321', verified: true }]);
    await migrateDatabase(database);
    rowsOf = async <T>(query: SQL) => ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;
  });
  afterAll(() => database?.close());

  it('keeps every row, marked legacy, with only the day of verification and of the invitation', async () => {
    const rows = await rowsOf<Record<string, unknown>>(sql`select consultation_id as c, legacy, verified_at as "verifiedAt", expires_at as "expiresAt", code_hash as "codeHash" from verifications`);
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.legacy === true)).toBe(true);
    const verified = rows.filter((r) => r.verifiedAt !== null);
    expect(verified).toHaveLength(4);
    for (const r of verified) {
      expect(new Date(r.verifiedAt as string).toISOString()).toBe('2026-11-15T00:00:00.000Z');
      expect(new Date(r.expiresAt as string).toISOString()).toBe('2026-11-15T00:00:00.000Z');
      expect(r.codeHash).toBe('');
    }
    const invited = await rowsOf<{ createdAt: string }>(sql`select created_at as "createdAt" from invitations`);
    expect(invited.map((r) => new Date(r.createdAt).toISOString())).toEqual(Array(4).fill('2026-11-15T00:00:00.000Z'));
  });

  it('forgets the contact hashes of published consultations, which can never verify anyone again', async () => {
    const hashes = await rowsOf<{ h: string }>(sql`select contact_hash as h from verifications where consultation_id = ${published}`);
    expect(hashes).toHaveLength(1);
    expect(hashes[0].h).not.toBe(sha256(`${published}:0987654321`));
  });

  it('still refuses people verified before the upgrade, by any spelling the old hash can be matched by', async () => {
    const t = await loggedApp(database);
    try {
      for (const contact of ['+84 912 345 678', 'Voter+1@X.vn', 'lan+hop@x.vn']) {
        const refused = await t.post(`/api/consultations/${open}/verification`, { contact });
        expect(refused.json().error?.code, contact).toBe('verify.already_voted');
      }
      const pending = await t.verify(open, 'mai@x.vn');
      expect(pending.statusCode).toBe(201);
      const rows = await rowsOf<{ legacy: boolean; sent: number }>(sql`select legacy, sent_count as sent from verifications where consultation_id = ${open} order by legacy`);
      expect(rows.map((r) => [r.legacy, r.sent])).toEqual([[false, 3], [true, 1], [true, 1], [true, 1]]);
      const detail = (await t.app.inject({ method: 'GET', url: `/api/consultations/${open}`, headers: adminHeaders })).json();
      expect(detail.duplicateVerifications).toBe(3);
    } finally {
      await t.app.close();
    }
  });
});

// Open consultations, issue 11 finding 2: one ballot per phone or mailbox however it is written,
// contacts kept only as keyed hashes, and verification rows that share no moment with invitations.
import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Database } from '../../src/db/connection';
import type { App } from '../../src/modules/module';
import { adminHeaders } from '../helpers/app';
import { castBallot, clusterConferenceSpec, openConsultation } from '../helpers/consultation';
import { describeApp } from '../helpers/http';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const openSpec = clusterConferenceSpec({ access: 'open' });
const duplicatesOf = async (app: App, id: string) => (await app.inject({ method: 'GET', url: `/api/consultations/${id}`, headers: adminHeaders })).json();

describeApp('one person, one ballot in open consultations', { log: {} }, (t) => {
  it('gives voter+1@x.vn a ballot and refuses voter+2@x.vn and Voter@x.vn as the same mailbox, counting both', async () => {
    const { id } = await openConsultation(t.app, openSpec, { count: 0 });
    const first = await t.log.verify(id, 'voter+1@x.vn');
    expect(first.statusCode).toBe(201);
    expect((await castBallot(t.app, id, { token: first.json().token, approve: ['r1', 'r2'] })).statusCode).toBe(201);
    for (const again of ['voter+2@x.vn', 'Voter@x.vn']) {
      const refused = await t.log.post(`/api/consultations/${id}/verification`, { contact: again });
      expect(refused.statusCode, again).toBe(409);
      expect(refused.json().error).toMatchObject({ code: 'verify.already_voted' });
      expect(refused.json().error.vi).toContain('đã được xác minh');
      expect(refused.json().error.en).toContain('+tag');
    }
    const detail = await duplicatesOf(t.app, id);
    expect(detail.ballots).toBe(1);
    expect(detail.duplicateVerifications).toBe(2);
  });

  it('counts Gmail dot and googlemail.com spellings as one mailbox, but not dots elsewhere', async () => {
    const { id } = await openConsultation(t.app, openSpec, { count: 0 });
    expect((await t.log.verify(id, 'v.oter@gmail.com')).statusCode).toBe(201);
    expect((await t.log.post(`/api/consultations/${id}/verification`, { contact: 'voter@googlemail.com' })).statusCode).toBe(409);
    expect((await t.log.post(`/api/consultations/${id}/verification`, { contact: 'VOTER+x@gmail.com' })).statusCode).toBe(409);
    expect((await t.log.verify(id, 'v.oter@x.vn')).statusCode).toBe(201);
    expect((await t.log.verify(id, 'voter@x.vn')).statusCode).toBe(201);
    expect((await duplicatesOf(t.app, id)).duplicateVerifications).toBe(2);
  });

  it('counts every way of writing one mobile number as one, and refuses what is not a Vietnamese mobile number', async () => {
    const { id } = await openConsultation(t.app, openSpec, { count: 0 });
    expect((await t.log.verify(id, '0912345678')).statusCode).toBe(201);
    for (const again of ['+84 912 345 678', '84912345678', '(+84) 91-234-5678']) {
      expect((await t.log.post(`/api/consultations/${id}/verification`, { contact: again })).json().error.code, again).toBe('verify.already_voted');
    }
    const landline = await t.log.post(`/api/consultations/${id}/verification`, { contact: '024 3825 1234' });
    expect(landline.statusCode).toBe(400);
    expect(landline.json().error).toMatchObject({ code: 'verify.bad_phone' });
    expect(landline.json().error.vi).toContain('không phải số di động Việt Nam');
    expect(landline.json().error.en).toContain('not a Vietnamese mobile number');
    expect((await duplicatesOf(t.app, id)).duplicateVerifications).toBe(3);
  });

  it('keeps no plain SHA-256 of a contact, no contact in clear, and no moment shared by a verification and an invitation', async () => {
    const { id } = await openConsultation(t.app, openSpec, { count: 0 });
    const contacts = { 'Lan.Nguyen+hop@CanTho.gov.vn': 'lan.nguyen@cantho.gov.vn', '0987 654 321': '+84987654321' };
    for (const contact of Object.keys(contacts)) expect((await t.log.verify(id, contact)).statusCode).toBe(201);
    const forms = Object.entries(contacts).flatMap(([typed, canonical]) => [typed, typed.toLowerCase(), canonical, '0987654321']);
    const hashes = forms.flatMap((f) => [sha256(f), sha256(`${id}:${f}`)]);
    const everything = await everyRow(t.database);
    for (const secret of [...forms, ...hashes]) expect(everything, secret).not.toContain(secret);

    const stamps = await rowsOf<Record<string, unknown>>(t.database, sql`
      select v.verified_at as "verifiedAt", v.expires_at as "expiresAt", i.created_at as "createdAt"
      from verifications v join invitations i using (consultation_id) where v.consultation_id = ${id}`);
    const midnight = (d: unknown) => new Date(d as string).toISOString().endsWith('T00:00:00.000Z');
    expect(stamps.length).toBe(4);
    for (const row of stamps) expect([row.verifiedAt, row.expiresAt, row.createdAt].every(midnight), JSON.stringify(row)).toBe(true);
  });
});

/** Every row of every table in the public schema, as text, to search for what must not be stored. */
async function everyRow(database: Database): Promise<string> {
  const tables = await rowsOf<{ name: string }>(database, sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`);
  const texts: string[] = [];
  for (const { name } of tables) texts.push(...(await rowsOf<{ row: string }>(database, sql.raw(`select t::text as row from "${name}" t`))).map((r) => r.row));
  return texts.join('\n');
}

const rowsOf = async <T>(database: Database, query: SQL) => ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;

// The storage contract: the same cases against the embedded database (PGlite) and a PostgreSQL
// server, so that what holds on a laptop holds in production.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq, sql } from 'drizzle-orm';
import type { Database } from '../../src/db/connection';
import { migrateDatabase } from '../../src/db/migrate';
import { queryRows } from '../../src/db/rows';
import type { Actor } from '../../src/http/actor';
import { AppError } from '../../src/http/errors';
import { createOrganisation, createUser, grantRole } from '../../src/modules/accounts/account.service';
import { organisations, roleGrants, users } from '../../src/modules/accounts/account.table';
import { auditLog } from '../../src/modules/audit/audit.table';
import { createSpace, findSpace } from '../../src/modules/spaces/space.service';
import { spacePhases, spaces } from '../../src/modules/spaces/space.table';
import { spaceBody } from '../helpers/app';
import { openTestDatabase, storageKinds } from '../helpers/database';

const actor: Actor = { userId: null, label: 'contract test', platformRole: 'administrator', spaceRoles: new Map(), via: 'admin-token' };
const now = new Date('2026-03-15T03:04:05.678Z');

describe.each(storageKinds)('storage contract on %s', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database?.close());
  const auditCount = async () => (await database.db.select({ n: count() }).from(auditLog))[0].n;

  it('applies migrations again without change', async () => {
    const tables = sql`select count(*)::int as n from information_schema.tables where table_schema = 'public'`;
    const before = await queryRows(database.db, tables);
    await migrateDatabase(database);
    expect(await queryRows(database.db, tables)).toEqual(before);
  });

  it('keeps Vietnamese text exactly, diacritics and all', async () => {
    const name = { vi: 'Sở Tài nguyên và Môi trường Đồng Tháp', en: 'Đồng Tháp environment department' };
    const org = await createOrganisation(database.db, actor, { slug: 'dong-thap-tnmt', name, kind: 'department' }, now);
    const [row] = await database.db.select().from(organisations).where(eq(organisations.id, org.id));
    expect(row.name).toEqual(name);
    expect(row.name.vi.normalize('NFC')).toBe(row.name.vi);
    expect(row.createdAt.toISOString()).toBe(now.toISOString());
  });

  it('finds names without diacritics through unaccent (đ folds to d)', async () => {
    const found = await database.db
      .select({ slug: organisations.slug })
      .from(organisations)
      .where(sql`unaccent(lower(${organisations.name}->>'vi')) like ${'%dong thap%'}`);
    expect(found.map((r) => r.slug)).toContain('dong-thap-tnmt');
  });

  it('refuses a second account for the same e-mail in other letter case, and writes no audit for it', async () => {
    await createUser(database.db, actor, { email: 'Lan@Example.vn', displayName: 'Lan' }, now);
    const audits = await auditCount();
    const second = createUser(database.db, actor, { email: 'lan@example.VN', displayName: 'Lan 2' }, now);
    await expect(second).rejects.toBeInstanceOf(AppError);
    await expect(second).rejects.toMatchObject({ status: 409, code: 'user.email_taken' });
    expect(await auditCount()).toBe(audits);
  });

  it('rolls back a change and its audit record together', async () => {
    const audits = await auditCount();
    const failing = database.db.transaction(async (tx) => {
      await createOrganisation(tx, actor, { slug: 'rolled-back', name: { vi: 'Bỏ', en: 'Gone' }, kind: 'other' }, now);
      throw new Error('failure after the change');
    });
    await expect(failing).rejects.toThrow('failure after the change');
    expect(await database.db.select().from(organisations).where(eq(organisations.slug, 'rolled-back'))).toEqual([]);
    expect(await auditCount()).toBe(audits);
  });

  it('writes who, what, when, before and after for every change', async () => {
    const space = await createSpace(database.db, actor, { ...spaceBody('audit-me'), locality: null, illustrative: false } as never, now);
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.entityId, space.id));
    expect(entry).toMatchObject({ action: 'space.create', actorLabel: 'contract test', spaceId: space.id, before: null });
    expect(entry.at.toISOString()).toBe(now.toISOString());
    expect((entry.after as { slug: string }).slug).toBe('audit-me');
  });

  it('holds one role per person per space, even when granted twice at once', async () => {
    const user = await createUser(database.db, actor, { email: 'grant@example.vn', displayName: 'Grant' }, now);
    const space = await createSpace(database.db, actor, { ...spaceBody('grants'), locality: null, illustrative: false } as never, now);
    await Promise.all([
      grantRole(database.db, actor, { userId: user.id, spaceId: space.id, role: 'official' }, now),
      grantRole(database.db, actor, { userId: user.id, spaceId: space.id, role: 'observer' }, now),
      grantRole(database.db, actor, { userId: user.id, spaceId: null, role: 'facilitator' }, now),
      grantRole(database.db, actor, { userId: user.id, spaceId: null, role: 'administrator' }, now),
    ]);
    const grants = await database.db.select().from(roleGrants).where(eq(roleGrants.userId, user.id));
    expect(grants.filter((g) => g.spaceId === space.id)).toHaveLength(1);
    expect(grants.filter((g) => g.spaceId === null)).toHaveLength(1);
  });

  it('removes a space with its phases and role grants', async () => {
    const space = await createSpace(database.db, actor, { ...spaceBody('to-delete'), locality: null, illustrative: false } as never, now);
    const user = await createUser(database.db, actor, { email: 'member@example.vn', displayName: 'M' }, now);
    await grantRole(database.db, actor, { userId: user.id, spaceId: space.id, role: 'delegate' }, now);
    expect((await findSpace(database.db, space.id)).phases).toHaveLength(1);
    await database.db.delete(spaces).where(eq(spaces.id, space.id));
    expect(await database.db.select().from(spacePhases).where(eq(spacePhases.spaceId, space.id))).toEqual([]);
    expect(await database.db.select().from(roleGrants).where(eq(roleGrants.spaceId, space.id))).toEqual([]);
    expect(await database.db.select().from(users).where(eq(users.id, user.id))).toHaveLength(1);
  });
});

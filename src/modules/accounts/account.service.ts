// Organisations, users and role grants: each change is audited in its own transaction.
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { isUniqueViolation } from '../../db/errors';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { recordAudit } from '../audit';
import type { Role } from '../../core/accounts/roles';
import { apiTokens, organisations, roleGrants, users, type Localized, organisationKinds } from './account.table';
import { hashPassword, newSecret, passwordMatches, sha256 } from './secrets';

export type NewOrganisation = { slug: string; name: Localized; kind: (typeof organisationKinds)[number] };
export type NewUser = { email: string; displayName: string; password?: string; organisationId?: string | null };

export async function createOrganisation(db: Db, actor: Actor, input: NewOrganisation, now: Date) {
  try {
    return await db.transaction(async (tx) => {
      const [org] = await tx.insert(organisations).values({ ...input, createdAt: now }).returning();
      await recordAudit(tx, actor, { action: 'organisation.create', entityType: 'organisation', entityId: org.id, after: org }, now);
      return org;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw AppError.of(409, 'organisation.slug_taken', { slug: input.slug });
    throw err;
  }
}

export async function createUser(db: Db, actor: Actor, input: NewUser, now: Date) {
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ email: input.email.trim(), displayName: input.displayName, passwordHash, organisationId: input.organisationId ?? null, createdAt: now })
        .returning();
      const { passwordHash: _hidden, ...visible } = user;
      await recordAudit(tx, actor, { action: 'user.create', entityType: 'user', entityId: user.id, after: visible }, now);
      return visible;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw AppError.of(409, 'user.email_taken', { email: input.email });
    throw err;
  }
}

/** Gives a person one role in a space (or platform-wide when spaceId is null), replacing any earlier one. */
export async function grantRole(db: Db, actor: Actor, grant: { userId: string; spaceId: string | null; role: Role }, now: Date) {
  await db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, grant.userId));
    if (!user) throw AppError.of(404, 'user.not_found');
    const [before] = await tx.select({ role: roleGrants.role }).from(roleGrants).where(grantOf(grant.userId, grant.spaceId));
    // An upsert, so that two people granting at once end with one role, not a unique-key error.
    const scoped = grant.spaceId !== null;
    await tx
      .insert(roleGrants)
      .values({ ...grant, createdAt: now })
      .onConflictDoUpdate({
        target: scoped ? [roleGrants.userId, roleGrants.spaceId] : [roleGrants.userId],
        targetWhere: scoped ? sql`space_id is not null` : sql`space_id is null`,
        set: { role: grant.role, createdAt: now },
      });
    await recordAudit(tx, actor, { action: 'role.grant', entityType: 'user', entityId: grant.userId, spaceId: grant.spaceId, before: before ?? null, after: grant }, now);
  });
}

export async function revokeRole(db: Db, actor: Actor, userId: string, spaceId: string | null, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const before = await removeGrant(tx, userId, spaceId);
    if (before) await recordAudit(tx, actor, { action: 'role.revoke', entityType: 'user', entityId: userId, spaceId, before }, now);
    return before !== null;
  });
}

const grantOf = (userId: string, spaceId: string | null) =>
  and(eq(roleGrants.userId, userId), spaceId ? eq(roleGrants.spaceId, spaceId) : isNull(roleGrants.spaceId));

async function removeGrant(tx: Db, userId: string, spaceId: string | null) {
  const [removed] = await tx
    .delete(roleGrants)
    .where(grantOf(userId, spaceId))
    .returning({ userId: roleGrants.userId, spaceId: roleGrants.spaceId, role: roleGrants.role });
  return removed ?? null;
}

/** The user whose email and password match, or null. */
export async function checkPassword(db: Db, email: string, password: string) {
  const [user] = await db.select().from(users).where(and(eq(sql`lower(${users.email})`, email.trim().toLowerCase()), eq(users.active, true)));
  const ok = await passwordMatches(user?.passwordHash ?? null, password);
  return ok && user ? user : null;
}

export async function createApiToken(db: Db, actor: Actor & { userId: string }, input: { name: string; expiresInDays: number }, now: Date) {
  const token = newSecret('dt_');
  const { name } = input;
  const expiresAt = new Date(now.getTime() + input.expiresInDays * 86_400_000);
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(apiTokens).values({ userId: actor.userId, name, tokenHash: sha256(token), createdAt: now, expiresAt }).returning({ id: apiTokens.id });
    await recordAudit(tx, actor, { action: 'token.create', entityType: 'api_token', entityId: row.id, after: { name, expiresAt } }, now);
    return { id: row.id, name, token, expiresAt };
  });
}

const tokenFields = { id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt, expiresAt: apiTokens.expiresAt, revokedAt: apiTokens.revokedAt };

/** A person's tokens, newest first, without their secrets (only hashes are kept anyway). */
export const listApiTokens = (db: Db, userId: string) =>
  db.select(tokenFields).from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.createdAt));

/** Revokes one of the caller's own tokens; a token of someone else is "not found" to them. */
export async function revokeApiToken(db: Db, actor: Actor & { userId: string }, id: string, now: Date) {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, actor.userId), isNull(apiTokens.revokedAt)))
      .returning(tokenFields);
    if (!row) throw AppError.of(404, 'token.not_found');
    await recordAudit(tx, actor, { action: 'token.revoke', entityType: 'api_token', entityId: id, before: { name: row.name }, after: { revokedAt: now } }, now);
  });
}

export async function findUser(db: Db, userId: string) {
  const [row] = await db
    .select({ id: users.id, email: users.email, displayName: users.displayName, organisation: { id: organisations.id, name: organisations.name } })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, userId));
  return row ?? null;
}

export const listOrganisations = (db: Db) => db.select().from(organisations).orderBy(asc(organisations.slug));

export const listUsers = (db: Db) =>
  db
    .select({ id: users.id, email: users.email, displayName: users.displayName, organisationId: users.organisationId, active: users.active })
    .from(users)
    .orderBy(asc(users.email));

// What other modules read about organisations and people: names, slugs, who to write to.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Role } from '../../core/accounts/roles';
import type { Db } from '../../db/connection';
import { organisations, roleGrants, users, type Localized } from './account.table';

/** The named organisations that exist, each with its name; unknown ids are left out. */
export async function organisationNames(db: Db, ids: string[]): Promise<Map<string, Localized>> {
  if (!ids.length) return new Map();
  const rows = await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Every organisation's slug by id (import and export files name agencies by slug). */
export async function organisationSlugs(db: Db): Promise<Map<string, string>> {
  const rows = await db.select({ id: organisations.id, slug: organisations.slug }).from(organisations);
  return new Map(rows.map((o) => [o.id, o.slug]));
}

/** The organisation a person belongs to, if any. */
export async function organisationOf(db: Db, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const [row] = await db.select({ organisationId: users.organisationId }).from(users).where(eq(users.id, userId));
  return row?.organisationId ?? null;
}

/** The active people of one organisation who hold a role in a space: whom a reminder goes to. */
export async function memberEmails(db: Db, organisationId: string, spaceId: string): Promise<string[]> {
  const rows = await db
    .select({ email: users.email })
    .from(users)
    .innerJoin(roleGrants, eq(roleGrants.userId, users.id))
    .where(and(eq(users.organisationId, organisationId), eq(users.active, true), eq(roleGrants.spaceId, spaceId)));
  return rows.map((r) => r.email);
}

/** A person's id and display name by email (the demo signs officials' answers in their names). */
export async function userByEmail(db: Db, email: string): Promise<{ id: string; name: string } | null> {
  const [row] = await db.select({ id: users.id, name: users.displayName }).from(users).where(eq(users.email, email));
  return row ?? null;
}

/** The people who hold a role in a space, with their organisation, by role and name. */
export function spaceMembers(db: Db, spaceId: string) {
  return db
    .select({
      userId: users.id,
      displayName: users.displayName,
      email: users.email,
      organisation: { id: organisations.id, name: organisations.name },
      role: roleGrants.role,
    })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(roleGrants.spaceId, spaceId))
    .orderBy(asc(roleGrants.role), asc(users.displayName));
}

/** A role written inside the caller's transaction, which audits the change it belongs to (a new space's facilitator). */
export async function insertRoleGrant(tx: Db, grant: { userId: string; spaceId: string; role: Role }, now: Date): Promise<void> {
  await tx.insert(roleGrants).values({ ...grant, createdAt: now });
}

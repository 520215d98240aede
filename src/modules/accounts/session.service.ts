// Sessions and tokens → the Actor a request acts as.
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import type { Role } from '../../core/accounts/roles';
import { recordAudit } from '../audit';
import { apiTokens, roleGrants, sessions, users } from './account.table';
import { newSecret, sha256 } from './secrets';

export async function createSession(db: Db, userId: string, now: Date, hours: number) {
  const token = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(now.getTime() + hours * 3_600_000);
  await db.insert(sessions).values({ tokenHash: sha256(token), userId, csrfToken, createdAt: now, expiresAt });
  return { token, csrfToken, expiresAt };
}

/** A session for someone whose password was just checked, audited (with the address) in the same transaction. */
export function signIn(db: Db, user: { id: string; email: string }, from: { ip: string; hours: number }, now: Date) {
  return db.transaction(async (tx) => {
    const session = await createSession(tx, user.id, now, from.hours);
    const actor: Actor = { userId: user.id, label: user.email, platformRole: null, spaceRoles: new Map(), via: 'session' };
    await recordAudit(tx, actor, { action: 'session.create', entityType: 'user', entityId: user.id, after: { ip: from.ip } }, now);
    return session;
  });
}

export async function endSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, sha256(token)));
}

export async function actorFromSession(db: Db, token: string, now: Date): Promise<Actor | null> {
  const [row] = await db
    .select({ userId: users.id, label: users.email, csrfToken: sessions.csrfToken })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, sha256(token)), gt(sessions.expiresAt, now), eq(users.active, true)));
  return row ? actorFromUser(db, row.userId, { label: row.label, via: 'session', csrfToken: row.csrfToken }) : null;
}

export async function actorFromApiToken(db: Db, token: string, now: Date): Promise<Actor | null> {
  const [row] = await db
    .select({ userId: users.id, label: users.email })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, sha256(token)), isNull(apiTokens.revokedAt), gt(apiTokens.expiresAt, now), eq(users.active, true)));
  return row ? actorFromUser(db, row.userId, { label: row.label, via: 'token' }) : null;
}

/** The user's roles, platform-wide and per space, as an Actor. */
export async function actorFromUser(
  db: Db,
  userId: string,
  { label = '', via = 'session', csrfToken }: { label?: string; via?: Actor['via']; csrfToken?: string } = {},
): Promise<Actor> {
  const grants = await db.select({ spaceId: roleGrants.spaceId, role: roleGrants.role }).from(roleGrants).where(eq(roleGrants.userId, userId));
  let platformRole: Role | null = null;
  const spaceRoles = new Map<string, Role>();
  for (const g of grants) {
    if (g.spaceId === null) platformRole = g.role;
    else spaceRoles.set(g.spaceId, g.role);
  }
  return { userId, label, platformRole, spaceRoles, via, csrfToken };
}

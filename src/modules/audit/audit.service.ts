// Every change writes its audit record through here, inside the same transaction as the change,
// so a change without its record (or a record without its change) cannot exist.
import { and, desc, eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { auditLog } from './audit.table';

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string;
  spaceId?: string | null;
  before?: unknown;
  after?: unknown;
};

export async function recordAudit(tx: Db, actor: Actor, entry: AuditEntry, at: Date): Promise<void> {
  await tx.insert(auditLog).values({
    at,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    spaceId: entry.spaceId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

export async function listAudit(db: Db, filter: { spaceId?: string; beforeId?: number; limit: number }) {
  const where = and(
    filter.spaceId ? eq(auditLog.spaceId, filter.spaceId) : undefined,
    filter.beforeId ? lt(auditLog.id, filter.beforeId) : undefined,
  );
  return db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(filter.limit);
}

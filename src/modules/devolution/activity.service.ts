// The inventory of a devolution space: activities listed, added, changed, removed (a coordinator or the
// unit's official; the route checks who), or replaced whole by an import. Each change is checked against
// the whole inventory (core/devolution), audited, and reopens the review of a unit that had signed off.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { inventoryProblems, type Activity } from '../../core/devolution';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { recordAudit } from '../audit';
import type { DevolutionCall } from './devolution.guard';
import { refuseProblems } from './devolution.problems';
import { devolutionActivities, devolutionReviews } from './devolution.table';

type Row = typeof devolutionActivities.$inferSelect;

export function activityOf(row: Row): Activity {
  const { spaceId: _s, position: _p, updatedAt: _u, ...a } = row;
  return a as Activity;
}

export async function listActivities(db: Db, spaceId: string): Promise<Activity[]> {
  const rows = await db.select().from(devolutionActivities).where(eq(devolutionActivities.spaceId, spaceId)).orderBy(asc(devolutionActivities.position));
  return rows.map(activityOf);
}

export function normalised(a: Activity): Activity {
  const nfc = (s: string) => s.normalize('NFC').trim();
  return { ...a, code: nfc(a.code), functionCode: nfc(a.functionCode), functionName: nfc(a.functionName), name: nfc(a.name), legalDocument: nfc(a.legalDocument), legalArticle: nfc(a.legalArticle) };
}

export async function findActivity(db: Db, spaceId: string, code: string): Promise<Activity> {
  const [row] = await db.select().from(devolutionActivities).where(and(eq(devolutionActivities.spaceId, spaceId), eq(devolutionActivities.code, code)));
  if (!row) throw AppError.of(404, 'devolution.activity_not_found', { code });
  return activityOf(row);
}

const FIELDS = ['code', 'sector', 'unit', 'functionCode', 'functionName', 'name', 'kind', 'legalDocument', 'legalArticle', 'level', 'workload', 'staff', 'budget'] as const;
export const sameActivity = (a: Activity, b: Activity) => FIELDS.every((f) => a[f] === b[f]);

const unitKeys = (call: DevolutionCall) => call.units.map((u) => u.key);

/** A unit's review that had been signed off goes back to "in review" when its functions change. */
export async function reopenReviews(tx: Db, actor: Actor, spaceId: string, units: readonly string[], now: Date) {
  if (units.length === 0) return;
  const where = and(eq(devolutionReviews.spaceId, spaceId), inArray(devolutionReviews.unitKey, [...new Set(units)]), eq(devolutionReviews.status, 'signed-off'));
  const reopened = await tx.update(devolutionReviews).set({ status: 'in-review', signedOffBy: null, signedOffAt: null, updatedAt: now }).where(where).returning();
  for (const r of reopened) await recordAudit(tx, actor, { action: 'devolution.review.reopened', entityType: 'devolution_review', entityId: r.unitKey, spaceId, before: { status: 'signed-off' }, after: { status: r.status } }, now);
}

/** Adds (before = null) or changes an activity; the code may change. */
export async function saveActivity(db: Db, call: DevolutionCall, before: Activity | null, input: Activity, now: Date): Promise<Activity> {
  const activity = normalised(input);
  const spaceId = call.space.id;
  return db.transaction(async (tx) => {
    const current = await listActivities(tx, spaceId);
    const others = current.filter((a) => a.code !== before?.code);
    if (others.some((a) => a.code === activity.code)) throw AppError.of(409, 'devolution.code_twice', { code: activity.code });
    refuseProblems(inventoryProblems([...others, activity], { units: unitKeys(call) }));
    const position = before ? undefined : current.length;
    if (before) {
      const where = and(eq(devolutionActivities.spaceId, spaceId), eq(devolutionActivities.code, before.code));
      await tx.update(devolutionActivities).set({ ...activity, updatedAt: now }).where(where);
    } else {
      await tx.insert(devolutionActivities).values({ ...activity, spaceId, position: position!, updatedAt: now });
    }
    await recordAudit(tx, call.actor, { action: `devolution.activity.${before ? 'changed' : 'added'}`, entityType: 'devolution_activity', entityId: activity.code, spaceId, before, after: activity }, now);
    await reopenReviews(tx, call.actor, spaceId, [activity.unit, ...(before ? [before.unit] : [])], now);
    return activity;
  });
}

export async function removeActivity(db: Db, call: DevolutionCall, before: Activity, now: Date) {
  await db.transaction(async (tx) => {
    await tx.delete(devolutionActivities).where(and(eq(devolutionActivities.spaceId, call.space.id), eq(devolutionActivities.code, before.code)));
    await recordAudit(tx, call.actor, { action: 'devolution.activity.removed', entityType: 'devolution_activity', entityId: before.code, spaceId: call.space.id, before, after: null }, now);
    await reopenReviews(tx, call.actor, call.space.id, [before.unit], now);
  });
}

/** Replaces the whole inventory (an import, already checked); what did not change is left alone. */
export async function replaceInventory(db: Db, call: DevolutionCall, activities: readonly Activity[], now: Date): Promise<{ added: number; changed: number; removed: number }> {
  const spaceId = call.space.id;
  refuseProblems(inventoryProblems(activities.map(normalised), { units: unitKeys(call) }));
  return db.transaction(async (tx) => {
    const stored = await listActivities(tx, spaceId);
    const current = new Map(stored.map((a) => [a.code, a]));
    const start = stored.length;
    const next = activities.map(normalised);
    const changedUnits: string[] = [];
    let added = 0;
    let changed = 0;
    for (const [i, a] of next.entries()) {
      const before = current.get(a.code);
      current.delete(a.code);
      // an activity keeps its place (the workbook groups rows by sector); a new one goes after the others
      if (before && sameActivity(before, a)) continue;
      if (before) {
        changed += 1;
        await tx.update(devolutionActivities).set({ ...a, updatedAt: now }).where(and(eq(devolutionActivities.spaceId, spaceId), eq(devolutionActivities.code, a.code)));
        changedUnits.push(before.unit);
      } else {
        added += 1;
        await tx.insert(devolutionActivities).values({ ...a, spaceId, position: start + i, updatedAt: now });
      }
      changedUnits.push(a.unit);
      await recordAudit(tx, call.actor, { action: `devolution.activity.${before ? 'changed' : 'added'}`, entityType: 'devolution_activity', entityId: a.code, spaceId, before: before ?? null, after: a }, now);
    }
    for (const gone of current.values()) {
      await tx.delete(devolutionActivities).where(and(eq(devolutionActivities.spaceId, spaceId), eq(devolutionActivities.code, gone.code)));
      await recordAudit(tx, call.actor, { action: 'devolution.activity.removed', entityType: 'devolution_activity', entityId: gone.code, spaceId, before: gone, after: null }, now);
      changedUnits.push(gone.unit);
    }
    await reopenReviews(tx, call.actor, spaceId, changedUnits, now);
    return { added, changed, removed: current.size };
  });
}

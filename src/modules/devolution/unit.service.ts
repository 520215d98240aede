// A devolution space's units and the officials bound to them. Every change audited.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { spaceMembers } from '../accounts';
import { recordAudit } from '../audit';
import { devolutionActivities, devolutionOfficials, devolutionUnits, type DevolutionText } from './devolution.table';

export type Unit = typeof devolutionUnits.$inferSelect;
export type UnitInput = { key: string; name: DevolutionText; kind: Unit['kind']; focal: boolean };

export async function loadUnits(db: Db, spaceId: string, userId: string | null) {
  const units = await db.select().from(devolutionUnits).where(eq(devolutionUnits.spaceId, spaceId)).orderBy(asc(devolutionUnits.position));
  const [bound] = userId ? await db.select().from(devolutionOfficials).where(and(eq(devolutionOfficials.spaceId, spaceId), eq(devolutionOfficials.userId, userId))) : [];
  return { units, boundUnit: bound?.unitKey ?? null, focalUnit: units.find((u) => u.focal)?.key ?? null };
}

export const listOfficials = (db: Db, spaceId: string) => db.select().from(devolutionOfficials).where(eq(devolutionOfficials.spaceId, spaceId));

/** Replaces the units; one still holding activities or officials may not leave; at most one focal unit. */
export async function setUnits(db: Db, actor: Actor, spaceId: string, units: UnitInput[], now: Date) {
  const keys = units.map((u) => u.key);
  const twice = keys.find((k, i) => keys.indexOf(k) !== i);
  if (twice) throw AppError.of(400, 'devolution.unit_twice', { unit: twice });
  if (units.filter((u) => u.focal).length > 1) throw AppError.of(400, 'devolution.focal_twice');
  return db.transaction(async (tx) => {
    const held = await tx.selectDistinct({ unit: devolutionActivities.unit }).from(devolutionActivities).where(eq(devolutionActivities.spaceId, spaceId));
    const bound = await tx.select({ unit: devolutionOfficials.unitKey }).from(devolutionOfficials).where(eq(devolutionOfficials.spaceId, spaceId));
    const left = [...held, ...bound].map((r) => r.unit).find((u) => !keys.includes(u));
    if (left) throw AppError.of(409, 'devolution.unit_in_use', { unit: left });
    const before = await tx.select().from(devolutionUnits).where(eq(devolutionUnits.spaceId, spaceId));
    await tx.delete(devolutionUnits).where(eq(devolutionUnits.spaceId, spaceId));
    const rows = units.map((u, i) => ({ spaceId, key: u.key, name: { vi: u.name.vi.normalize('NFC'), en: u.name.en?.normalize('NFC') ?? null }, kind: u.kind, focal: u.focal, position: i }));
    if (rows.length) await tx.insert(devolutionUnits).values(rows);
    await recordAudit(tx, actor, { action: 'devolution.units.set', entityType: 'devolution_units', entityId: spaceId, spaceId, before, after: rows }, now);
    return rows;
  });
}

/** Binds an official of the space to one unit (null unbinds). */
export async function setOfficial(db: Db, actor: Actor, spaceId: string, units: readonly Unit[], userId: string, unitKey: string | null, now: Date) {
  const member = (await spaceMembers(db, spaceId)).find((m) => m.userId === userId);
  if (!member || member.role !== 'official') throw AppError.of(400, 'linkage.not_official');
  if (unitKey !== null && !units.some((u) => u.key === unitKey)) throw AppError.of(400, 'devolution.unknown_unit', { unit: unitKey });
  return db.transaction(async (tx) => {
    const where = and(eq(devolutionOfficials.spaceId, spaceId), eq(devolutionOfficials.userId, userId));
    const [before] = await tx.select().from(devolutionOfficials).where(where);
    await tx.delete(devolutionOfficials).where(where);
    if (unitKey) await tx.insert(devolutionOfficials).values({ spaceId, userId, unitKey });
    await recordAudit(tx, actor, { action: 'devolution.official.set', entityType: 'devolution_official', entityId: userId, spaceId, before: before ?? null, after: unitKey ? { userId, unitKey } : null }, now);
  });
}

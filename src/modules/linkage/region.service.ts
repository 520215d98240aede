// A region's member localities and its officials' bindings. Every change audited.
import { and, eq } from 'drizzle-orm';
import { localityById } from '../../core/localities';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { spaceMembers } from '../accounts';
import { recordAudit } from '../audit';
import { linkageAgreements, linkageIntents, linkageOfficials, linkageRegions } from './linkage.table';

export async function loadRegion(db: Db, spaceId: string, userId: string | null) {
  const [region] = await db.select().from(linkageRegions).where(eq(linkageRegions.spaceId, spaceId));
  const [bound] = userId ? await db.select().from(linkageOfficials).where(and(eq(linkageOfficials.spaceId, spaceId), eq(linkageOfficials.userId, userId))) : [];
  return { localities: region?.localities ?? [], boundLocality: bound?.localityId ?? null };
}

export const listOfficials = (db: Db, spaceId: string) => db.select().from(linkageOfficials).where(eq(linkageOfficials.spaceId, spaceId));

/** A locality the platform knows, or the 400 that names it. */
export function knownLocality(id: string) {
  const unit = localityById(id);
  if (!unit) throw AppError.of(400, 'linkage.unknown_locality', { id });
  return unit;
}

/** A member locality of the region, or the 400 that names it. */
export function memberLocality(localities: readonly string[], id: string) {
  const unit = knownLocality(id);
  if (!localities.includes(id)) throw AppError.of(400, 'linkage.not_member', { id, name: unit.name });
  return unit;
}

/** The localities the region's offers, needs, agreements and officials name. */
async function localitiesInUse(db: Db, spaceId: string): Promise<Set<string>> {
  const intents = await db.selectDistinct({ id: linkageIntents.localityId }).from(linkageIntents).where(eq(linkageIntents.spaceId, spaceId));
  const agreements = await db.select({ parties: linkageAgreements.parties }).from(linkageAgreements).where(eq(linkageAgreements.spaceId, spaceId));
  const officials = await listOfficials(db, spaceId);
  return new Set([...intents.map((i) => i.id), ...agreements.flatMap((a) => a.parties), ...officials.map((o) => o.localityId)]);
}

/** Sets the member localities; one still named by an offer, need, agreement or official may not leave. */
export async function setRegion(db: Db, actor: Actor, spaceId: string, localities: string[], now: Date) {
  for (const id of localities) knownLocality(id);
  const unique = [...new Set(localities)];
  const left = [...(await localitiesInUse(db, spaceId))].find((id) => !unique.includes(id));
  if (left) throw AppError.of(409, 'linkage.locality_in_use', { id: left, name: knownLocality(left).name });
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(linkageRegions).where(eq(linkageRegions.spaceId, spaceId));
    const [after] = await tx
      .insert(linkageRegions)
      .values({ spaceId, localities: unique, updatedAt: now })
      .onConflictDoUpdate({ target: linkageRegions.spaceId, set: { localities: unique, updatedAt: now } })
      .returning();
    await recordAudit(tx, actor, { action: 'linkage.region.set', entityType: 'linkage_region', entityId: spaceId, spaceId, before: before ?? null, after }, now);
    return after.localities;
  });
}

/** Binds an official of the space to one member locality (null unbinds). */
export async function setOfficial(db: Db, actor: Actor, spaceId: string, localities: readonly string[], userId: string, localityId: string | null, now: Date) {
  const member = (await spaceMembers(db, spaceId)).find((m) => m.userId === userId);
  if (!member || member.role !== 'official') throw AppError.of(400, 'linkage.not_official');
  if (localityId) memberLocality(localities, localityId);
  return db.transaction(async (tx) => {
    const where = and(eq(linkageOfficials.spaceId, spaceId), eq(linkageOfficials.userId, userId));
    const [before] = await tx.select().from(linkageOfficials).where(where);
    await tx.delete(linkageOfficials).where(where);
    if (localityId) await tx.insert(linkageOfficials).values({ spaceId, userId, localityId });
    await recordAudit(tx, actor, { action: 'linkage.official.set', entityType: 'linkage_official', entityId: userId, spaceId, before: before ?? null, after: localityId ? { userId, localityId } : null }, now);
  });
}

// Offers and needs of a region's localities: listed, added, changed and removed (by a coordinator or the
// locality's official; the route checks who). The locality must be a member of the region and the sector
// one of the fixed list. Every change audited.
import { and, asc, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { indexFramework, indexInfo, type IndexKey } from '../../core/indices';
import { isSector } from '../../core/linkage/sectors';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { recordAudit } from '../audit';
import type { LinkageCall } from './linkage.guard';
import type { intentBody } from './linkage.schema';
import { linkageIntents } from './linkage.table';
import { memberLocality } from './region.service';

export type Intent = typeof linkageIntents.$inferSelect;
type Body = z.infer<typeof intentBody>;

const audit = (tx: Db, actor: Actor, action: string, spaceId: string, id: string, before: unknown, after: unknown, now: Date) =>
  recordAudit(tx, actor, { action: `linkage.intent.${action}`, entityType: 'linkage_intent', entityId: id, spaceId, before, after }, now);

export function checkSector(sector: string) {
  if (!isSector(sector)) throw AppError.of(400, 'linkage.unknown_sector', { sector });
}

export function checkDates(startsOn: string | null, endsOn: string | null) {
  if (startsOn && endsOn && endsOn < startsOn) throw AppError.of(400, 'linkage.dates_order', { start: startsOn, end: endsOn });
}

function rowOf(body: Body) {
  return {
    direction: body.direction,
    localityId: body.localityId,
    sector: body.sector,
    kind: body.kind,
    text: { vi: body.text.vi.normalize('NFC'), en: body.text.en?.normalize('NFC') ?? null },
    size: body.size,
    startsOn: body.startsOn,
    endsOn: body.endsOn,
    evidence: body.evidence,
  };
}

/** The latest edition the check looks at when no year is given. */
const LAST_CHECKED_YEAR = 2024;

/** An index figure the intent may rest on: the headline score or a dimension of that edition (of any edition without a year). */
function checkEvidence(evidence: NonNullable<Body['evidence']>) {
  const { index, indicator, year } = evidence;
  const first = indexInfo(index as IndexKey).firstYear;
  const years = year === null ? Array.from({ length: LAST_CHECKED_YEAR - first + 1 }, (_, k) => first + k) : [year];
  const known = (y: number) => {
    try {
      return indexFramework(index as IndexKey, y).dimensions.some((d) => d.key === indicator);
    } catch {
      return false; // no such edition
    }
  };
  if (indicator !== 'score' && !years.some(known)) throw AppError.of(400, 'linkage.unknown_indicator', { index, indicator, year: year ?? `${first}–${LAST_CHECKED_YEAR}` });
}

/** What is wrong with an intent, before anything is stored. */
export function checkIntent(call: LinkageCall, body: Body) {
  memberLocality(call.localities, body.localityId);
  checkSector(body.sector);
  checkDates(body.startsOn, body.endsOn);
  if (body.evidence) checkEvidence(body.evidence);
}

/** Offers first, then needs; by locality id, then in the order recorded. */
export const listIntents = (db: Db, spaceId: string): Promise<Intent[]> =>
  db.select().from(linkageIntents).where(eq(linkageIntents.spaceId, spaceId)).orderBy(desc(linkageIntents.direction), asc(linkageIntents.localityId), asc(linkageIntents.createdAt), asc(linkageIntents.id));

export async function findIntent(db: Db, spaceId: string, id: string): Promise<Intent> {
  const [row] = await db.select().from(linkageIntents).where(and(eq(linkageIntents.id, id), eq(linkageIntents.spaceId, spaceId)));
  if (!row) throw AppError.of(404, 'linkage.intent_not_found');
  return row;
}

export async function addIntent(db: Db, call: LinkageCall, body: Body, now: Date): Promise<Intent> {
  checkIntent(call, body);
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(linkageIntents).values({ spaceId: call.space.id, ...rowOf(body), createdAt: now, updatedAt: now }).returning();
    await audit(tx, call.actor, 'create', call.space.id, row.id, null, row, now);
    return row;
  });
}

export async function editIntent(db: Db, call: LinkageCall, before: Intent, body: Body, now: Date): Promise<Intent> {
  checkIntent(call, body);
  return db.transaction(async (tx) => {
    const [row] = await tx.update(linkageIntents).set({ ...rowOf(body), updatedAt: now }).where(eq(linkageIntents.id, before.id)).returning();
    await audit(tx, call.actor, 'update', call.space.id, row.id, before, row, now);
    return row;
  });
}

export async function removeIntent(db: Db, call: LinkageCall, before: Intent, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(linkageIntents).where(eq(linkageIntents.id, before.id));
    await audit(tx, call.actor, 'delete', call.space.id, before.id, before, null, now);
  });
}

// Consultations: created from a spec, opened, closed, published; invitations as single-use tokens.
import { asc, eq, sql } from 'drizzle-orm';
import { DEFAULT_MIN_GROUP_SIZE } from '../../core/consultations/withhold';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { newSecret, sha256 } from '../accounts';
import { recordAudit } from '../audit';
import { findSpace } from '../spaces';
import type { ConsultationSpec } from './consultation.schema';
import { consultationOptions, consultations, invitations, type ConsultationStatus } from './consultation.table';

export type Consultation = typeof consultations.$inferSelect;
export type Option = typeof consultationOptions.$inferSelect;

export async function createConsultation(db: Db, actor: Actor, spec: ConsultationSpec, now: Date): Promise<Consultation> {
  return db.transaction(async (tx) => {
    if (spec.spaceId) await findSpace(tx, spec.spaceId);
    const [row] = await tx
      .insert(consultations)
      .values({
        spaceId: spec.spaceId ?? null,
        title: spec.title,
        ballot: spec.ballot,
        groups: spec.groups,
        clusters: spec.clusters,
        access: spec.access,
        illustrative: spec.illustrative,
        minGroupSize: spec.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE,
        createdAt: now,
      })
      .returning();
    await tx.insert(consultationOptions).values(spec.options.map((o, position) => ({ consultationId: row.id, key: o.key, title: o.title, position })));
    await recordAudit(tx, actor, { action: 'consultation.create', entityType: 'consultation', entityId: row.id, spaceId: row.spaceId, after: spec }, now);
    return row;
  });
}

export const listConsultations = (db: Db, spaceId: string) =>
  db.select().from(consultations).where(eq(consultations.spaceId, spaceId)).orderBy(asc(consultations.createdAt));

export async function findConsultation(db: Db, id: string): Promise<{ consultation: Consultation; options: Option[] }> {
  const [consultation] = await db.select().from(consultations).where(eq(consultations.id, id));
  if (!consultation) throw AppError.of(404, 'consultation.not_found');
  const options = await db.select().from(consultationOptions).where(eq(consultationOptions.consultationId, id)).orderBy(asc(consultationOptions.position));
  return { consultation, options };
}

/** Every option of every consultation in a space (what a plan's action may answer), by consultation. */
export const optionKeysInSpace = (db: Db, spaceId: string): Promise<{ consultationId: string; key: string }[]> =>
  db
    .select({ consultationId: consultationOptions.consultationId, key: consultationOptions.key })
    .from(consultationOptions)
    .innerJoin(consultations, eq(consultations.id, consultationOptions.consultationId))
    .where(eq(consultations.spaceId, spaceId));

/** The live view's marker: the ballot count and status, read once a tick. */
export async function ballotMarker(db: Db, id: string) {
  const [row] = await db.select({ ballots: consultations.ballotCount, status: consultations.status }).from(consultations).where(eq(consultations.id, id));
  return row;
}

const transitions: Record<'open' | 'close' | 'publish', { from: ConsultationStatus[]; to: ConsultationStatus; stamp: 'openedAt' | 'closedAt' | 'publishedAt' }> = {
  open: { from: ['draft', 'closed'], to: 'open', stamp: 'openedAt' },
  close: { from: ['open'], to: 'closed', stamp: 'closedAt' },
  publish: { from: ['closed'], to: 'published', stamp: 'publishedAt' },
};

export async function changeStatus(db: Db, actor: Actor, id: string, step: keyof typeof transitions, now: Date): Promise<ConsultationStatus> {
  const { from, to, stamp } = transitions[step];
  return db.transaction(async (tx) => {
    // The row lock orders this change after any batch of ballots being written, and before the next.
    const [row] = await tx.select().from(consultations).where(eq(consultations.id, id)).for('update');
    if (!row) throw AppError.of(404, 'consultation.not_found');
    if (!from.includes(row.status)) throw AppError.of(409, 'consultation.bad_transition', { from: row.status, to });
    await tx.update(consultations).set({ status: to, [stamp]: now }).where(eq(consultations.id, id));
    if (to === 'closed') await rewriteInKeyOrder(tx, id);
    await recordAudit(tx, actor, { action: `consultation.${step}`, entityType: 'consultation', entityId: id, spaceId: row.spaceId, before: { status: row.status }, after: { status: to } }, now);
    return to;
  });
}

/**
 * Rows are stored in the order they were written, and a dump of a table lists them so: at close the
 * consultation's ballots and receipts are written again in key order (random ids, random receipts),
 * so that a copy of the database no longer lines ballots up with the order of casting or with receipts.
 */
async function rewriteInKeyOrder(tx: Db, id: string) {
  await tx.execute(sql`with gone as (delete from ballots where consultation_id = ${id} returning consultation_id, id, choice, "group", cluster)
    insert into ballots (consultation_id, id, choice, "group", cluster) select * from gone order by id`);
  await tx.execute(sql`with gone as (delete from ballot_receipts where consultation_id = ${id} returning consultation_id, receipt)
    insert into ballot_receipts (consultation_id, receipt) select * from gone order by receipt`);
}

/** Makes `count` single-use tokens; only their hashes are stored, so the list is shown once. */
export async function createInvitations(db: Db, actor: Actor, c: Consultation, input: { count: number; group?: string; cluster?: string }, now: Date) {
  if (input.group && !c.groups.some((g) => g.key === input.group)) throw AppError.of(400, 'consultation.unknown_group', { group: input.group });
  if (input.cluster && !c.clusters.some((g) => g.key === input.cluster)) throw AppError.of(400, 'consultation.unknown_cluster', { cluster: input.cluster });
  const tokens = Array.from({ length: input.count }, () => newSecret().slice(0, 22));
  await db.transaction(async (tx) => {
    await tx.insert(invitations).values(tokens.map((t) => ({ consultationId: c.id, tokenHash: sha256(t), group: input.group ?? null, cluster: input.cluster ?? null, createdAt: now })));
    await recordAudit(tx, actor, { action: 'consultation.invite', entityType: 'consultation', entityId: c.id, spaceId: c.spaceId, after: { count: input.count, group: input.group, cluster: input.cluster } }, now);
  });
  return tokens;
}

export async function findInvitation(db: Db, token: string) {
  const [row] = await db.select().from(invitations).where(eq(invitations.tokenHash, sha256(token)));
  return row ?? null;
}

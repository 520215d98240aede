// Each unit reviews its own functions: comments and proposals (to move one of its activities to another
// level), then signs off. The coordinators see every unit's status, who has not yet reviewed. A change to a
// signed-off unit's functions reopens its review (activity.service.ts). Every change audited.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { recordAudit } from '../audit';
import { findActivity } from './activity.service';
import { devolutionNotes, devolutionReviews } from './devolution.table';
import type { Unit } from './unit.service';

export type Note = typeof devolutionNotes.$inferSelect;
export type NoteInput = { kind: Note['kind']; activityCode: string | null; proposedLevel: Note['proposedLevel']; text: string };
export type ReviewStatus = { unit: string; status: 'not-started' | 'in-review' | 'signed-off'; signedOffAt: Date | null; signedOffBy: string | null; notes: number };

export async function reviewStatuses(db: Db, spaceId: string, units: readonly Unit[]): Promise<ReviewStatus[]> {
  const reviews = await db.select().from(devolutionReviews).where(eq(devolutionReviews.spaceId, spaceId));
  const notes = await db.select({ unit: devolutionNotes.unitKey }).from(devolutionNotes).where(eq(devolutionNotes.spaceId, spaceId));
  return units.map((u) => {
    const r = reviews.find((x) => x.unitKey === u.key);
    return { unit: u.key, status: r?.status ?? 'not-started', signedOffAt: r?.signedOffAt ?? null, signedOffBy: r?.signedOffBy ?? null, notes: notes.filter((n) => n.unit === u.key).length };
  });
}

export const listNotes = (db: Db, spaceId: string, unitKey: string) =>
  db.select().from(devolutionNotes).where(and(eq(devolutionNotes.spaceId, spaceId), eq(devolutionNotes.unitKey, unitKey))).orderBy(asc(devolutionNotes.createdAt));

async function setStatus(tx: Db, actor: Actor, spaceId: string, unitKey: string, status: ReviewStatus['status'], now: Date) {
  const where = and(eq(devolutionReviews.spaceId, spaceId), eq(devolutionReviews.unitKey, unitKey));
  const [before] = await tx.select().from(devolutionReviews).where(where);
  if (before?.status === status) return;
  const signed = status === 'signed-off' ? { signedOffBy: actor.userId, signedOffAt: now } : { signedOffBy: null, signedOffAt: null };
  await tx.insert(devolutionReviews).values({ spaceId, unitKey, status, ...signed, updatedAt: now }).onConflictDoUpdate({ target: [devolutionReviews.spaceId, devolutionReviews.unitKey], set: { status, ...signed, updatedAt: now } });
  await recordAudit(tx, actor, { action: `devolution.review.${status}`, entityType: 'devolution_review', entityId: unitKey, spaceId, before: before ? { status: before.status } : null, after: { status } }, now);
}

/** A comment or proposal on a unit's functions; the unit's review is under way from then on (reopened if it had signed off). */
export async function addNote(db: Db, actor: Actor, spaceId: string, unitKey: string, input: NoteInput, now: Date): Promise<Note> {
  if (input.activityCode !== null) {
    const activity = await findActivity(db, spaceId, input.activityCode);
    if (activity.unit !== unitKey) throw AppError.of(400, 'devolution.activity_other_unit', { activity: activity.code, unit: unitKey });
    if (input.proposedLevel !== null && input.proposedLevel === activity.level) throw AppError.of(400, 'devolution.same_level', { activity: activity.code, level: activity.level });
  }
  if (input.kind === 'proposal' && (input.activityCode === null || input.proposedLevel === null)) throw AppError.of(400, 'devolution.proposal_incomplete');
  return db.transaction(async (tx) => {
    const [note] = await tx.insert(devolutionNotes).values({ spaceId, unitKey, ...input, text: input.text.normalize('NFC').trim(), authorUserId: actor.userId, createdAt: now }).returning();
    await recordAudit(tx, actor, { action: `devolution.note.added`, entityType: 'devolution_note', entityId: note.id, spaceId, before: null, after: note }, now);
    await setStatus(tx, actor, spaceId, unitKey, 'in-review', now);
    return note;
  });
}

export async function signOff(db: Db, actor: Actor, spaceId: string, unitKey: string, now: Date) {
  await db.transaction((tx) => setStatus(tx, actor, spaceId, unitKey, 'signed-off', now));
}

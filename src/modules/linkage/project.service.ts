// Regional projects spanning several member localities: cost shares per locality, the central budget's
// share requested and granted, status, the steering body and an optional agreement. The localities' shares
// and the central budget requested add up to at most 100 %; what is granted is at most what was requested;
// a share is only for a locality of the project. Coordinators make and change projects; a locality's
// official changes only that locality's cost-share line. Every change audited.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/connection';
import { AppError } from '../../http/errors';
import { recordAudit } from '../audit';
import { findAgreement } from './agreement.service';
import { checkSector } from './intent.service';
import type { LinkageCall } from './linkage.guard';
import { linkageProjects } from './linkage.table';
import type { projectBody } from './project.schema';
import { memberLocality } from './region.service';

export type Project = typeof linkageProjects.$inferSelect;
type Body = z.infer<typeof projectBody>;

/** Percentages with a few decimals: allow for floating-point sums. */
const EPSILON = 1e-9;
const shown = (n: number) => ({ total: Math.round(n * 100) / 100 });

/** What is wrong with a project's shares, before anything is stored. */
export function checkShares(p: Pick<Body, 'localities' | 'costShares' | 'centralRequested' | 'centralGranted'>) {
  const stranger = Object.keys(p.costShares).find((k) => !p.localities.includes(k));
  if (stranger) throw AppError.of(400, 'linkage.share_not_in_project', { key: stranger });
  const total = Object.values(p.costShares).reduce((s, x) => s + x, 0) + p.centralRequested;
  if (total > 100 + EPSILON) throw AppError.of(400, 'linkage.project_shares_over', shown(total));
  if (p.centralGranted !== null && p.centralGranted > p.centralRequested + EPSILON) {
    throw AppError.of(400, 'linkage.granted_over_requested', { granted: p.centralGranted, requested: p.centralRequested });
  }
}

async function checkProject(db: Db, call: LinkageCall, body: Body) {
  for (const id of body.localities) memberLocality(call.localities, id);
  if (new Set(body.localities).size < 2) throw AppError.of(400, 'linkage.project_localities_too_few');
  checkSector(body.sector);
  checkShares(body);
  if (body.agreementId) await findAgreement(db, call.space.id, body.agreementId);
}

const rowOf = (body: Body) => ({
  name: { vi: body.name.vi.normalize('NFC'), en: body.name.en?.normalize('NFC') ?? null },
  localities: [...new Set(body.localities)],
  sector: body.sector,
  totalCost: body.totalCost,
  costShares: body.costShares,
  centralRequested: body.centralRequested,
  centralGranted: body.centralGranted,
  status: body.status,
  steering: { vi: body.steering.vi.normalize('NFC'), en: body.steering.en?.normalize('NFC') ?? null },
  agreementId: body.agreementId,
});

const audit = (tx: Db, call: LinkageCall, action: string, id: string, before: unknown, after: unknown, now: Date) =>
  recordAudit(tx, call.actor, { action: `linkage.project.${action}`, entityType: 'linkage_project', entityId: id, spaceId: call.space.id, before, after }, now);

/** In the order recorded; those recorded at once (the demo) by their Vietnamese name. */
export const listProjects = (db: Db, spaceId: string): Promise<Project[]> =>
  db.select().from(linkageProjects).where(eq(linkageProjects.spaceId, spaceId)).orderBy(asc(linkageProjects.createdAt), asc(sql`${linkageProjects.name}->>'vi'`), asc(linkageProjects.id));

export async function findProject(db: Db, spaceId: string, id: string): Promise<Project> {
  const [row] = await db.select().from(linkageProjects).where(and(eq(linkageProjects.id, id), eq(linkageProjects.spaceId, spaceId)));
  if (!row) throw AppError.of(404, 'linkage.project_not_found');
  return row;
}

/** `illustrativeNote`: only the demo sets it. */
export async function addProject(db: Db, call: LinkageCall, body: Body, now: Date, illustrativeNote: string | null = null): Promise<Project> {
  await checkProject(db, call, body);
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(linkageProjects).values({ spaceId: call.space.id, ...rowOf(body), illustrativeNote, createdAt: now, updatedAt: now }).returning();
    await audit(tx, call, 'create', row.id, null, row, now);
    return row;
  });
}

export async function editProject(db: Db, call: LinkageCall, before: Project, body: Body, now: Date): Promise<Project> {
  await checkProject(db, call, body);
  return db.transaction(async (tx) => {
    const [row] = await tx.update(linkageProjects).set({ ...rowOf(body), updatedAt: now }).where(eq(linkageProjects.id, before.id)).returning();
    await audit(tx, call, 'update', row.id, before, row, now);
    return row;
  });
}

export async function removeProject(db: Db, call: LinkageCall, before: Project, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(linkageProjects).where(eq(linkageProjects.id, before.id));
    await audit(tx, call, 'delete', before.id, before, null, now);
  });
}

/** One locality's cost-share line (its official, or a coordinator); the project's other figures stay. */
export async function setCostShare(db: Db, call: LinkageCall, before: Project, localityId: string, percent: number, now: Date): Promise<Project> {
  const unit = memberLocality(call.localities, localityId);
  if (!before.localities.includes(localityId)) throw AppError.of(400, 'linkage.share_not_in_project', { key: `${unit.name} (${localityId})` });
  const costShares = { ...before.costShares, [localityId]: percent };
  checkShares({ ...before, costShares });
  return db.transaction(async (tx) => {
    const [row] = await tx.update(linkageProjects).set({ costShares, updatedAt: now }).where(eq(linkageProjects.id, before.id)).returning();
    await audit(tx, call, 'cost-share', row.id, { localityId, percent: before.costShares[localityId] ?? 0 }, { localityId, percent }, now);
    return row;
  });
}

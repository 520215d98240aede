// Progress reports (one per action and period; a second report for the same period replaces the
// first but keeps the day it first came in, which on-time reporting is judged on) and their evidence.
import { createHash } from 'node:crypto';
import { and, asc, count, eq } from 'drizzle-orm';
import type { ArchiveLimits } from '../../core/archive';
import { EVIDENCE_MAX_BYTES, evidenceName, evidenceType, isArchive, isPeriodKey, periodStart, periodsBetween, type IsoDate } from '../../core/plans';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { uploadRefusal } from '../../http/uploads';
import { checkArchive } from '../../importers/archive';
import { recordAudit } from '../audit';
import type { Action, Plan, Report } from './plan.load';
import type { ReportBody } from './plan.schema';
import { planEvidence, planReports } from './plan.table';

const periodWords = { monthly: 'theo tháng (2025-03) / monthly (2025-03)', quarterly: 'theo quý (2025-Q1) / quarterly (2025-Q1)' };

/** The first thing wrong with a report for this action, as a message code and its parameters, or null. */
export function reportProblem(
  plan: Plan,
  action: Action,
  body: ReportBody,
  today: IsoDate,
): { code: 'plan.wrong_period' | 'plan.period_outside' | 'plan.period_future' | 'plan.unknown_kpi'; params: Record<string, string> } | null {
  if (!isPeriodKey(plan.reportingPeriod, body.period)) return { code: 'plan.wrong_period', params: { period: body.period, kind: periodWords[plan.reportingPeriod] } };
  if (!periodsBetween(plan.reportingPeriod, action.startsOn, action.dueOn).includes(body.period)) return { code: 'plan.period_outside', params: { period: body.period } };
  // Progress is reported for a period under way or past, never ahead of it.
  if (periodStart(plan.reportingPeriod, body.period) > today) return { code: 'plan.period_future', params: { period: body.period } };
  const keys = new Set(action.kpis.map((k) => k.key));
  const unknown = Object.keys(body.kpiValues).find((k) => !keys.has(k));
  if (unknown) return { code: 'plan.unknown_kpi' , params: { key: unknown } };
  return null;
}

/** Inside `tx`: stores the report; returns it and whether anything changed. */
export async function writeReport(tx: Db, actor: Actor, plan: Plan, action: Action, body: ReportBody, today: IsoDate, now: Date) {
  const [before] = await tx.select().from(planReports).where(and(eq(planReports.actionId, action.id), eq(planReports.period, body.period)));
  const fields = { percent: body.percent, statusNote: body.statusNote, narrative: body.narrative, kpiValues: body.kpiValues };
  if (before && sameReport(before, fields)) return { report: before, changed: false };
  const [report] = before
    ? await tx.update(planReports).set({ ...fields, updatedAt: now, reporterUserId: actor.userId }).where(eq(planReports.id, before.id)).returning()
    : await tx.insert(planReports).values({ ...fields, actionId: action.id, period: body.period, submittedOn: today, updatedAt: now, reporterUserId: actor.userId }).returning();
  await recordAudit(tx, actor, { action: before ? 'plan.report.update' : 'plan.report.create', entityType: 'plan_report', entityId: report.id, spaceId: plan.spaceId, before: before ?? null, after: report }, now);
  return { report, changed: true };
}

function sameReport(r: Report, f: Pick<Report, 'percent' | 'statusNote' | 'narrative' | 'kpiValues'>) {
  const kv = (x: Record<string, number>) => JSON.stringify(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1)));
  return r.percent === f.percent && r.statusNote === f.statusNote && r.narrative === f.narrative && kv(r.kpiValues) === kv(f.kpiValues);
}

export async function submitReport(db: Db, actor: Actor, plan: Plan, action: Action, body: ReportBody, today: IsoDate, now: Date) {
  const problem = reportProblem(plan, action, body, today);
  if (problem) throw AppError.of(400, problem.code, problem.params);
  return db.transaction((tx) => writeReport(tx, actor, plan, action, body, today, now));
}

export const listReports = (db: Db, actionId: string) => db.select().from(planReports).where(eq(planReports.actionId, actionId)).orderBy(asc(planReports.period));

export type EvidenceLimits = { archive: ArchiveLimits; maxFiles: number };

export async function addEvidence(db: Db, actor: Actor, plan: Plan, report: Report, file: { name: string; bytes: Buffer }, limits: EvidenceLimits, now: Date) {
  if (file.bytes.byteLength > EVIDENCE_MAX_BYTES) throw AppError.of(413, 'plan.evidence_too_large', { size: file.bytes.byteLength });
  const type = evidenceType(file.bytes);
  if (!type) throw AppError.of(415, 'plan.evidence_type');
  const named = evidenceName(file.name, type);
  if (!named.ok) throw AppError.of(400, 'plan.evidence_name', { name: named.name, given: named.given, type: type.label, expected: type.extension });
  // Never unpacked here, but whoever downloads it will unpack it: the same limits as an import.
  if (isArchive(type)) {
    try {
      checkArchive(file.bytes, named.name, limits.archive);
    } catch (err) {
      throw uploadRefusal(err) ?? err;
    }
  }
  return db.transaction(async (tx) => {
    // The report row locked, so that two uploads at once cannot both take the last place.
    await tx.select({ id: planReports.id }).from(planReports).where(eq(planReports.id, report.id)).for('update');
    const [{ held }] = await tx.select({ held: count() }).from(planEvidence).where(eq(planEvidence.reportId, report.id));
    if (held >= limits.maxFiles) throw AppError.of(400, 'plan.evidence_too_many', { max: limits.maxFiles });
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    const [row] = await tx
      .insert(planEvidence)
      .values({ reportId: report.id, fileName: named.name, mediaType: type.mediaType, size: file.bytes.byteLength, sha256, bytes: file.bytes, createdAt: now })
      .returning({ id: planEvidence.id, fileName: planEvidence.fileName, mediaType: planEvidence.mediaType, size: planEvidence.size, sha256: planEvidence.sha256, createdAt: planEvidence.createdAt });
    await recordAudit(tx, actor, { action: 'plan.evidence.add', entityType: 'plan_evidence', entityId: row.id, spaceId: plan.spaceId, after: row }, now);
    return row;
  });
}

export const listEvidence = (db: Db, reportId: string) =>
  db
    .select({ id: planEvidence.id, fileName: planEvidence.fileName, mediaType: planEvidence.mediaType, size: planEvidence.size, sha256: planEvidence.sha256, createdAt: planEvidence.createdAt })
    .from(planEvidence)
    .where(eq(planEvidence.reportId, reportId))
    .orderBy(asc(planEvidence.createdAt));

export async function findEvidence(db: Db, id: string) {
  const [row] = await db.select().from(planEvidence).where(eq(planEvidence.id, id));
  if (!row) throw AppError.of(404, 'plan.evidence_not_found');
  return row;
}

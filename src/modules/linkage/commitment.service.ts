// Commitments under an agreement (who does what by when, and who pays which share) and their quarterly
// progress reports. A commitment's party must be a party to the agreement, its sector one of the
// agreement's, its dates inside the agreement's period, and the budget shares (parties and 'central')
// at most 100 % together. Reports follow the plans module's rules (core/plans): a period of the right
// kind, inside the commitment's dates, never ahead of today; a second report for a quarter replaces the
// first but keeps the day it first came in. Every change audited.
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { formatDate } from '../../core/format';
import { isPeriodKey, periodStart, periodsBetween, type IsoDate } from '../../core/plans';
import type { Db } from '../../db/connection';
import { AppError } from '../../http/errors';
import { recordAudit } from '../audit';
import type { AgreementRow, Commitment } from './agreement.service';
import { checkDates, checkSector } from './intent.service';
import type { LinkageCall } from './linkage.guard';
import type { commitmentBody, reportBody } from './linkage.schema';
import { linkageCommitments, linkageReports } from './linkage.table';
import { knownLocality } from './region.service';

type Body = z.infer<typeof commitmentBody>;
type ReportBody = z.infer<typeof reportBody>;

export const CENTRAL = 'central';
/** Shares are percentages with at most a few decimals; allow for floating-point sums. */
const EPSILON = 1e-9;

export function checkCommitment(agreement: AgreementRow, body: Body) {
  const party = knownLocality(body.party);
  if (!agreement.parties.includes(body.party)) throw AppError.of(400, 'linkage.party_not_in_agreement', { id: body.party, name: party.name });
  checkSector(body.sector);
  if (!agreement.sectors.includes(body.sector)) throw AppError.of(400, 'linkage.sector_not_in_agreement', { sector: body.sector });
  checkDates(body.startsOn, body.dueOn);
  for (const [field, date] of [['startsOn', body.startsOn], ['dueOn', body.dueOn]] as const) {
    if (date < agreement.startsOn || date > agreement.endsOn) {
      throw AppError.of(400, 'linkage.date_outside', { field, date: formatDate(date), from: formatDate(agreement.startsOn), to: formatDate(agreement.endsOn) });
    }
  }
  const keys = Object.keys(body.budgetShares);
  const stranger = keys.find((k) => k !== CENTRAL && !agreement.parties.includes(k));
  if (stranger) throw AppError.of(400, 'linkage.budget_not_party', { key: stranger });
  const total = Object.values(body.budgetShares).reduce((s, x) => s + x, 0);
  if (total > 100 + EPSILON) throw AppError.of(400, 'linkage.budget_over', { total: Math.round(total * 100) / 100 });
}

const rowOf = (body: Body) => ({
  party: body.party,
  sector: body.sector,
  what: { vi: body.what.vi.normalize('NFC'), en: body.what.en?.normalize('NFC') ?? null },
  startsOn: body.startsOn,
  dueOn: body.dueOn,
  budgetShares: body.budgetShares,
});

export async function findCommitment(db: Db, agreement: AgreementRow, id: string): Promise<Commitment> {
  const [row] = await db.select().from(linkageCommitments).where(and(eq(linkageCommitments.id, id), eq(linkageCommitments.agreementId, agreement.id)));
  if (!row) throw AppError.of(404, 'linkage.commitment_not_found');
  return row;
}

const audit = (tx: Db, call: LinkageCall, action: string, id: string, before: unknown, after: unknown, now: Date) =>
  recordAudit(tx, call.actor, { action: `linkage.commitment.${action}`, entityType: 'linkage_commitment', entityId: id, spaceId: call.space.id, before, after }, now);

export async function addCommitment(db: Db, call: LinkageCall, agreement: AgreementRow, body: Body, now: Date): Promise<Commitment> {
  checkCommitment(agreement, body);
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(linkageCommitments).values({ agreementId: agreement.id, ...rowOf(body), createdAt: now, updatedAt: now }).returning();
    await audit(tx, call, 'create', row.id, null, row, now);
    return row;
  });
}

export async function editCommitment(db: Db, call: LinkageCall, agreement: AgreementRow, before: Commitment, body: Body, now: Date): Promise<Commitment> {
  checkCommitment(agreement, body);
  return db.transaction(async (tx) => {
    const [row] = await tx.update(linkageCommitments).set({ ...rowOf(body), updatedAt: now }).where(eq(linkageCommitments.id, before.id)).returning();
    await audit(tx, call, 'update', row.id, before, row, now);
    return row;
  });
}

export async function removeCommitment(db: Db, call: LinkageCall, before: Commitment, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(linkageCommitments).where(eq(linkageCommitments.id, before.id));
    await audit(tx, call, 'delete', before.id, before, null, now);
  });
}

/** The first thing wrong with a report on this commitment, or null (the plans module's rules, quarterly). */
export function reportProblem(c: Pick<Commitment, 'startsOn' | 'dueOn'>, period: string, today: IsoDate) {
  if (!isPeriodKey('quarterly', period)) return 'linkage.wrong_period' as const;
  if (!periodsBetween('quarterly', c.startsOn, c.dueOn).includes(period)) return 'linkage.period_outside' as const;
  if (periodStart('quarterly', period) > today) return 'linkage.period_future' as const;
  return null;
}

export async function submitReport(db: Db, call: LinkageCall, c: Commitment, body: ReportBody, today: IsoDate, now: Date) {
  const problem = reportProblem(c, body.period, today);
  if (problem) throw AppError.of(400, problem, { period: body.period });
  const values = { commitmentId: c.id, period: body.period, percent: body.percent, statusNote: body.statusNote.normalize('NFC'), submittedOn: today, updatedAt: now, reporterUserId: call.actor.userId };
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(linkageReports).where(and(eq(linkageReports.commitmentId, c.id), eq(linkageReports.period, body.period)));
    const [row] = await tx
      .insert(linkageReports)
      .values(values)
      .onConflictDoUpdate({ target: [linkageReports.commitmentId, linkageReports.period], set: { percent: values.percent, statusNote: values.statusNote, updatedAt: now, reporterUserId: values.reporterUserId } })
      .returning();
    await recordAudit(tx, call.actor, { action: 'linkage.report.submit', entityType: 'linkage_report', entityId: row.id, spaceId: call.space.id, before: before ?? null, after: row }, now);
    return row;
  });
}

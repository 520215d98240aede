// Agreements between a region's localities: parties, period, sectors, review date and the signed
// document. A change of period or parties may not strand a commitment already made. Every change audited.
import { and, asc, eq, getTableColumns, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/connection';
import { AppError } from '../../http/errors';
import { recordAudit } from '../audit';
import { checkDates, checkSector } from './intent.service';
import type { LinkageCall } from './linkage.guard';
import type { agreementBody } from './linkage.schema';
import { linkageAgreements, linkageCommitments, linkageReports } from './linkage.table';
import { memberLocality } from './region.service';

export type Agreement = typeof linkageAgreements.$inferSelect;
export type Commitment = typeof linkageCommitments.$inferSelect;
export type Report = typeof linkageReports.$inferSelect;
type Body = z.infer<typeof agreementBody>;

/** Everything but the document's bytes, which only the download reads. */
const { documentBytes: _bytes, ...agreementColumns } = getTableColumns(linkageAgreements);
export type AgreementRow = Omit<Agreement, 'documentBytes'>;

export function checkAgreement(call: LinkageCall, body: Body) {
  for (const p of body.parties) memberLocality(call.localities, p);
  if (new Set(body.parties).size < 2) throw AppError.of(400, 'linkage.parties_too_few');
  for (const s of body.sectors) checkSector(s);
  checkDates(body.startsOn, body.endsOn);
}

const rowOf = (body: Body) => ({
  title: { vi: body.title.vi.normalize('NFC'), en: body.title.en?.normalize('NFC') ?? null },
  parties: [...new Set(body.parties)],
  startsOn: body.startsOn,
  endsOn: body.endsOn,
  sectors: [...new Set(body.sectors)],
  reviewOn: body.reviewOn,
});

export const listAgreements = (db: Db, spaceId: string): Promise<AgreementRow[]> =>
  db.select(agreementColumns).from(linkageAgreements).where(eq(linkageAgreements.spaceId, spaceId)).orderBy(asc(linkageAgreements.startsOn), asc(linkageAgreements.id));

export async function findAgreement(db: Db, spaceId: string, id: string): Promise<AgreementRow> {
  const [row] = await db.select(agreementColumns).from(linkageAgreements).where(and(eq(linkageAgreements.id, id), eq(linkageAgreements.spaceId, spaceId)));
  if (!row) throw AppError.of(404, 'linkage.agreement_not_found');
  return row;
}

export async function agreementDocument(db: Db, agreement: AgreementRow) {
  const [row] = await db.select({ name: linkageAgreements.documentName, type: linkageAgreements.documentType, bytes: linkageAgreements.documentBytes }).from(linkageAgreements).where(eq(linkageAgreements.id, agreement.id));
  if (!row?.bytes || !row.name || !row.type) throw AppError.of(404, 'linkage.no_document');
  return { name: row.name, type: row.type, bytes: row.bytes };
}

/** The commitments of some agreements and their reports, in one query each. */
export async function commitmentsOf(db: Db, agreementIds: readonly string[]) {
  if (!agreementIds.length) return { commitments: [] as Commitment[], reports: [] as Report[] };
  const commitments = await db.select().from(linkageCommitments).where(inArray(linkageCommitments.agreementId, [...agreementIds])).orderBy(asc(linkageCommitments.dueOn), asc(linkageCommitments.id));
  const reports = commitments.length ? await db.select().from(linkageReports).where(inArray(linkageReports.commitmentId, commitments.map((c) => c.id))).orderBy(asc(linkageReports.period)) : [];
  return { commitments, reports };
}

/** `illustrativeNote`: only the demo sets it, saying what in the agreement is illustrative. */
export async function addAgreement(db: Db, call: LinkageCall, body: Body, now: Date, illustrativeNote: string | null = null): Promise<AgreementRow> {
  checkAgreement(call, body);
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(linkageAgreements).values({ spaceId: call.space.id, ...rowOf(body), illustrativeNote, createdAt: now, updatedAt: now }).returning(agreementColumns);
    await recordAudit(tx, call.actor, { action: 'linkage.agreement.create', entityType: 'linkage_agreement', entityId: row.id, spaceId: call.space.id, after: row }, now);
    return row;
  });
}

export async function editAgreement(db: Db, call: LinkageCall, before: AgreementRow, body: Body, now: Date): Promise<AgreementRow> {
  checkAgreement(call, body);
  const { commitments } = await commitmentsOf(db, [before.id]);
  const dropped = commitments.find((c) => !body.parties.includes(c.party));
  if (dropped) throw AppError.of(400, 'linkage.party_has_commitments', { id: dropped.party, name: memberLocality(call.localities, dropped.party).name });
  const outside = commitments.filter((c) => c.startsOn < body.startsOn || c.dueOn > body.endsOn).length;
  if (outside) throw AppError.of(400, 'linkage.commitments_outside', { count: outside });
  return db.transaction(async (tx) => {
    const [row] = await tx.update(linkageAgreements).set({ ...rowOf(body), updatedAt: now }).where(eq(linkageAgreements.id, before.id)).returning(agreementColumns);
    await recordAudit(tx, call.actor, { action: 'linkage.agreement.update', entityType: 'linkage_agreement', entityId: row.id, spaceId: call.space.id, before, after: row }, now);
    return row;
  });
}

export async function attachDocument(db: Db, call: LinkageCall, agreement: AgreementRow, file: { name: string; type: string; bytes: Buffer }, now: Date) {
  await db.transaction(async (tx) => {
    await tx.update(linkageAgreements).set({ documentName: file.name, documentType: file.type, documentBytes: file.bytes, updatedAt: now }).where(eq(linkageAgreements.id, agreement.id));
    const after = { documentName: file.name, documentType: file.type, documentSize: file.bytes.byteLength };
    await recordAudit(tx, call.actor, { action: 'linkage.agreement.document', entityType: 'linkage_agreement', entityId: agreement.id, spaceId: call.space.id, before: { documentName: agreement.documentName }, after }, now);
  });
}

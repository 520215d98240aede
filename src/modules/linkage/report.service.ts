// An agreement's rows mapped onto core/linkage's ReportInput: its commitments with their standing on the
// day, paper to practice per province in force (this agreement's commitments only) and per quarter, and the
// regional projects that carry it out.
import type { ReportInput } from '../../core/linkage/report';
import { nowInternal } from '../../core/linkage/merger';
import { paperToPractice } from '../../core/linkage/practice';
import { periodStart, type IsoDate } from '../../core/plans';
import type { Db } from '../../db/connection';
import { commitmentsOf, type AgreementRow } from './agreement.service';
import type { LinkageCall } from './linkage.guard';
import { presentLocality, presentPracticeOverTime, presentProvincePractice, standing } from './linkage.presenter';
import { listProjects } from './project.service';

export async function agreementReport(db: Db, call: LinkageCall, a: AgreementRow, day: IsoDate, today: IsoDate): Promise<ReportInput> {
  const { commitments, reports } = await commitmentsOf(db, [a.id]);
  const rows = commitments.map((c) => {
    const s = standing(c, reports, day);
    const last = reports.filter((r) => r.commitmentId === c.id && periodStart('quarterly', r.period) <= day).at(-1);
    return { party: presentLocality(c.party), sector: c.sector, what: c.what, startsOn: c.startsOn, dueOn: c.dueOn, budgetShares: c.budgetShares, progress: s.progress, lastPeriod: last?.period ?? null, status: s.status, stage: s.stage };
  });
  const projects = (await listProjects(db, call.space.id)).filter((p) => p.agreementId === a.id);
  return {
    region: { vi: call.space.title.vi, en: call.space.title.en ?? null },
    agreement: { title: a.title, parties: a.parties.map(presentLocality), startsOn: a.startsOn, endsOn: a.endsOn, reviewOn: a.reviewOn, sectors: a.sectors, nowInternal: nowInternal(a.parties), illustrativeNote: a.illustrativeNote },
    commitments: rows,
    practice: paperToPractice(rows.map((r) => r.stage)),
    provinces: presentProvincePractice(commitments, reports, day).provinces,
    overTime: presentPracticeOverTime(a, commitments, reports, day < today ? day : today).points,
    projects: projects.map((p) => ({ name: p.name, localities: p.localities.map(presentLocality), status: p.status, totalCost: p.totalCost, centralRequested: p.centralRequested, centralGranted: p.centralGranted, steering: p.steering })),
    day,
  };
}

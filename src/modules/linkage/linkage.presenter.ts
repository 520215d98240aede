// Exactly what leaves the server about regional linkage. A commitment's progress, status and stage are
// worked out on the day asked for (today unless ?on= says otherwise) from its reports, never stored.
import { localityById } from '../../core/localities';
import { nowInternal, successorIdOf } from '../../core/linkage/merger';
import { paperToPractice, practiceBy, progressOn, stageOf, type Stage } from '../../core/linkage/practice';
import { actionStatus, minDate, periodEnd, periodStart, periodsBetween, type IsoDate } from '../../core/plans';
import type { AgreementRow, Commitment, Report } from './agreement.service';
import type { Intent } from './intent.service';
import type { Project } from './project.service';
import { linkagePolicy, type LinkageAccess } from './linkage.policy';

export function presentLocality(id: string) {
  const unit = localityById(id)!;
  const successor = localityById(successorIdOf(id))!;
  return { id, name: unit.name, nameEn: unit.nameEn, successor: { id: successor.id, name: successor.name } };
}

export const presentIntent = (i: Intent, access: LinkageAccess) => ({
  id: i.id,
  direction: i.direction,
  locality: presentLocality(i.localityId),
  sector: i.sector,
  kind: i.kind,
  text: i.text,
  size: i.size,
  startsOn: i.startsOn,
  endsOn: i.endsOn,
  evidence: i.evidence ?? null,
  editable: linkagePolicy.editFor(access, i.localityId),
});

/** A commitment's standing on a day: latest progress reported by then, red/amber/green, stage. */
export function standing(c: Commitment, reports: readonly Report[], day: IsoDate): { progress: number; status: ReturnType<typeof actionStatus>; stage: Stage } {
  const own = reports.filter((r) => r.commitmentId === c.id).map((r) => ({ periodStart: periodStart('quarterly', r.period), percent: r.percent }));
  const progress = progressOn(own, day);
  const status = actionStatus({ startsOn: c.startsOn, dueOn: c.dueOn, progress }, day);
  return { progress, status, stage: stageOf(progress, status) };
}

export function presentCommitment(c: Commitment, reports: readonly Report[], access: LinkageAccess, day: IsoDate) {
  return {
    id: c.id,
    party: presentLocality(c.party),
    sector: c.sector,
    what: c.what,
    startsOn: c.startsOn,
    dueOn: c.dueOn,
    budgetShares: c.budgetShares,
    ...standing(c, reports, day),
    reports: reports.filter((r) => r.commitmentId === c.id).map((r) => ({ period: r.period, percent: r.percent, statusNote: r.statusNote, submittedOn: r.submittedOn })),
    editable: linkagePolicy.editFor(access, c.party),
  };
}

export function presentAgreement(a: AgreementRow, commitments: readonly Commitment[], reports: readonly Report[], access: LinkageAccess, day: IsoDate) {
  const own = commitments.filter((c) => c.agreementId === a.id).map((c) => presentCommitment(c, reports, access, day));
  return {
    id: a.id,
    title: a.title,
    parties: a.parties.map(presentLocality),
    startsOn: a.startsOn,
    endsOn: a.endsOn,
    sectors: a.sectors,
    reviewOn: a.reviewOn,
    illustrativeNote: a.illustrativeNote,
    nowInternal: nowInternal(a.parties),
    document: a.documentName && a.documentType ? { name: a.documentName, type: a.documentType } : null,
    commitments: own,
    practice: paperToPractice(own.map((c) => c.stage)),
  };
}

/** Paper to practice per province in force today: each commitment counted under its party's successor. */
export function presentProvincePractice(commitments: readonly Commitment[], reports: readonly Report[], day: IsoDate) {
  const items = commitments.map((c) => ({ group: successorIdOf(c.party), party: c.party, stage: standing(c, reports, day).stage }));
  const by = practiceBy(items);
  const provinces = [...by].map(([id, practice]) => ({
    locality: presentLocality(id),
    practice,
    commitments: practice.total,
    from: [...new Set(items.filter((i) => i.group === id).map((i) => i.party))].sort(),
  }));
  return { provinces: provinces.sort((x, y) => x.locality.id.localeCompare(y.locality.id)) };
}

/** Paper to practice at the end of each quarter of the agreement's period up to today (today for the quarter under way). */
export function presentPracticeOverTime(a: AgreementRow, commitments: readonly Commitment[], reports: readonly Report[], today: IsoDate) {
  const own = commitments.filter((c) => c.agreementId === a.id);
  const quarters = today < a.startsOn ? [] : periodsBetween('quarterly', a.startsOn, minDate(a.endsOn, today));
  return {
    points: quarters.map((quarter) => {
      const on = minDate(periodEnd('quarterly', quarter), today);
      return { quarter, on, practice: paperToPractice(own.map((c) => standing(c, reports, on).stage)) };
    }),
  };
}

/** A regional project: each of its localities' cost-share line (0 % where none is given) with its amount, the central budget's. */
export function presentProject(p: Project, agreements: ReadonlyMap<string, Pick<AgreementRow, 'id' | 'title'>>, access: LinkageAccess) {
  const amount = (percent: number) => (p.totalCost * percent) / 100;
  const shares = p.localities.map((id) => ({ locality: presentLocality(id), percent: p.costShares[id] ?? 0, amount: amount(p.costShares[id] ?? 0), editable: linkagePolicy.editFor(access, id) }));
  const agreement = p.agreementId ? agreements.get(p.agreementId) : undefined;
  return {
    id: p.id,
    name: p.name,
    localities: p.localities.map(presentLocality),
    sector: p.sector,
    totalCost: p.totalCost,
    costShares: shares,
    central: { requestedPercent: p.centralRequested, requestedAmount: amount(p.centralRequested), grantedPercent: p.centralGranted, grantedAmount: p.centralGranted === null ? null : amount(p.centralGranted) },
    unassignedPercent: Math.max(0, Math.round((100 - shares.reduce((s, x) => s + x.percent, 0) - p.centralRequested) * 1e6) / 1e6),
    status: p.status,
    steering: p.steering,
    agreement: agreement ? { id: agreement.id, title: agreement.title } : null,
    illustrativeNote: p.illustrativeNote,
    editable: linkagePolicy.coordinate(access),
  };
}

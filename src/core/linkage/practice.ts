// "From paper to practice": whether a commitment moved. Each commitment is at one stage, from its latest
// progress and its red/amber/green status (core/plans' actionStatus, the plans module's rule):
//   done      progress 100;
//   on-track  some progress and on or near schedule (green; amber and red are behind);
//   started   some progress, behind schedule (amber or red);
//   on-paper  no progress reported (0 %): it stayed at plans and workshops.
// The practice rate of a group (an agreement, a province) is the share of its commitments that moved:
// started, on track or done. A group with no commitments has no rate (null), not 0.
import { isOnTrack, type Rag } from '../plans';

export const STAGES = ['on-paper', 'started', 'on-track', 'done'] as const;
export type Stage = (typeof STAGES)[number];

export function stageOf(progress: number, status: Rag): Stage {
  if (progress >= 100) return 'done';
  if (progress <= 0) return 'on-paper';
  return isOnTrack(status) ? 'on-track' : 'started';
}

export type Practice = { total: number; onPaper: number; started: number; onTrack: number; done: number; moved: number; rate: number | null };

export function paperToPractice(stages: readonly Stage[]): Practice {
  const n = (s: Stage) => stages.filter((x) => x === s).length;
  const moved = stages.length - n('on-paper');
  return { total: stages.length, onPaper: n('on-paper'), started: n('started'), onTrack: n('on-track'), done: n('done'), moved, rate: stages.length ? moved / stages.length : null };
}

/** The practice of each group, groups in the order first seen. */
export function practiceBy(items: readonly { group: string; stage: Stage }[]): Map<string, Practice> {
  const groups = new Map<string, Stage[]>();
  for (const { group, stage } of items) groups.set(group, [...(groups.get(group) ?? []), stage]);
  return new Map([...groups].map(([g, stages]) => [g, paperToPractice(stages)]));
}

/** The progress on a day: the latest report whose period had begun by then (0 with none). */
export function progressOn(reports: readonly { periodStart: string; percent: number }[], day: string): number {
  let latest: { periodStart: string; percent: number } | null = null;
  for (const r of reports) if (r.periodStart <= day && (!latest || r.periodStart > latest.periodStart)) latest = r;
  return latest?.percent ?? 0;
}

// A consultation's running tallies are kept per cell: one tally for each stakeholder group ×
// cluster the ballots came from (null: none). The whole count merges every cell; a group's or a
// cluster's merges its own; stakeholder weights scale each group's cells by one factor.
// `profileCells` builds the cells from ballots held in memory (a ballot file, the bootstrap).
import type { BallotKind, Profile } from '../ballots/profile';
import { addSpan, emptyTally, type BallotSpan, type RunningTally, type TallyPart } from './running';
import { accumulate, alignTally } from './running.merge';
import type { MethodName } from './types';

export interface TallyCell {
  group: string | null;
  cluster: string | null;
  tally: RunningTally;
}

/** The part of the running tally each method counts from (every tally also keeps approvals). */
export const partOf: Record<MethodName, TallyPart | null> = {
  approval: null,
  plurality: 'first',
  borda: 'borda',
  copeland: 'pairwise',
  minimax: 'pairwise',
  schulze: 'pairwise',
  'schulze-margin': 'pairwise',
  'ranked-pairs': 'pairwise',
  kemeny: 'pairwise',
  'bradley-terry': 'pairwise',
  irv: 'rankings',
  stv: 'rankings',
  score: 'grades',
  'majority-judgment': 'grades',
};

/** The parts a tally must keep to count with every one of `methods`. */
export function partsFor(methods: readonly MethodName[]): TallyPart[] {
  return [...new Set(methods.flatMap((m) => partOf[m] ?? []))];
}

export function profileCells(profile: Profile, parts: readonly TallyPart[]): TallyCell[] {
  const { weight, kind, start } = profile;
  const clusters = profile.clusters.length + 1;
  const cells: TallyCell[] = [];
  // one span over the profile's arrays, moved from ballot to ballot: adding copies nothing
  const ballot: BallotSpan = { kind: 0, items: profile.item, levels: profile.level, values: profile.value, from: 0, to: 0 };
  for (let b = 0; b < profile.size; b++) {
    if (!(weight[b] > 0)) continue;
    const g = profile.group[b];
    const k = profile.cluster[b];
    const cell = (cells[(g + 1) * clusters + (k + 1)] ??= {
      group: g < 0 ? null : profile.groups[g],
      cluster: k < 0 ? null : profile.clusters[k],
      tally: emptyTally(profile.candidates, parts),
    });
    ballot.kind = kind[b] as BallotKind;
    ballot.from = start[b];
    ballot.to = start[b + 1];
    addSpan(cell.tally, ballot, weight[b]);
  }
  return cells.filter(Boolean);
}

/** The cells' tallies summed over `candidates`, each scaled by factor(cell) (1 by default). */
export function combineCells(cells: readonly TallyCell[], candidates: readonly string[], parts: readonly TallyPart[], factor?: (cell: TallyCell) => number): RunningTally {
  if (cells.length === 1 && !factor) return alignTally(cells[0].tally, candidates);
  const sum = emptyTally(candidates, parts);
  for (const cell of cells) accumulate(sum, cell.tally, factor ? factor(cell) : 1);
  return sum;
}

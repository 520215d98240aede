// A running tally: what the ballots of one consultation part (a stakeholder group × cluster cell)
// add up to, kept so that every method can count from it alone, whatever the number of ballots.
// Ballots are added one at a time (or a batch built apart and merged in); nothing ever needs a
// ballot again. Counts are whole numbers when every ballot weighs 1, as stored ballots do;
// stakeholder shares scale whole tallies afterwards (running.merge.ts).
//
// Indices refer to `options`, which only ever grows (running.merge.ts aligns two tallies). Nothing
// kept depends on how many options there are, so an option added after some ballots joins with the
// counts it would have had: listed by nobody, below every option a ballot lists.
import { BallotKind } from '../ballots/profile';
import { appendOrder, emptyOrders, type OrderList } from './orders';

/** The aggregates a tally can keep; a consultation keeps those its methods read. */
export const tallyParts = ['first', 'borda', 'pairwise', 'rankings', 'grades'] as const;
export type TallyPart = (typeof tallyParts)[number];

export interface BordaPart {
  /** Per option: Σ weight × (2·first position + tie size − 1), twice its mean position where listed. */
  position: number[];
  /** Per option, per first position, per tie size − 1: the weight of ballots placing it there. */
  spans: number[][][];
  /** Per number of options listed: the weight of ballots listing that many. */
  byLength: number[];
  /** Per option, per number of options listed: the weight of those ballots listing it. */
  listedAt: number[][];
}

export interface RunningTally {
  options: string[];
  parts: TallyPart[];
  /** Weight of every ballot added (a pair counts as one comparison). */
  voters: number;
  /** Weight per BallotKind (ranking, approval, scores, pair). */
  kinds: number[];
  /** Per option: weight of the ranking, approval and score ballots listing it (its approvals). */
  listed: number[];
  /** Per option, per size − 1 of the first tie group it is in: weight (plurality's first preferences). */
  first?: number[][];
  borda?: BordaPart;
  /** pairwise[i·n + j]: weight preferring option i to option j. */
  pairwise?: number[];
  /** The orders of the ranking, approval and score ballots, for IRV and STV (orders.ts). */
  rankings?: OrderList;
  /** Per option: score → weight of ballots giving it that score. */
  grades?: Record<string, number>[];
}

/** One ballot as the profile holds it: option indices best first, each with its tie group (0, 1, …). */
export interface TallyBallot {
  kind: BallotKind;
  items: ArrayLike<number>;
  levels: ArrayLike<number>;
  /** Score of each item (score ballots). */
  values?: ArrayLike<number> | null;
}

export function emptyTally(options: readonly string[], parts: readonly TallyPart[]): RunningTally {
  const n = options.length;
  const tally: RunningTally = { options: [...options], parts: tallyParts.filter((p) => parts.includes(p)), voters: 0, kinds: [0, 0, 0, 0], listed: zeros(n) };
  if (parts.includes('first')) tally.first = rows(n);
  if (parts.includes('borda')) tally.borda = { position: zeros(n), spans: rows(n), byLength: [], listedAt: rows(n) };
  if (parts.includes('pairwise')) tally.pairwise = zeros(n * n);
  if (parts.includes('rankings')) tally.rankings = emptyOrders();
  if (parts.includes('grades')) tally.grades = Array.from({ length: n }, () => ({}));
  return tally;
}

export const zeros = (n: number): number[] => new Array<number>(n).fill(0);
const rows = <T>(n: number): T[][] => Array.from({ length: n }, () => []);

/** Adds `weight` to list[k], growing the list with zeros as needed. */
export function bump(list: number[], k: number, weight: number): void {
  while (list.length <= k) list.push(0);
  list[k] += weight;
}

/** Adds one ballot to the tally (in place: a tally is an accumulator). */
export function addBallot(tally: RunningTally, ballot: TallyBallot, weight = 1): RunningTally {
  addSpan(tally, { ...ballot, from: 0, to: ballot.items.length }, weight);
  return tally;
}

/** A ballot as items[from .. to) of longer arrays (a profile's), so that adding it copies nothing. */
export interface BallotSpan extends TallyBallot {
  from: number;
  to: number;
}

export function addSpan(tally: RunningTally, ballot: BallotSpan, weight: number): void {
  if (!(weight > 0)) return;
  tally.voters += weight;
  tally.kinds[ballot.kind] += weight;
  if (tally.pairwise) addPreferences(tally.pairwise, tally.options.length, ballot, weight);
  if (ballot.kind === BallotKind.pair) return;
  const { items, levels, from, to } = ballot;
  for (let k = from; k < to; k++) tally.listed[items[k]] += weight;
  if (tally.first) addFirst(tally.first, ballot, weight);
  if (tally.borda) addBorda(tally.borda, ballot, weight);
  if (tally.rankings) appendOrder(tally.rankings, items, levels, from, to, weight);
  if (tally.grades && ballot.kind === BallotKind.scores) {
    for (let k = from; k < to; k++) {
      const grades = tally.grades[items[k]];
      const score = String(ballot.values![k]);
      grades[score] = (grades[score] ?? 0) + weight;
    }
  }
}

// i is preferred to j when in an earlier tie group, or listed while j is not; a pair speaks only
// of its two options. Costs (listed × n) steps.
function addPreferences(m: number[], n: number, { kind, items, levels, from, to }: BallotSpan, weight: number): void {
  if (kind === BallotKind.pair) {
    m[items[from] * n + items[from + 1]] += weight;
    return;
  }
  if (scratch.length < n) scratch = new Float64Array(2 * n).fill(Infinity);
  const rank = scratch;
  for (let k = from; k < to; k++) rank[items[k]] = levels[k];
  for (let k = from; k < to; k++) {
    const row = items[k] * n;
    const level = levels[k];
    for (let j = 0; j < n; j++) if (level < rank[j]) m[row + j] += weight;
  }
  for (let k = from; k < to; k++) rank[items[k]] = Infinity;
}

// each option's tie group on the ballot being added (Infinity: unlisted), reset after each ballot
let scratch = new Float64Array(64).fill(Infinity);

function addFirst(first: number[][], { items, levels, from, to }: BallotSpan, weight: number): void {
  let end = from;
  while (end < to && levels[end] === levels[from]) end++;
  for (let k = from; k < end; k++) bump(first[items[k]], end - from - 1, weight);
}

function addBorda(borda: BordaPart, { items, levels, from, to }: BallotSpan, weight: number): void {
  const length = to - from;
  bump(borda.byLength, length, weight);
  for (let k = from; k < to; ) {
    let g = k + 1;
    while (g < to && levels[g] === levels[k]) g++;
    const position = k - from;
    for (let t = k; t < g; t++) {
      const c = items[t];
      borda.position[c] += weight * (2 * position + g - k - 1);
      const spans = borda.spans[c];
      while (spans.length <= position) spans.push([]);
      bump(spans[position], g - k - 1, weight);
      bump(borda.listedAt[c], length, weight);
    }
    k = g;
  }
}

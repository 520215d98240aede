// Merging running tallies: two batches of one part, the cells of a breakdown, or the stakeholder
// groups of a weighted count (each tally scaled by its group's factor). Tallies over different
// option lists are first aligned to one list: an option a tally never saw is one its ballots left
// unlisted, so every option they list is preferred to it.
import { InputError } from '../errors';
import { compactOrders, type OrderList } from './orders';
import { bump, emptyTally, type BordaPart, type RunningTally } from './running';

/** The error for ballots that name an option the count is not over. */
export const uncounted = (option: string) =>
  new InputError(`Ballots name option "${option}", which is not among the options counted.`, {}, `Có phiếu chọn phương án "${option}", phương án này không nằm trong các phương án được kiểm.`);

/** The sum of two tallies (a new one), over a's options followed by those only b has. */
export function mergeTallies(a: RunningTally, b: RunningTally): RunningTally {
  if (a.parts.join() !== b.parts.join()) throw new Error(`Cannot merge a tally of ${a.parts.join(', ')} with one of ${b.parts.join(', ')}.`);
  const options = [...a.options, ...b.options.filter((o) => !a.options.includes(o))];
  const sum = emptyTally(options, a.parts);
  accumulate(sum, a, 1);
  accumulate(sum, b, 1);
  if (sum.rankings) sum.rankings = compactOrders(sum.rankings);
  return sum;
}

/** The tally over exactly `options` (the same tally when they already are its options). */
export function alignTally(tally: RunningTally, options: readonly string[]): RunningTally {
  if (tally.options.length === options.length && tally.options.every((o, c) => o === options[c])) return tally;
  const aligned = emptyTally(options, tally.parts);
  accumulate(aligned, tally, 1);
  return aligned;
}

/**
 * Adds factor × source into target (in place). Every option of the source must be one of the
 * target's, unless no ballot ever named it.
 */
export function accumulate(target: RunningTally, source: RunningTally, factor: number): void {
  if (factor === 0) return;
  const index = new Map(target.options.map((o, c) => [o, c]));
  const at = source.options.map((o, i) => {
    const c = index.get(o) ?? -1;
    if (c < 0 && named(source, i)) throw uncounted(o);
    return c;
  });
  const add = (list: number[], from: readonly number[]) => addScaled(list, from, factor);
  target.voters += factor * source.voters;
  add(target.kinds, source.kinds);
  at.forEach((c, i) => c >= 0 && (target.listed[c] += factor * source.listed[i]));
  if (target.first && source.first) at.forEach((c, i) => c >= 0 && add(target.first![c], source.first![i]));
  if (target.borda && source.borda) accumulateBorda(target.borda, source.borda, at, factor);
  if (target.pairwise && source.pairwise) accumulatePairwise(target, source, at, factor);
  if (target.rankings && source.rankings) accumulateRankings(target.rankings, source.rankings, at, factor);
  if (target.grades && source.grades) {
    at.forEach((c, i) => {
      if (c < 0) return;
      const grades = target.grades![c];
      for (const [score, w] of Object.entries(source.grades![i])) grades[score] = (grades[score] ?? 0) + factor * w;
    });
  }
}

function addScaled(list: number[], from: readonly number[], factor: number): void {
  from.forEach((v, k) => bump(list, k, factor * v));
}

// Whether any ballot named option i: listed it, compared it in a pair, or scored it.
function named(tally: RunningTally, i: number): boolean {
  if (tally.listed[i] !== 0) return true;
  const n = tally.options.length;
  const m = tally.pairwise;
  return m !== undefined && Array.from({ length: n }, (_, j) => m[i * n + j] + m[j * n + i]).some((v) => v !== 0);
}

function accumulateBorda(target: BordaPart, source: BordaPart, at: readonly number[], factor: number): void {
  const add = (list: number[], from: readonly number[]) => addScaled(list, from, factor);
  add(target.byLength, source.byLength);
  at.forEach((c, i) => {
    if (c < 0) return;
    target.position[c] += factor * source.position[i];
    add(target.listedAt[c], source.listedAt[i]);
    const spans = target.spans[c];
    source.spans[i].forEach((bySize, start) => {
      while (spans.length <= start) spans.push([]);
      add(spans[start], bySize);
    });
  });
}

// The target's options the source never saw sit below everything the source's ballots listed.
function accumulatePairwise(target: RunningTally, source: RunningTally, at: readonly number[], factor: number): void {
  const m = target.pairwise!;
  const s = source.pairwise!;
  const n = target.options.length;
  const k = source.options.length;
  const seen = new Uint8Array(n);
  for (const c of at) if (c >= 0) seen[c] = 1;
  for (let i = 0; i < k; i++) {
    if (at[i] < 0) continue;
    const row = at[i] * n;
    for (let j = 0; j < k; j++) if (at[j] >= 0) m[row + at[j]] += factor * s[i * k + j];
    for (let x = 0; x < n; x++) if (!seen[x]) m[row + x] += factor * source.listed[i];
  }
}

function accumulateRankings(target: OrderList, source: OrderList, at: readonly number[], factor: number): void {
  for (let k = 0; k < source.item.length; k++) {
    target.item.push(at[source.item[k]]);
    target.level.push(source.level[k]);
  }
  for (let r = 0; r < source.weight.length; r++) {
    target.start.push(target.item.length - source.item.length + source.start[r + 1]);
    target.weight.push(factor * source.weight[r]);
  }
}

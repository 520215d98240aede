// Kemeny–Young: the strict order that agrees with the most pairwise preferences, found exactly by
// dynamic programming over subsets (2^n · n² steps, hence the limit of 10 candidates). `score` is
// that order's number of agreements, Σ over i placed above j of the votes preferring i to j.
// When several orders reach it, the first in candidate order is shown and `tieBreaks` says so.
import { InputError } from '../errors';
import { snap } from './numbers';
import { pairwiseOf } from './pairwise';
import type { RunningTally } from './running';
import { allKinds, requireKinds } from './ranking';
import type { Outcome } from './types';

export const kemenyLimit = 10;

export function tallyKemeny(tally: RunningTally): Outcome {
  requireKinds(tally, 'kemeny', allKinds);
  const names = tally.options;
  const n = names.length;
  if (n > kemenyLimit) {
    throw new InputError(`Kemeny is computed exactly only for up to ${kemenyLimit} candidates; there are ${n}.`, {}, `Kemeny chỉ được tính chính xác với tối đa ${kemenyLimit} ứng viên; ở đây có ${n}.`);
  }
  const m = pairwiseOf(tally);
  const full = (1 << n) - 1;
  // gain(S, c): agreements won by placing c next, right after the set S: c above everyone left
  const gain = (placed: number, c: number): number => {
    let sum = 0;
    for (let t = 0; t < n; t++) if (t !== c && !(placed & (1 << t))) sum += m[c * n + t];
    return sum;
  };
  // best[S] = most agreements obtainable ordering the candidates not in S, below S
  const best = new Float64Array(full + 1);
  const ways = new Float64Array(full + 1);
  ways[full] = 1;
  for (let placed = full - 1; placed >= 0; placed--) {
    let top = -Infinity;
    let count = 0;
    for (let c = 0; c < n; c++) {
      if (placed & (1 << c)) continue;
      const value = snap(gain(placed, c) + best[placed | (1 << c)]);
      if (value > top) {
        top = value;
        count = ways[placed | (1 << c)];
      } else if (value === top) count += ways[placed | (1 << c)];
    }
    best[placed] = top;
    ways[placed] = count;
  }
  const order: number[] = [];
  for (let placed = 0; placed !== full; ) {
    for (let c = 0; c < n; c++) {
      if (placed & (1 << c)) continue;
      if (snap(gain(placed, c) + best[placed | (1 << c)]) === best[placed]) {
        order.push(c);
        placed |= 1 << c;
        break;
      }
    }
  }
  const optimalOrders = ways[0];
  return {
    ranking: order.map((c) => [c]),
    score: best[0],
    pairwise: m,
    ...(optimalOrders > 1 ? { tieBreaks: [{ among: order.map((c) => names[c]), rule: 'first-optimal-order' as const }] } : {}),
    extra: { optimalOrders },
  };
}

// The region-wide suggestion: the disjoint exchanges with the largest total score, exact.
// Pairs only: a maximum-weight matching (Edmonds' blossom algorithm, edmonds-blossom-fixed, a port
// of J. van Rantwijk's implementation). With 3-cycles: branch and bound (pack.ts) starting from the
// best pairs-only matching. Exact in milliseconds on a region the size of the Mekong Delta (13) and on
// 40 provinces; at the 63 with dense benefits it is not (bench/linkage.bench.ts), hence
// matchExchangesWithin, which says how far from the best its answer may be.
// Every search runs on the names sorted by code point, so the answer does not depend on the order
// the localities are listed in; of two answers with the same total the one found first is kept.
import blossom from 'edmonds-blossom-fixed';
import { checkMatchInput } from './check';
import { compareNumbers, sum, type Candidate } from './candidate';
import { packExchanges } from './pack';
import { compareExchanges, compareNames, exchangeOf, gainOf, type MatchInput, type MatchResult } from './exchanges';

/** Past this many search nodes `matchExchangesWithin` stops and says the answer may not be the best. */
export type SearchLimit = { maxNodes: number };
export type BoundedMatchResult = MatchResult & { exact: boolean; upperBound: number; nodes: number };

/** The best set of disjoint exchanges; throws InputError on a malformed input. */
export function matchExchanges(input: MatchInput): MatchResult {
  const { exchanges, total } = matchExchangesWithin(input, { maxNodes: Infinity });
  return { exchanges, total };
}

/**
 * The same search, stopped after `maxNodes` nodes: then `exact` is false and `upperBound` is what no
 * answer can beat, so the gap is upperBound − total. Node counts, not time, keep it deterministic.
 */
export function matchExchangesWithin(input: MatchInput, limit: SearchLimit): BoundedMatchResult {
  checkMatchInput(input);
  const names = [...input.localities].sort(compareNames);
  const candidates = positiveExchanges(input, names);
  const pairs = bestPairs(names.length, candidates.filter((c) => c.members.length === 2));
  const found = input.maxCycle === 3 ? packExchanges(names.length, candidates, pairs, limit.maxNodes) : { chosen: pairs, exact: true, upper: NaN, nodes: 0 };
  const exchanges = found.chosen.map((c) => exchangeOf(input.benefit, c.members.map((m) => names[m]))).sort(compareExchanges);
  const total = sum(exchanges.map((e) => e.score));
  return { exchanges, total, exact: found.exact, upperBound: found.exact ? total : Math.max(total, found.upper), nodes: found.nodes };
}

function positiveExchanges(input: MatchInput, names: string[]): Candidate[] {
  const n = names.length;
  // gain[x * n + y]: what x gains from y, read once from the records
  const gain = new Float64Array(n * n);
  names.forEach((x, i) => names.forEach((y, j) => (gain[i * n + j] = i === j ? 0 : gainOf(input.benefit, x, y))));
  const out: Candidate[] = [];
  // a cycle a→b→c→a: b gains from a, c from b, a from c
  const add = (members: number[]) => {
    const k = members.length;
    let inverse = 0;
    for (let t = 0; t < k; t++) {
      const g = gain[members[(t + 1) % k] * n + members[t]];
      if (!(g > 0)) return;
      inverse += 1 / g;
    }
    const score = k / inverse;
    out.push({ members, score, share: score / k });
  };
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      add([i, j]);
      if (input.maxCycle !== 3) continue;
      for (let k = j + 1; k < n; k++) {
        add([i, j, k]);
        add([i, k, j]);
      }
    }
  }
  // best first; the same score by members (numbers follow the sorted names)
  return out.sort((a, b) => b.score - a.score || compareNumbers(a.members, b.members));
}

/** Maximum-weight matching over the pairs that score more than 0. */
function bestPairs(n: number, pairs: Candidate[]): Candidate[] {
  if (pairs.length === 0) return [];
  const byEnds = new Map(pairs.map((p) => [p.members[0] * n + p.members[1], p]));
  const edges = [...pairs].sort((a, b) => compareNumbers(a.members, b.members)).map((p): [number, number, number] => [p.members[0], p.members[1], p.score]);
  const mate = blossom(edges);
  const chosen: Candidate[] = [];
  mate.forEach((m, v) => {
    if (m > v) chosen.push(byEnds.get(v * n + m)!);
  });
  return chosen;
}

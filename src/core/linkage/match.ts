// The region-wide suggestion: the disjoint exchanges with the largest total score, exact.
// Pairs only: a maximum-weight matching (Edmonds' blossom algorithm, edmonds-blossom-fixed, a port
// of J. van Rantwijk's implementation). With 3-cycles: branch and bound over the localities in name
// order — the first free locality either joins one of its exchanges still open (best first) or is
// left out — starting from the best pairs-only matching, and pruned by an upper bound that gives each
// free locality the largest share (score / members) of the exchanges still open to it.
// Every search runs on the names sorted by code point, so the answer does not depend on the order
// the localities are listed in; of two answers with the same total the one found first is kept.
import blossom from 'edmonds-blossom-fixed';
import { checkMatchInput } from './check';
import { compareExchanges, compareNames, exchangeOf, gainOf, type Exchange, type MatchInput, type MatchResult } from './exchanges';

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

/** An exchange over locality numbers (indices into the sorted names). */
interface Candidate {
  members: number[];
  score: number;
  share: number;
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

function compareNumbers(a: number[], b: number[]): number {
  for (let k = 0; k < Math.min(a.length, b.length); k++) if (a[k] !== b[k]) return a[k] - b[k];
  return a.length - b.length;
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

interface Packing {
  chosen: Candidate[];
  exact: boolean;
  upper: number;
  nodes: number;
}

/** Branch and bound over disjoint pairs and 3-cycles, from the pairs-only optimum. */
function packExchanges(n: number, candidates: Candidate[], start: Candidate[], maxNodes: number): Packing {
  const byLocality: Candidate[][] = Array.from({ length: n }, () => []);
  for (const c of candidates) for (const m of c.members) byLocality[m].push(c);
  const byShare = byLocality.map((list) => [...list].sort((a, b) => b.share - a.share));
  const used = new Uint8Array(n);
  const open = (c: Candidate) => c.members.every((m) => !used[m]);

  let best = [...start];
  let bestTotal = sum(start.map((c) => c.score));
  const path: Candidate[] = [];
  let nodes = 0;
  let stopped = false;
  let openUpper = -Infinity; // the best any part left unsearched could reach, once stopped

  // ptr[x]: where x's open exchanges start in byShare[x] at the current node — every one before is
  // blocked there and in every node below it (localities only get used on the way down)
  const ptr = new Int32Array(n);
  const firstOpen = (x: number): Candidate | undefined => {
    const list = byShare[x];
    for (let k = ptr[x]; k < list.length; k++) if (open(list[k])) return list[k];
    return undefined;
  };
  /** What the free localities could still add: each its largest share of an exchange still open. */
  const bound = () => {
    let total = 0;
    for (let x = 0; x < n; x++) if (!used[x]) total += firstOpen(x)?.share ?? 0;
    return total;
  };
  const beats = (value: number) => value > bestTotal + 1e-9 * Math.max(1, Math.abs(bestTotal));
  // a second bound, cheap to keep: the root's dual prices of the free localities (see dualPrices)
  const price = dualPrices(n, candidates, byShare);
  let freePrice = price.reduce((a, b) => a + b, 0);
  const reach = (gained: number) => {
    const cheap = gained + freePrice;
    return beats(cheap) ? Math.min(cheap, gained + bound()) : cheap;
  };

  const search = (value: number): void => {
    if (++nodes > maxNodes) {
      stopped = true;
      openUpper = Math.max(openUpper, reach(value));
      return;
    }
    const saved = ptr.slice();
    for (let y = 0; y < n; y++) while (!used[y] && ptr[y] < byShare[y].length && !open(byShare[y][ptr[y]])) ptr[y]++;
    let x = 0;
    while (x < n && (used[x] || ptr[x] === byShare[x].length)) x++;
    if (x === n) {
      if (beats(value)) [best, bestTotal] = [[...path], value];
    } else {
      branch(x, value);
    }
    ptr.set(saved);
  };

  // x's exchanges by reduced cost (score less its members' prices), largest first: at a node every
  // option's cheap bound is value + free prices + reduced cost, so the first that cannot beat the best
  // ends the list
  const reduced = new Map(candidates.map((c) => [c, c.score - sum(c.members.map((m) => price[m]))]));
  const byReduced = byLocality.map((list) => [...list].sort((a, b) => reduced.get(b)! - reduced.get(a)! || compareNumbers(a.members, b.members)));

  /** Takes `members` (with `option`, or leaves x out), searches below if the bound allows, undoes. */
  const tryWith = (members: number[], option: Candidate | null, value: number) => {
    const gained = value + (option ? option.score : 0);
    for (const m of members) [used[m], freePrice] = [1, freePrice - price[m]];
    if (option) path.push(option);
    if (beats(reach(gained))) search(gained);
    if (option) path.pop();
    for (const m of members) [used[m], freePrice] = [0, freePrice + price[m]];
  };

  /** x joins each of its open exchanges in turn, then is left out; once stopped, the rest is bounded. */
  const branch = (x: number, value: number): void => {
    for (const option of byReduced[x]) {
      if (stopped) break;
      if (!open(option)) continue;
      if (!beats(value + freePrice + reduced.get(option)!)) break;
      tryWith(option.members, option, value);
    }
    if (!stopped) tryWith([x], null, value);
    // what is left here can reach no more than this node's own cheap bound
    if (stopped) openUpper = Math.max(openUpper, value + freePrice);
  };
  search(0);
  return { chosen: best, exact: !stopped, upper: Math.max(bestTotal, openUpper), nodes };
}

/**
 * Prices y ≥ 0 with y(x) + y(y) (+ y(z)) ≥ the score of every exchange: a feasible solution of the
 * dual of the packing's linear relaxation, so the prices of any set of free localities bound what
 * exchanges among them can score (weak duality). Start from each locality's largest share, then
 * lower each price in turn as far as its exchanges allow, a few rounds.
 */
function dualPrices(n: number, candidates: Candidate[], byShare: Candidate[][]): number[] {
  const price = byShare.map((list) => list[0]?.share ?? 0);
  const byLocality: Candidate[][] = Array.from({ length: n }, () => []);
  for (const c of candidates) for (const m of c.members) byLocality[m].push(c);
  for (let round = 0; round < 8; round++) {
    for (let x = 0; x < n; x++) {
      let need = 0;
      for (const c of byLocality[x]) {
        let rest = c.score;
        for (const m of c.members) if (m !== x) rest -= price[m];
        if (rest > need) need = rest;
      }
      price[x] = need;
    }
  }
  return price;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

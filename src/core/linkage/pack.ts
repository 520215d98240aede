// The exact packing of disjoint pairs and 3-cycles with the largest total score, by branch and bound
// (core/linkage/match.ts calls it, starting from the best pairs-only matching). Exchanges that cannot be
// part of a better packing than that one are left out first (lagrange.ts). The first free
// locality, in name order, joins each of its exchanges still open, then is left out. Two upper bounds
// prune: the free localities' dual prices (kept as a running sum, O(1)), and each free locality's
// largest share (score / members) of an exchange still open. A node limit stops the search, which
// then says it is not exact and gives the best any unsearched part could reach.
import { compareNumbers, sum, type Candidate } from './candidate';
import { reduceCandidates } from './lagrange';

export interface Packing {
  chosen: Candidate[];
  exact: boolean;
  upper: number;
  nodes: number;
}

export function packExchanges(n: number, candidates: Candidate[], start: Candidate[], maxNodes: number): Packing {
  const { byLocality, byShare } = listsOf(n, candidates);
  const greedy = dualPrices(byLocality, byShare.map((list) => list[0]?.share ?? 0));
  const reduced = reduceCandidates(n, candidates, greedy, sum(start.map((c) => c.score)));
  const search = new PackingSearch(n, reduced.kept, start, maxNodes, reduced.price);
  search.node(0);
  const upper = Math.min(reduced.bound, Math.max(search.bestTotal, search.openUpper));
  return { chosen: search.best, exact: !search.stopped, upper, nodes: search.nodes };
}

class PackingSearch {
  best: Candidate[];
  bestTotal: number;
  nodes = 0;
  stopped = false;
  /** The best any part left unsearched could reach, once stopped. */
  openUpper = -Infinity;
  private readonly used: Uint8Array;
  private readonly path: Candidate[] = [];
  /** Each locality's exchanges by share, largest first, for the share bound. */
  private readonly byShare: Candidate[][];
  /** ptr[x]: where x's open exchanges start in byShare[x] at the current node; every one before is blocked there and below. */
  private readonly ptr: Int32Array;
  private readonly price: number[];
  private freePrice: number;
  /** score less the members' prices; each locality's exchanges sorted by it, largest first. */
  private readonly reduced: Map<Candidate, number>;
  private readonly byReduced: Candidate[][];

  constructor(
    private readonly n: number,
    candidates: Candidate[],
    start: Candidate[],
    private readonly maxNodes: number,
    startPrices: number[],
  ) {
    const { byLocality, byShare } = listsOf(n, candidates);
    this.byShare = byShare;
    this.price = dualPrices(byLocality, startPrices);
    this.freePrice = sum(this.price);
    this.reduced = new Map(candidates.map((c) => [c, c.score - sum(c.members.map((m) => this.price[m]))]));
    this.byReduced = byLocality.map((list) => [...list].sort((a, b) => this.reduced.get(b)! - this.reduced.get(a)! || compareNumbers(a.members, b.members)));
    this.used = new Uint8Array(n);
    this.ptr = new Int32Array(n);
    this.best = [...start];
    this.bestTotal = sum(start.map((c) => c.score));
  }

  node(value: number): void {
    if (++this.nodes > this.maxNodes) {
      this.stopped = true;
      this.openUpper = Math.max(this.openUpper, this.reach(value));
      return;
    }
    const { n, ptr, byShare, used } = this;
    const saved = ptr.slice();
    for (let y = 0; y < n; y++) while (!used[y] && ptr[y] < byShare[y].length && !this.open(byShare[y][ptr[y]])) ptr[y]++;
    let x = 0;
    while (x < n && (used[x] || ptr[x] === byShare[x].length)) x++;
    if (x < n) this.branch(x, value);
    else if (this.beats(value)) [this.best, this.bestTotal] = [[...this.path], value];
    ptr.set(saved);
  }

  /** x joins each of its open exchanges in turn, then is left out; once stopped, the rest is bounded. */
  private branch(x: number, value: number): void {
    for (const option of this.byReduced[x]) {
      if (this.stopped) break;
      if (!this.open(option)) continue;
      // every option after this one has a smaller cheap bound: value + free prices + reduced cost
      if (!this.beats(value + this.freePrice + this.reduced.get(option)!)) break;
      this.tryWith(option.members, option, value);
    }
    if (!this.stopped) this.tryWith([x], null, value);
    // what is left here can reach no more than this node's own cheap bound
    if (this.stopped) this.openUpper = Math.max(this.openUpper, value + this.freePrice);
  }

  /** Takes `members` (with `option`, or leaving x out), searches below if the bound allows, undoes. */
  private tryWith(members: number[], option: Candidate | null, value: number): void {
    const gained = value + (option ? option.score : 0);
    for (const m of members) [this.used[m], this.freePrice] = [1, this.freePrice - this.price[m]];
    if (option) this.path.push(option);
    if (this.beats(this.reach(gained))) this.node(gained);
    if (option) this.path.pop();
    for (const m of members) [this.used[m], this.freePrice] = [0, this.freePrice + this.price[m]];
  }

  private open(c: Candidate): boolean {
    return c.members.every((m) => !this.used[m]);
  }

  private beats(value: number): boolean {
    return value > this.bestTotal + 1e-9 * Math.max(1, Math.abs(this.bestTotal));
  }

  /** The smaller of the two bounds, the share bound computed only when the prices do not prune. */
  private reach(gained: number): number {
    const cheap = gained + this.freePrice;
    return this.beats(cheap) ? Math.min(cheap, gained + this.shareBound()) : cheap;
  }

  /** What the free localities could still add: each its largest share of an exchange still open. */
  private shareBound(): number {
    let total = 0;
    for (let x = 0; x < this.n; x++) {
      if (this.used[x]) continue;
      const list = this.byShare[x];
      let k = this.ptr[x];
      while (k < list.length && !this.open(list[k])) k++;
      if (k < list.length) total += list[k].share;
    }
    return total;
  }
}

/** Each locality's exchanges, as given and by share, largest first. */
function listsOf(n: number, candidates: Candidate[]): { byLocality: Candidate[][]; byShare: Candidate[][] } {
  const byLocality: Candidate[][] = Array.from({ length: n }, () => []);
  for (const c of candidates) for (const m of c.members) byLocality[m].push(c);
  return { byLocality, byShare: byLocality.map((list) => [...list].sort((a, b) => b.share - a.share)) };
}

/**
 * Prices y ≥ 0 with y(x) + y(y) (+ y(z)) ≥ the score of every exchange: a feasible solution of the
 * dual of the packing's linear relaxation, so the prices of any set of free localities bound what
 * exchanges among them can score (weak duality). Start from each locality's largest share, then
 * lower each price in turn as far as its exchanges allow, a few rounds.
 */
function dualPrices(byLocality: Candidate[][], start: number[]): number[] {
  const price = [...start];
  for (let round = 0; round < 8; round++) {
    byLocality.forEach((list, x) => {
      let need = 0;
      for (const c of list) {
        let rest = c.score;
        for (const m of c.members) if (m !== x) rest -= price[m];
        if (rest > need) need = rest;
      }
      price[x] = need;
    });
  }
  return price;
}

// Leaving out, before the search, the exchanges that cannot be part of any packing better than the one
// in hand (pack.ts). For prices λ ≥ 0 on the localities, every packing P scores
//   Σ_{c∈P} s_c = Σ_{c∈P} (s_c − λ(c)) + Σ_{c∈P} λ(c) ≤ Σ_x λ_x + Σ_c max(0, s_c − λ(c)) =: L(λ)
// (λ(c) is the sum of c's members' prices; the members of a packing's exchanges are distinct). If P holds
// an exchange c₀ whose reduced score r₀ = s_c₀ − λ(c₀) is negative, the same sum gives P ≤ L(λ) + r₀; so
// when L(λ) + r₀ ≤ the score in hand, no better packing holds c₀ and it can be left out. The tighter
// L(λ), the more is left out: λ is improved by subgradient steps on the convex L (Held and Karp's
// method with Polyak's step towards the score in hand), from prices the caller gives.
import type { Candidate } from './candidate';

const ROUNDS = 300;
/** Steps are halved after 10 rounds without a better bound; below this the bound no longer moves much. */
const MIN_STEP = 1 / 256;

export interface Reduction {
  /** The exchanges that may still be part of a better packing, in the order given. */
  kept: Candidate[];
  /** L(λ) at the best prices found: no packing scores more. */
  bound: number;
  /** Those prices λ. */
  price: number[];
}

export function reduceCandidates(n: number, candidates: Candidate[], start: number[], inHand: number): Reduction {
  const flat = flatten(candidates);
  const price = Float64Array.from(start);
  let best = { bound: Infinity, price: price.slice() };
  let step = 2;
  let sinceBetter = 0;
  const count = new Int32Array(n);
  for (let round = 0; round < ROUNDS; round++) {
    const bound = lagrangian(flat, price, count);
    if (bound < best.bound - 1e-12) [best, sinceBetter] = [{ bound, price: price.slice() }, 0];
    else if (++sinceBetter >= 10) [step, sinceBetter] = [step / 2, 0];
    // subgradient: 1 − (exchanges with a positive reduced score that x is in); dual steps downhill
    let norm = 0;
    for (let x = 0; x < n; x++) norm += (1 - count[x]) ** 2;
    if (norm === 0 || step < MIN_STEP || bound - inHand <= 1e-9 * Math.max(1, inHand)) break;
    const t = (step * (bound - inHand)) / norm;
    for (let x = 0; x < n; x++) price[x] = Math.max(0, price[x] - t * (1 - count[x]));
  }
  const slack = inHand - best.bound;
  const kept = candidates.filter((c, k) => reducedScore(flat, best.price, k) > slack + 1e-9 * Math.max(1, Math.abs(inHand)));
  return { kept, bound: best.bound, price: [...best.price] };
}

interface Flat {
  members: Int32Array; // three per exchange, −1 for a pair's third
  scores: Float64Array;
}

function flatten(candidates: Candidate[]): Flat {
  const members = new Int32Array(candidates.length * 3).fill(-1);
  candidates.forEach((c, k) => c.members.forEach((m, t) => (members[k * 3 + t] = m)));
  return { members, scores: Float64Array.from(candidates, (c) => c.score) };
}

function reducedScore(flat: Flat, price: Float64Array, k: number): number {
  const { members, scores } = flat;
  const third = members[k * 3 + 2];
  return scores[k] - price[members[k * 3]] - price[members[k * 3 + 1]] - (third >= 0 ? price[third] : 0);
}

/** L(λ); `count[x]` becomes the number of exchanges with a positive reduced score that x is in. */
function lagrangian(flat: Flat, price: Float64Array, count: Int32Array): number {
  count.fill(0);
  let total = 0;
  for (const p of price) total += p;
  const { members } = flat;
  for (let k = 0; k < flat.scores.length; k++) {
    const r = reducedScore(flat, price, k);
    if (r <= 0) continue;
    total += r;
    count[members[k * 3]]++;
    count[members[k * 3 + 1]]++;
    if (members[k * 3 + 2] >= 0) count[members[k * 3 + 2]]++;
  }
  return total;
}

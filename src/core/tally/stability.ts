// How stable is a ranking? A seeded bootstrap: draw as many voters as voted, with replacement,
// from the ballots cast; count each draw with the same method and weights; report, per option,
// the share of draws in which it took each rank, a 90 % rank interval, and how often the top k
// stayed the same set. The same seed gives the same figures, so anyone can re-check them.
// Draws that cannot be counted (e.g. Bradley–Terry without an estimate) are left out and counted.
import { InputError } from '../errors';
import { totalWeight, withWeights, type Profile } from '../ballots/profile';
import { createRandom, type Random } from '../random';
import { tally } from './tally';
import type { TallyOptions, TallyResult } from './types';

export interface StabilityOptions {
  resamples: number;
  seed: number;
}

export interface Stability {
  resamples: number;
  seed: number;
  /** Draws that could not be counted. */
  failed: number;
  /** Per option: share of draws at rank 1, 2, … (rank = 1 + options strictly ahead). */
  rankShares: Record<string, number[]>;
  /** Per option: the ranks between which it fell in 90 % of draws. */
  rankInterval90: Record<string, [number, number]>;
  /** Share of draws whose top k is the same set of options as in the actual count. */
  topSame: { k: number; share: number }[];
}

export function rankOf(result: TallyResult): Map<string, number> {
  const ranks = new Map<string, number>();
  let ahead = 0;
  for (const group of result.ranking) {
    for (const name of group) ranks.set(name, ahead + 1);
    ahead += group.length;
  }
  return ranks;
}

export function bootstrapStability(profile: Profile, options: TallyOptions, stability: StabilityOptions): Stability {
  const { resamples, seed } = stability;
  if (!Number.isInteger(resamples) || resamples < 1) throw new InputError(`The number of bootstrap resamples must be a whole number of at least 1, not ${resamples}.`, {}, `Số lần lấy mẫu lại (bootstrap) phải là số nguyên từ 1 trở lên, không phải ${resamples}.`);
  if (!Number.isInteger(seed)) throw new InputError(`The seed must be a whole number, not ${seed}.`, {}, `Hạt giống ngẫu nhiên (seed) phải là số nguyên, không phải ${seed}.`);
  if (!(totalWeight(profile) > 0)) throw new InputError('There are no ballots to resample.', {}, 'Chưa có phiếu nào để lấy mẫu lại.');
  const counting = { ...options, breakdown: undefined };
  const names = profile.candidates;
  const n = names.length;
  const actual = rankOf(tally(profile, counting));
  const topSets = [...Array(Math.min(3, n)).keys()].map((k) => topSet(actual, k + 1));

  const histogram = names.map(() => new Float64Array(n));
  const same = new Float64Array(topSets.length);
  const random = createRandom(seed);
  const draw = aliasSampler(profile.weight);
  const voters = Math.max(1, Math.round(totalWeight(profile)));
  let counted = 0;
  for (let r = 0; r < resamples; r++) {
    const weight = new Float64Array(profile.size);
    for (let v = 0; v < voters; v++) weight[draw(random)]++;
    let ranks: Map<string, number>;
    try {
      ranks = rankOf(tally(withWeights(profile, weight), counting));
    } catch (err) {
      if (err instanceof InputError) continue;
      throw err;
    }
    counted++;
    names.forEach((name, c) => histogram[c][ranks.get(name)! - 1]++);
    topSets.forEach((set, k) => (same[k] += sameSet(set, topSet(ranks, k + 1)) ? 1 : 0));
  }

  const share = (x: number) => (counted ? x / counted : 0);
  const rankShares: Record<string, number[]> = {};
  const rankInterval90: Record<string, [number, number]> = {};
  // options listed best first, as in the actual count
  const byRank = names.map((_, c) => c).sort((a, b) => actual.get(names[a])! - actual.get(names[b])! || a - b);
  byRank.forEach((c) => {
    const name = names[c];
    rankShares[name] = Array.from(histogram[c], share);
    rankInterval90[name] = [quantileRank(histogram[c], counted, 0.05), quantileRank(histogram[c], counted, 0.95)];
  });
  return {
    resamples,
    seed,
    failed: resamples - counted,
    rankShares,
    rankInterval90,
    topSame: topSets.map((_, k) => ({ k: k + 1, share: share(same[k]) })),
  };
}

function topSet(ranks: Map<string, number>, k: number): Set<string> {
  return new Set([...ranks].filter(([, rank]) => rank <= k).map(([name]) => name));
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

// Smallest rank at which the cumulative share of draws reaches q.
function quantileRank(histogram: Float64Array, total: number, q: number): number {
  let cumulative = 0;
  for (let r = 0; r < histogram.length; r++) {
    cumulative += histogram[r];
    if (cumulative >= q * total - 1e-9) return r + 1;
  }
  return histogram.length;
}

// Walker's alias method: after O(m) set-up, each draw of a ballot, with probability proportional
// to its weight, costs one random number.
function aliasSampler(weight: Float64Array): (random: Random) => number {
  const m = weight.length;
  const total = weight.reduce((a, b) => a + b, 0);
  const probability = new Float64Array(m);
  const alias = new Int32Array(m);
  const small: number[] = [];
  const large: number[] = [];
  weight.forEach((w, b) => {
    probability[b] = total > 0 ? (w * m) / total : 1;
    (probability[b] < 1 ? small : large).push(b);
  });
  while (small.length && large.length) {
    const s = small.pop()!;
    const l = large.pop()!;
    alias[s] = l;
    probability[l] -= 1 - probability[s];
    (probability[l] < 1 ? small : large).push(l);
  }
  for (const b of [...small, ...large]) probability[b] = 1;
  return (random) => {
    const u = random.next() * m;
    const b = Math.floor(u);
    return u - b < probability[b] ? b : alias[b];
  };
}

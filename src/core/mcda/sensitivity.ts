// One-at-a-time weight sensitivity: for each criterion, the interval of its weight (the others
// rescaled in proportion) over which the top alternative stays first, and over which the top
// three stay the same three. Linear methods (AHP, weighted sum) are solved exactly — each score is
// a straight line in the weight. TOPSIS is searched: a grid of step SEARCH_STEP outwards from the
// given weight, each boundary then bisected to SEARCH_PRECISION. The search reports the interval
// around the given weight; a second stretch further out, or a dip narrower than the step, is missed.
import { reweight, type ScoringModel } from './model';
import { orderByScore } from './ranking';

export const SEARCH_STEPS = 1000;
export const SEARCH_PRECISION = 1e-9;
// slopes closer to flat than this are rounding noise on a true zero (identical alternatives)
const FLAT = 1e-12;
// recomputed scores may differ from the given ones in the last bits; that is not a change of rank
const SLACK = 1e-12;

type Interval = [number, number];
/** [a, b]: a must score at least as high as b. */
type Pair = [number, number];

export interface CriterionSensitivity {
  criterion: string;
  weight: number;
  first: Interval;
  /** Present when there are more than three alternatives. */
  topThree?: Interval;
}

export interface Sensitivity {
  top: string;
  topThree?: string[];
  method: 'exact' | 'search';
  /** For the search: grid step and the precision of the bisected boundaries. */
  resolution?: { step: number; precision: number };
  criteria: CriterionSensitivity[];
}

export function weightSensitivity(model: ScoringModel): Sensitivity {
  const scores = model.score(model.weights);
  const order = orderByScore(scores);
  const firstPairs: Pair[] = order.slice(1).map((b) => [order[0], b]);
  const three = order.length > 3 ? order.slice(0, 3) : undefined;
  const threePairs: Pair[] = three ? three.flatMap((a) => order.slice(3).map((b): Pair => [a, b])) : [];
  const interval = (k: number, pairs: Pair[]): Interval => {
    // a lone criterion's weight is 1 by definition; there is nothing to vary
    if (model.weights.length === 1) return [1, 1];
    return model.values ? exactInterval(model, scores, k, pairs) : searchInterval(model, k, pairs);
  };
  return {
    top: model.alternatives[order[0]],
    ...(three ? { topThree: three.map((a) => model.alternatives[a]) } : {}),
    method: model.values ? 'exact' : 'search',
    ...(model.values ? {} : { resolution: { step: 1 / SEARCH_STEPS, precision: SEARCH_PRECISION } }),
    criteria: model.criteria.map((criterion, k) => ({
      criterion,
      weight: model.weights[k],
      first: interval(k, firstPairs),
      ...(three ? { topThree: interval(k, threePairs) } : {}),
    })),
  };
}

// s_a(t) = t·v_ak + (1 − t)·R_a, with R_a the rescaled rest; so s_a(t) = s_a(w_k) + slope_a·(t − w_k).
function exactInterval(model: ScoringModel, scores: readonly number[], k: number, pairs: readonly Pair[]): Interval {
  const w = model.weights;
  const values = model.values!;
  const rest = 1 - w[k];
  const share = (c: number) => (rest > 0 ? w[c] / rest : 1 / (w.length - 1));
  const slope = values.map((row) => row[k] - row.reduce((s, v, c) => (c === k ? s : s + share(c) * v), 0));
  let [lo, hi] = [0, 1];
  for (const [a, b] of pairs) {
    const lead = Math.max(0, scores[a] - scores[b]);
    const gain = slope[a] - slope[b];
    if (gain > FLAT) lo = Math.max(lo, w[k] - lead / gain);
    else if (gain < -FLAT) hi = Math.min(hi, w[k] + lead / -gain);
  }
  return [lo, hi];
}

function searchInterval(model: ScoringModel, k: number, pairs: readonly Pair[]): Interval {
  const given = model.weights[k];
  const holds = (t: number) => {
    const s = model.score(reweight(model.weights, k, t));
    return pairs.every(([a, b]) => s[a] >= s[b] - SLACK);
  };
  const edge = (direction: -1 | 1): number => {
    let inside = given;
    const start = direction < 0 ? Math.ceil(given * SEARCH_STEPS) - 1 : Math.floor(given * SEARCH_STEPS) + 1;
    for (let i = start; i >= 0 && i <= SEARCH_STEPS; i += direction) {
      const t = i / SEARCH_STEPS;
      if (!holds(t)) return bisect(holds, inside, t);
      inside = t;
    }
    return inside;
  };
  return [edge(-1), edge(1)];
}

function bisect(holds: (t: number) => boolean, inside: number, outside: number): number {
  while (Math.abs(outside - inside) > SEARCH_PRECISION) {
    const middle = (inside + outside) / 2;
    if (holds(middle)) inside = middle;
    else outside = middle;
  }
  return inside;
}

// Score (range) voting: each option's mean score over the ballots that scored it, the median
// beside it. An option a ballot leaves unscored is not counted as a low score: it is left out of
// that option's mean, and `raters` shows how many ballots each mean rests on.
import { BallotKind, type Profile } from '../ballots/profile';
import { snap } from './numbers';
import { keyed, rankByScore, requireKinds } from './ranking';
import type { Outcome } from './types';

/** Per candidate: its scores and their weights, sorted by score. */
export interface ScoreSheet {
  values: number[][];
  weights: number[][];
  raters: Float64Array;
}

export function scoreSheet(profile: Profile, method: string): ScoreSheet {
  requireKinds(profile, method, [BallotKind.scores]);
  const n = profile.candidates.length;
  const pairs: [number, number][][] = Array.from({ length: n }, () => []);
  const raters = new Float64Array(n);
  const { weight, start, item, value } = profile;
  for (let b = 0; b < profile.size; b++) {
    const w = weight[b];
    if (!(w > 0)) continue;
    for (let k = start[b]; k < start[b + 1]; k++) {
      pairs[item[k]].push([value![k], w]);
      raters[item[k]] += w;
    }
  }
  for (const list of pairs) list.sort((a, b) => a[0] - b[0]);
  return { values: pairs.map((l) => l.map((p) => p[0])), weights: pairs.map((l) => l.map((p) => p[1])), raters: raters.map(snap) };
}

/** The weighted median; when the weight splits exactly in half, the midpoint of the two middle scores. */
export function weightedMedian(values: number[], weights: number[], lower = false): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  for (let k = 0; k < values.length; k++) {
    cumulative += weights[k];
    if (snap(cumulative) >= snap(total / 2)) {
      const exactHalf = snap(cumulative) === snap(total / 2) && k + 1 < values.length;
      return exactHalf && !lower ? (values[k] + values[k + 1]) / 2 : values[k];
    }
  }
  return NaN;
}

export function tallyScore(profile: Profile): Outcome {
  const sheet = scoreSheet(profile, 'score');
  const names = profile.candidates;
  const means = sheet.values.map((values, c) =>
    values.length ? values.reduce((sum, v, k) => sum + v * sheet.weights[c][k], 0) / sheet.raters[c] : NaN,
  );
  return {
    ranking: rankByScore(means, 'higher'),
    scores: means,
    extra: {
      medians: keyed(names, (c) => (sheet.values[c].length ? weightedMedian(sheet.values[c], sheet.weights[c]) : null)),
      raters: keyed(names, (c) => sheet.raters[c]),
    },
  };
}

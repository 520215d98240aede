// Score (range) voting: each option's mean score over the ballots that scored it, the median
// beside it. An option a ballot leaves unscored is not counted as a low score: it is left out of
// that option's mean, and `raters` shows how many ballots each mean rests on.
import { BallotKind } from '../ballots/profile';
import { snap } from './numbers';
import { keyed, rankByScore, requireKinds } from './ranking';
import type { RunningTally } from './running';
import type { Outcome } from './types';

/** Per candidate: its distinct scores and their weights, sorted by score. */
export interface ScoreSheet {
  values: number[][];
  weights: number[][];
  raters: Float64Array;
}

export function scoreSheet(tally: RunningTally, method: string): ScoreSheet {
  requireKinds(tally, method, [BallotKind.scores]);
  const pairs = tally.grades!.map((grades) =>
    Object.entries(grades)
      .map(([score, w]): [number, number] => [Number(score), w])
      .filter(([, w]) => w > 0)
      .sort((a, b) => a[0] - b[0]),
  );
  const raters = Float64Array.from(pairs, (list) => list.reduce((sum, [, w]) => sum + w, 0));
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

export function tallyScore(tally: RunningTally): Outcome {
  const sheet = scoreSheet(tally, 'score');
  const names = tally.options;
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

// Copeland: for each candidate, pairwise wins minus pairwise losses (a pairwise tie counts neither).
import { pairwiseOf } from './pairwise';
import type { RunningTally } from './running';
import { allKinds, keyed, rankByScore, requireKinds } from './ranking';
import type { Outcome } from './types';

export function tallyCopeland(tally: RunningTally): Outcome {
  requireKinds(tally, 'copeland', allKinds);
  const n = tally.options.length;
  const m = pairwiseOf(tally);
  const wins = new Int32Array(n);
  const losses = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (m[i * n + j] > m[j * n + i]) wins[i]++;
      else if (m[i * n + j] < m[j * n + i]) losses[i]++;
    }
  }
  const scores = Float64Array.from(wins, (w, c) => w - losses[c]);
  return {
    ranking: rankByScore(scores, 'higher'),
    scores,
    pairwise: m,
    extra: { record: keyed(tally.options, (c) => ({ wins: wins[c], losses: losses[c], ties: n - 1 - wins[c] - losses[c] })) },
  };
}

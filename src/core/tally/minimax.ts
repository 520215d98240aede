// Minimax (Simpson–Kramer), winning votes: a candidate's score is the largest number of votes
// against it in any pairwise defeat (0 if it is never defeated); the lowest score ranks first.
import { pairwiseOf } from './pairwise';
import type { RunningTally } from './running';
import { allKinds, rankByScore, requireKinds } from './ranking';
import type { Outcome } from './types';

export function tallyMinimax(tally: RunningTally): Outcome {
  requireKinds(tally, 'minimax', allKinds);
  const n = tally.options.length;
  const m = pairwiseOf(tally);
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const against = m[j * n + i];
      if (against > m[i * n + j] && against > scores[i]) scores[i] = against;
    }
  }
  return { ranking: rankByScore(scores, 'lower'), scores, pairwise: m };
}

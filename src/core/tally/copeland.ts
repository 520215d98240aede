// Copeland: for each candidate, pairwise wins minus pairwise losses (a pairwise tie counts neither).
import type { Profile } from '../ballots/profile';
import { pairwiseMatrix } from './pairwise';
import { allKinds, keyed, rankByScore, requireKinds } from './ranking';
import type { Outcome } from './types';

export function tallyCopeland(profile: Profile): Outcome {
  requireKinds(profile, 'copeland', allKinds);
  const n = profile.candidates.length;
  const m = pairwiseMatrix(profile);
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
    extra: { record: keyed(profile.candidates, (c) => ({ wins: wins[c], losses: losses[c], ties: n - 1 - wins[c] - losses[c] })) },
  };
}

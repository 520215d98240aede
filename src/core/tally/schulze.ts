// Schulze (beatpath) method. A link i→j exists when more voters prefer i to j; its strength is
// the votes for i (winning votes) or the margin (schulze-margin). A path is as strong as its
// weakest link; i ranks above j when i's strongest path to j beats j's strongest path to i.
// That relation is transitive (Schulze 2011), so counting the candidates each one beats gives
// a ranking in which candidates with equal counts never beat one another: a true tie.
import type { Profile } from '../ballots/profile';
import { pairwiseMatrix } from './pairwise';
import { allKinds, matrixByName, rankByScore, requireKinds } from './ranking';
import type { Outcome } from './types';

export function tallySchulze(profile: Profile, strength: 'winning' | 'margin'): Outcome {
  const method = strength === 'winning' ? 'schulze' : 'schulze-margin';
  requireKinds(profile, method, allKinds);
  const n = profile.candidates.length;
  const m = pairwiseMatrix(profile);
  const p = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const margin = m[i * n + j] - m[j * n + i];
      if (i !== j && margin > 0) p[i * n + j] = strength === 'winning' ? m[i * n + j] : margin;
    }
  }
  // widest paths, Floyd–Warshall style
  for (let k = 0; k < n; k++) {
    for (let i = 0; i < n; i++) {
      const ik = p[i * n + k];
      if (i === k || ik === 0) continue;
      for (let j = 0; j < n; j++) {
        if (j === i || j === k) continue;
        const via = Math.min(ik, p[k * n + j]);
        if (via > p[i * n + j]) p[i * n + j] = via;
      }
    }
  }
  const beaten = new Float64Array(n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (p[i * n + j] > p[j * n + i]) beaten[i]++;
  return {
    ranking: rankByScore(beaten, 'higher'),
    scores: beaten,
    pairwise: m,
    extra: { strongestPaths: matrixByName(profile.candidates, p) },
  };
}

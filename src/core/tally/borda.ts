// Borda count: of n candidates, position i (0-based) earns n−1−i points. Candidates tied on a
// ballot, and those it leaves out, share the mean of the points of the positions they occupy.
// Explanation: the weight each candidate received at each position (a tie spreads its weight
// evenly over the positions it spans), so points = Σ position weight × position points.
import type { Profile } from '../ballots/profile';
import { snap, snapAll } from './numbers';
import { keyed, orderKinds, rankByScore, requireKinds } from './ranking';
import type { Outcome } from './types';

export function tallyBorda(profile: Profile): Outcome {
  requireKinds(profile, 'borda', orderKinds);
  const names = profile.candidates;
  const n = names.length;
  const points = new Float64Array(n);
  const positions = new Float64Array(n * n);
  // Unlisted candidates are handled in bulk: weight of ballots listing L candidates, minus, per
  // candidate, the part of it from ballots that did list that candidate.
  const byListed = new Float64Array(n + 1);
  const listedAt = new Float64Array(n * (n + 1));
  const { weight, start, item, level } = profile;
  for (let b = 0; b < profile.size; b++) {
    const w = weight[b];
    if (!(w > 0)) continue;
    const s = start[b];
    const e = start[b + 1];
    let position = 0;
    for (let k = s; k < e; ) {
      let g = k + 1;
      while (g < e && level[g] === level[k]) g++;
      const size = g - k;
      const mean = n - 1 - (position + (size - 1) / 2);
      for (let t = k; t < g; t++) {
        const c = item[t];
        points[c] += w * mean;
        for (let q = position; q < position + size; q++) positions[c * n + q] += w / size;
      }
      position += size;
      k = g;
    }
    const listed = e - s;
    byListed[listed] += w;
    for (let k = s; k < e; k++) listedAt[item[k] * (n + 1) + listed] += w;
  }
  for (let c = 0; c < n; c++) {
    for (let listed = 0; listed < n; listed++) {
      const w = byListed[listed] - listedAt[c * (n + 1) + listed];
      if (w === 0) continue;
      points[c] += (w * (n - listed - 1)) / 2;
      for (let q = listed; q < n; q++) positions[c * n + q] += w / (n - listed);
    }
  }
  snapAll(points);
  return {
    ranking: rankByScore(points, 'higher'),
    scores: points,
    extra: {
      pointsPerPosition: Array.from({ length: n }, (_, i) => n - 1 - i),
      positions: keyed(names, (c) => Array.from(positions.subarray(c * n, c * n + n), snap)),
    },
  };
}

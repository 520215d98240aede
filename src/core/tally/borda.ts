// Borda count: of n candidates, position i (0-based) earns n−1−i points. Candidates tied on a
// ballot, and those it leaves out, share the mean of the points of the positions they occupy.
// Explanation: the weight each candidate received at each position (a tie spreads its weight
// evenly over the positions it spans), so points = Σ position weight × position points.
// Counted from the running tally's Borda part (running.ts), which does not depend on n: listed
// positions as sums, unlisted ones from how many options each ballot listed.
import { snap, snapAll } from './numbers';
import { keyed, orderKinds, rankByScore, requireKinds } from './ranking';
import type { BordaPart, RunningTally } from './running';
import type { Outcome } from './types';

export function tallyBorda(tally: RunningTally): Outcome {
  requireKinds(tally, 'borda', orderKinds);
  const names = tally.options;
  const n = names.length;
  const borda = tally.borda!;
  const points = new Float64Array(n);
  const positions = new Float64Array(n * n);
  for (let c = 0; c < n; c++) {
    // listed: (n − 1) − mean position, the part kept as twice the position
    points[c] = (n - 1) * tally.listed[c] - borda.position[c] / 2;
    borda.spans[c].forEach((bySize, start) =>
      bySize.forEach((w, s) => {
        for (let q = start; q <= start + s; q++) positions[c * n + q] += w / (s + 1);
      }),
    );
    for (let listed = 0; listed < n; listed++) {
      const w = unlisting(borda, c, listed);
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

// Weight of the ballots that list `listed` options, c not among them.
function unlisting(borda: BordaPart, c: number, listed: number): number {
  return (borda.byLength[listed] ?? 0) - (borda.listedAt[c][listed] ?? 0);
}

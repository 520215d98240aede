// Schulze (beatpath) method. A link i→j exists when more voters prefer i to j; its strength is
// the votes for i (winning votes) or the margin (schulze-margin). A path is as strong as its
// weakest link; i beats j when i's strongest path to j is stronger than j's strongest path to i.
// That relation is a strict partial order (Schulze 2011, §4.1), so some candidates are beaten by
// nobody: they are all winners, even when they beat different numbers of others.
import { pairwiseOf } from './pairwise';
import type { RunningTally } from './running';
import { allKinds, matrixByName, requireKinds } from './ranking';
import type { Outcome } from './types';

export function tallySchulze(tally: RunningTally, strength: 'winning' | 'margin'): Outcome {
  const method = strength === 'winning' ? 'schulze' : 'schulze-margin';
  requireKinds(tally, method, allKinds);
  const n = tally.options.length;
  const m = pairwiseOf(tally);
  const p = strongestPaths(m, n, strength);
  const beats = (i: number, j: number) => p[i * n + j] > p[j * n + i];
  const beaten = new Float64Array(n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (beats(i, j)) beaten[i]++;
  return {
    ranking: layers(n, beats),
    scores: beaten,
    pairwise: m,
    extra: { strongestPaths: matrixByName(tally.options, p) },
  };
}

function strongestPaths(m: Float64Array, n: number, strength: 'winning' | 'margin'): Float64Array {
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
  return p;
}

// The first tie group is everyone no candidate beats; each next group is everyone no *remaining*
// candidate beats, judged on the strongest paths among all candidates. Recomputing the paths
// on the remaining candidates alone would drop paths through those already ranked and could
// reverse a pair the full count decided; with the full paths, whenever x beats y, x is ranked above
// y, and no two candidates in one group beat one another.
function layers(n: number, beats: (i: number, j: number) => boolean): number[][] {
  let rest = [...Array(n).keys()];
  const groups: number[][] = [];
  while (rest.length) {
    const top = rest.filter((c) => !rest.some((d) => beats(d, c)));
    // a strict partial order always has an unbeaten candidate; the fallback only ends the loop
    const group = top.length ? top : rest;
    groups.push(group);
    rest = rest.filter((c) => !group.includes(c));
  }
  return groups;
}

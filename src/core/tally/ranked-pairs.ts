// Ranked pairs (Tideman 1987). Every pairwise majority is a pair; pairs are taken strongest first
// (largest margin, then most winning votes) and locked unless they would close a cycle with the
// pairs already locked. The ranking follows the locked pairs: a candidate ranks by how many others
// it reaches through them. Pairs equally strong in both respects are taken in candidate order;
// when that order decided which pair was skipped, the result says so in `tieBreaks`.
import { pairwiseOf } from './pairwise';
import type { RunningTally } from './running';
import { allKinds, rankByScore, requireKinds } from './ranking';
import type { Outcome, TieBreak } from './types';

interface Pair {
  winner: number;
  loser: number;
  margin: number;
  votes: number;
}

export function tallyRankedPairs(tally: RunningTally): Outcome {
  requireKinds(tally, 'ranked-pairs', allKinds);
  const names = tally.options;
  const n = names.length;
  const m = pairwiseOf(tally);
  const pairs: Pair[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const margin = m[i * n + j] - m[j * n + i];
      if (margin > 0) pairs.push({ winner: i, loser: j, margin, votes: m[i * n + j] });
    }
  }
  pairs.sort((a, b) => b.margin - a.margin || b.votes - a.votes || a.winner - b.winner || a.loser - b.loser);

  const locked = new Uint8Array(n * n);
  const lockedPairs: Pair[] = [];
  const skipped: Pair[] = [];
  const tieBreaks: TieBreak[] = [];
  for (let from = 0; from < pairs.length; ) {
    let to = from + 1;
    while (to < pairs.length && pairs[to].margin === pairs[from].margin && pairs[to].votes === pairs[from].votes) to++;
    let skippedHere = false;
    for (let k = from; k < to; k++) {
      const pair = pairs[k];
      if (reaches(locked, n, pair.loser, pair.winner)) {
        skipped.push(pair);
        skippedHere = true;
      } else {
        locked[pair.winner * n + pair.loser] = 1;
        lockedPairs.push(pair);
      }
    }
    if (skippedHere && to - from > 1) {
      const among = new Set(pairs.slice(from, to).flatMap((p) => [names[p.winner], names[p.loser]]));
      tieBreaks.push({ among: [...among], rule: 'candidate-order' });
    }
    from = to;
  }

  const reached = new Float64Array(n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j && reaches(locked, n, i, j)) reached[i]++;
  const show = (p: Pair) => ({ winner: names[p.winner], loser: names[p.loser], margin: p.margin, votes: p.votes });
  return {
    ranking: rankByScore(reached, 'higher'),
    scores: reached,
    pairwise: m,
    ...(tieBreaks.length ? { tieBreaks } : {}),
    extra: { locked: lockedPairs.map(show), skipped: skipped.map(show) },
  };
}

function reaches(locked: Uint8Array, n: number, from: number, target: number): boolean {
  const seen = new Uint8Array(n);
  const stack = [from];
  seen[from] = 1;
  while (stack.length) {
    const c = stack.pop()!;
    if (c === target) return true;
    for (let j = 0; j < n; j++) {
      if (locked[c * n + j] && !seen[j]) {
        seen[j] = 1;
        stack.push(j);
      }
    }
  }
  return false;
}

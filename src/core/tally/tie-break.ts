// Settles a tie in a round-based count by looking back: among the tied candidates, the one that
// was lowest (or highest) in the most recent earlier round where they differed. Candidates still
// tied in every round are settled by candidate order (the later-listed one is taken as lowest),
// which the result reports, since the ballots did not decide it.
import type { TieBreak } from './types';

export function breakTie(
  tied: readonly number[],
  history: readonly Float64Array[],
  take: 'lowest' | 'highest',
  names: readonly string[],
  round: number,
): { chosen: number; tieBreak?: TieBreak } {
  if (tied.length === 1) return { chosen: tied[0] };
  let left = [...tied];
  for (let r = history.length - 1; r >= 0 && left.length > 1; r--) {
    const votes = history[r];
    const target = take === 'lowest' ? Math.min(...left.map((c) => votes[c])) : Math.max(...left.map((c) => votes[c]));
    left = left.filter((c) => votes[c] === target);
  }
  const byHistory = left.length === 1;
  const chosen = byHistory ? left[0] : take === 'lowest' ? Math.max(...left) : Math.min(...left);
  return {
    chosen,
    tieBreak: { round, among: tied.map((c) => names[c]), chosen: names[chosen], rule: byHistory ? 'earlier-rounds' : 'candidate-order' },
  };
}

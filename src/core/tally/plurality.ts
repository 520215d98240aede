// Plurality: first preferences. A ballot whose first place is a tie gives each tied candidate an
// equal part of its weight, so the counts still add up to the voters who expressed a first choice.
import { snapAll } from './numbers';
import { rankByScore, requireKinds, orderKinds } from './ranking';
import type { RunningTally } from './running';
import type { Outcome } from './types';

export function tallyPlurality(tally: RunningTally): Outcome {
  requireKinds(tally, 'plurality', orderKinds);
  // first[c][s − 1]: weight of ballots whose first place is a tie of s, c among them
  const counts = snapAll(Float64Array.from(tally.first!, (bySize) => bySize.reduce((sum, w, s) => sum + w / (s + 1), 0)));
  return { ranking: rankByScore(counts, 'higher'), scores: counts };
}


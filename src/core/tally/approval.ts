// Approval: each ballot approves every candidate it lists (an approval ballot its approvals,
// an order every candidate it ranks), and the most approved wins.
import { BallotKind } from '../ballots/profile';
import { snapAll } from './numbers';
import { rankByScore, requireKinds } from './ranking';
import type { RunningTally } from './running';
import type { Outcome } from './types';

export function tallyApproval(tally: RunningTally): Outcome {
  requireKinds(tally, 'approval', [BallotKind.ranking, BallotKind.approval]);
  const counts = snapAll(Float64Array.from(tally.listed));
  return { ranking: rankByScore(counts, 'higher'), scores: counts };
}

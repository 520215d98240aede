// Approval: each ballot approves every candidate it lists (an approval ballot its approvals,
// an order every candidate it ranks), and the most approved wins.
import { BallotKind, type Profile } from '../ballots/profile';
import { snapAll } from './numbers';
import { rankByScore, requireKinds } from './ranking';
import type { Outcome } from './types';

export function tallyApproval(profile: Profile): Outcome {
  requireKinds(profile, 'approval', [BallotKind.ranking, BallotKind.approval]);
  const counts = new Float64Array(profile.candidates.length);
  const { weight, start, item } = profile;
  for (let b = 0; b < profile.size; b++) {
    const w = weight[b];
    for (let k = start[b]; k < start[b + 1]; k++) counts[item[k]] += w;
  }
  snapAll(counts);
  return { ranking: rankByScore(counts, 'higher'), scores: counts };
}

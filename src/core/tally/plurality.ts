// Plurality: first preferences. A ballot whose first place is a tie gives each tied candidate an
// equal part of its weight, so the counts still add up to the voters who expressed a first choice.
import type { Profile } from '../ballots/profile';
import { snapAll } from './numbers';
import { rankByScore, requireKinds, orderKinds } from './ranking';
import type { Outcome } from './types';

export function tallyPlurality(profile: Profile): Outcome {
  requireKinds(profile, 'plurality', orderKinds);
  const counts = new Float64Array(profile.candidates.length);
  const { weight, start, item, level } = profile;
  for (let b = 0; b < profile.size; b++) {
    const s = start[b];
    let e = s;
    while (e < start[b + 1] && level[e] === 0) e++;
    const share = weight[b] / (e - s);
    for (let k = s; k < e; k++) counts[item[k]] += share;
  }
  snapAll(counts);
  return { ranking: rankByScore(counts, 'higher'), scores: counts };
}


// Stored ballots of a consultation → the Profile the tally methods count. Groups and clusters are
// declared up front so that a group with no ballots yet still appears (with zero) in breakdowns.
import { ProfileBuilder } from '../ballots/profile.builder';
import type { Profile } from '../ballots/profile';
import type { BallotType, StoredChoice } from './spec';

export type StoredBallot = { choice: StoredChoice; group: string | null; cluster: string | null };

export function profileOf(
  optionKeys: readonly string[],
  ballots: Iterable<StoredBallot>,
  declared: { groups: readonly string[]; clusters: readonly string[] } = { groups: [], clusters: [] },
): Profile {
  const builder = new ProfileBuilder(optionKeys);
  for (const g of declared.groups) builder.groupId(g);
  for (const c of declared.clusters) builder.clusterId(c);
  const index = (key: string) => builder.candidateIndex(key);
  for (const { choice, group, cluster } of ballots) {
    const g = builder.groupId(group ?? undefined);
    const c = builder.clusterId(cluster ?? undefined);
    if ('approve' in choice) builder.addApproval(choice.approve.map(index), 1, g, c);
    else if ('scores' in choice) {
      const keys = Object.keys(choice.scores);
      builder.addScores(keys.map(index), keys.map((k) => choice.scores[k]), 1, g, c);
    } else if ('pairs' in choice) {
      // Each answered pair is one comparison; skipped pairs say nothing about preference.
      for (const [winner, loser] of choice.pairs) builder.addPair(index(winner), index(loser), 1, g, c);
    } else {
      const items = choice.ranking.flat().map(index);
      const levels = choice.ranking.flatMap((tied, level) => tied.map(() => level));
      builder.addRanking(items, levels, 1, g, c);
    }
  }
  return builder.build();
}

/** The method a consultation's results use unless the caller names another, and the sensible others. */
export const methodsFor: Record<BallotType, { default: string; others: string[] }> = {
  approval: { default: 'approval', others: [] },
  ranking: { default: 'schulze', others: ['borda', 'copeland', 'ranked-pairs', 'irv', 'kemeny', 'minimax', 'plurality'] },
  score: { default: 'score', others: ['majority-judgment', 'borda', 'schulze'] },
  budget: { default: 'score', others: ['borda'] },
  pairwise: { default: 'bradley-terry', others: ['copeland', 'schulze'] },
};

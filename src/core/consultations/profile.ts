// Stored ballots of a consultation → the Profile the tally methods count. Groups and clusters are
// declared up front so that a group with no ballots yet still appears (with zero) in breakdowns.
import { ProfileBuilder } from '../ballots/profile.builder';
import { BallotKind, type Profile } from '../ballots/profile';
import { partsFor } from '../tally/cells';
import type { TallyPart } from '../tally/running';
import { isMethodName } from '../tally/tally';
import { choiceBallots } from './running-tally';
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
    // each answered pair is one comparison; skipped pairs say nothing about preference
    for (const { kind, items, levels, values } of choiceBallots(choice, index)) {
      if (kind === BallotKind.pair) builder.addPair(items[0], items[1], 1, g, c);
      else if (kind === BallotKind.approval) builder.addApproval(items, 1, g, c);
      else if (kind === BallotKind.scores) builder.addScores(items, values!, 1, g, c);
      else builder.addRanking(items, levels, 1, g, c);
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

/** The running-tally parts a consultation of this type keeps: those its default and other methods read. */
export function consultationParts(type: BallotType): TallyPart[] {
  const { default: first, others } = methodsFor[type];
  return partsFor([first, ...others].filter(isMethodName));
}

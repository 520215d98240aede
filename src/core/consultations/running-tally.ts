// A consultation's stored ballots as running tallies (core/tally/running.ts): the tally ballots
// one stored choice stands for, and adding a stored choice to a cell's tally (consultationParts in
// profile.ts says which parts a consultation keeps). profileOf reads stored ballots with the same
// choiceBallots, so a tally kept as ballots arrive counts as the stored ballots do.
import { BallotKind } from '../ballots/profile';
import { addBallot, type RunningTally, type TallyBallot } from '../tally/running';
import { alignTally } from '../tally/running.merge';
import type { StoredChoice } from './spec';

/** A stored choice as tally ballots over option indices: a pairwise ballot is one per answered pair. */
export function choiceBallots(choice: StoredChoice, index: (key: string) => number): TallyBallot[] {
  if ('pairs' in choice) return choice.pairs.map(([winner, loser]) => ({ kind: BallotKind.pair, items: [index(winner), index(loser)], levels: [0, 1] }));
  if ('approve' in choice) return [{ kind: BallotKind.approval, items: choice.approve.map(index), levels: choice.approve.map(() => 0) }];
  if ('scores' in choice) {
    // highest score first; equal scores are one tie group
    const keys = Object.keys(choice.scores).sort((a, b) => choice.scores[b] - choice.scores[a]);
    const values = keys.map((k) => choice.scores[k]);
    const levels: number[] = [];
    values.forEach((v, k) => levels.push(k === 0 ? 0 : levels[k - 1] + (v === values[k - 1] ? 0 : 1)));
    return [{ kind: BallotKind.scores, items: keys.map(index), levels, values }];
  }
  return [{ kind: BallotKind.ranking, items: choice.ranking.flat().map(index), levels: choice.ranking.flatMap((tied, level) => tied.map(() => level)) }];
}

/** Adds one stored ballot; an option the tally has not seen yet (approved since) joins it first. */
export function addChoice(tally: RunningTally, choice: StoredChoice): RunningTally {
  const named = 'pairs' in choice ? choice.pairs.flat() : 'approve' in choice ? choice.approve : 'scores' in choice ? Object.keys(choice.scores) : choice.ranking.flat();
  const fresh = [...new Set(named.filter((key) => !tally.options.includes(key)))];
  const into = fresh.length ? alignTally(tally, [...tally.options, ...fresh]) : tally;
  for (const ballot of choiceBallots(choice, (key) => into.options.indexOf(key))) addBallot(into, ballot);
  return into;
}

// Turns a method's outcome (candidate indices) into the result document of docs/contracts.md,
// keyed by candidate name, in the contract's key order.
import { matrixByName } from './ranking';
import type { Outcome, TallyResult } from './types';

export function present(method: string, names: readonly string[], voters: number, outcome: Outcome): TallyResult {
  const name = (c: number) => names[c];
  const result: TallyResult = {
    method,
    candidates: [...names],
    voters,
    ranking: outcome.ranking.map((group) => group.map(name)),
    winners: (outcome.winners ?? outcome.ranking[0] ?? []).map(name),
  };
  const scores = outcome.scores;
  if (scores) {
    const shown: Record<string, number> = {};
    for (const group of outcome.ranking) for (const c of group) if (!Number.isNaN(scores[c])) shown[names[c]] = scores[c];
    result.scores = shown;
  }
  if (outcome.pairwise) result.pairwise = matrixByName(names, outcome.pairwise);
  if (outcome.rounds) result.rounds = outcome.rounds;
  if (outcome.quota !== undefined) result.quota = outcome.quota;
  if (outcome.seats !== undefined) result.seats = outcome.seats;
  if (outcome.score !== undefined) result.score = outcome.score;
  if (outcome.tieBreaks) result.tieBreaks = outcome.tieBreaks;
  return Object.assign(result, outcome.extra);
}

/** Nobody voted: everyone is tied and nobody wins. */
export function presentEmpty(method: string, candidates: readonly string[]): TallyResult {
  const names = [...candidates];
  return { method, candidates: names, voters: 0, ranking: names.length ? [names] : [], winners: [] };
}


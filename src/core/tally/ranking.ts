// Helpers every method shares: turning per-candidate scores into tie groups, checking that the
// ballots are of a kind the method can count, and keying values by candidate name.
import { InputError } from '../errors';
import { BallotKind } from '../ballots/profile';
import type { RunningTally } from './running';

/** Tie groups, best first; candidates with a NaN score come last, together. */
export function rankByScore(scores: ArrayLike<number>, better: 'higher' | 'lower'): number[][] {
  const sign = better === 'higher' ? -1 : 1;
  const rated: number[] = [];
  const unrated: number[] = [];
  for (let c = 0; c < scores.length; c++) (Number.isNaN(scores[c]) ? unrated : rated).push(c);
  rated.sort((a, b) => sign * (scores[a] - scores[b]) || a - b);
  const groups: number[][] = [];
  for (const c of rated) {
    const last = groups[groups.length - 1];
    if (last && scores[last[0]] === scores[c]) last.push(c);
    else groups.push([c]);
  }
  if (unrated.length) groups.push(unrated);
  return groups;
}

const kindWords = ['ranked ballots', 'approval ballots', 'score ballots', 'pairwise comparisons'];
const kindWordsVi = ['phiếu xếp hạng', 'phiếu tán thành', 'phiếu chấm điểm', 'phiếu so sánh từng cặp'];

/** Throws when the tally holds ballots (of weight above 0) of a kind the method cannot count. */
export function requireKinds(tally: RunningTally, method: string, allowed: readonly BallotKind[]): void {
  for (let kind = 0; kind < kindWords.length; kind++) {
    if (tally.kinds[kind] > 0 && !allowed.includes(kind as BallotKind)) {
      const needs = allowed.map((k) => kindWords[k]).join(' or ');
      const needsVi = allowed.map((k) => kindWordsVi[k]).join(' hoặc ');
      throw new InputError(
        `Method "${method}" cannot count ${kindWords[kind]}; it needs ${needs}.`,
        {},
        `Phương pháp "${method}" không đếm được ${kindWordsVi[kind]}; phương pháp này cần ${needsVi}.`,
      );
    }
  }
}

export const orderKinds = [BallotKind.ranking, BallotKind.approval, BallotKind.scores] as const;
export const allKinds = [BallotKind.ranking, BallotKind.approval, BallotKind.scores, BallotKind.pair] as const;

export function keyed<T>(names: readonly string[], value: (c: number) => T): Record<string, T> {
  const out: Record<string, T> = {};
  names.forEach((name, c) => (out[name] = value(c)));
  return out;
}

export function matrixByName(names: readonly string[], m: ArrayLike<number>): Record<string, Record<string, number>> {
  const n = names.length;
  return keyed(names, (i) => {
    const row: Record<string, number> = {};
    for (let j = 0; j < n; j++) if (j !== i) row[names[j]] = m[i * n + j];
    return row;
  });
}

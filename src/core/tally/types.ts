// The shapes a tally returns (candidate names as keys, as in docs/contracts.md) and the internal
// outcome each method hands to the presenter (candidate indices, as the methods count them).
import type { RunningTally } from './running';

export const methodNames = [
  'approval', 'plurality', 'borda', 'copeland', 'minimax', 'schulze', 'schulze-margin', 'ranked-pairs',
  'kemeny', 'irv', 'stv', 'score', 'majority-judgment', 'bradley-terry',
] as const;
export type MethodName = (typeof methodNames)[number];

export interface StakeholderWeights {
  groups: Record<string, number>;
}

export interface TallyOptions {
  method: string;
  seats?: number;
  weights?: StakeholderWeights;
  /** Also count each stakeholder group / cluster on its own. */
  breakdown?: readonly ('group' | 'cluster')[];
}

export interface Transfer {
  from: string;
  reason: 'surplus' | 'elimination';
  /** Share of each ballot's value passed on (surplus transfers). */
  factor?: number;
  to: Record<string, number>;
  exhausted: number;
}

export interface TallyRound {
  tally: Record<string, number>;
  eliminated: string[];
  elected: string[];
  /** Ballot weight with no continuing candidate left, in this round. */
  exhausted?: number;
  /** What the count did after this round's tally. */
  transfer?: Transfer;
}

/** A decision the ballots alone did not settle, and the rule that settled it. */
export interface TieBreak {
  round?: number;
  among: string[];
  chosen?: string;
  rule: 'earlier-rounds' | 'candidate-order' | 'first-optimal-order';
}

export interface TallyResult {
  method: string;
  candidates: string[];
  voters: number;
  ranking: string[][];
  winners: string[];
  scores?: Record<string, number>;
  pairwise?: Record<string, Record<string, number>>;
  rounds?: TallyRound[];
  quota?: number;
  seats?: number;
  /** Kemeny: pairwise agreements of the best order. */
  score?: number;
  tieBreaks?: TieBreak[];
  /** Stakeholder groups' declared weights, their shares and voters, when the count was weighted. */
  weighting?: Record<string, { declared: number; share: number; voters: number }>;
  /** Pairwise consultations: the comparisons counted (then `voters` are the ballots). */
  comparisons?: number;
  [explanation: string]: unknown;
}

export interface Outcome {
  ranking: number[][];
  /** Defaults to the first tie group of the ranking. */
  winners?: number[];
  /** Per candidate; NaN leaves a candidate out of `scores`. */
  scores?: ArrayLike<number>;
  pairwise?: Float64Array;
  rounds?: TallyRound[];
  quota?: number;
  seats?: number;
  score?: number;
  tieBreaks?: TieBreak[];
  /** Method-specific explanation, already keyed by candidate name. */
  extra?: Record<string, unknown>;
}

export interface MethodOptions {
  /** STV: the seats asked for, or else those the ballot file declared. */
  seats?: number;
}

/** Counts from a tally over exactly the candidates (its options), stakeholder shares already applied. */
export type Method = (tally: RunningTally, options: MethodOptions) => Outcome;

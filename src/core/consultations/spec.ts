// What a consultation asks for (the contract's "ballot" spec) and the shape a ballot takes once
// checked and stored. Option keys are the consultation's own; scores are whole numbers.
export const ballotTypes = ['approval', 'ranking', 'score', 'pairwise', 'budget'] as const;
export type BallotType = (typeof ballotTypes)[number];

export type BallotSpec = {
  type: BallotType;
  /** approval/ranking: fewest and most options a ballot may list. */
  min?: number;
  max?: number;
  /** score: the highest score (lowest is 0), or an explicit range. */
  scale?: number | { min: number; max: number };
  /** budget: points each participant distributes. */
  points?: number;
};

/** A pairwise ballot: the pairs answered (winner first) and those the participant skipped. */
export type PairsChoice = { pairs: [string, string][]; skipped: [string, string][] };
export type StoredChoice = { approve: string[] } | { ranking: string[][] } | { scores: Record<string, number> } | PairsChoice;

/** The body of a ballot as sent, before any check: anything may be in it. */
export type BallotInput = { approve?: unknown; ranking?: unknown; scores?: unknown; pairs?: unknown; skipped?: unknown };

export function scoreRange(spec: BallotSpec): { min: number; max: number } {
  if (typeof spec.scale === 'object') return spec.scale;
  return { min: 0, max: spec.scale ?? 5 };
}

/** Which field of the ballot body each type of consultation reads (pairwise also takes `skipped`). */
export const fieldOf: Record<BallotType, keyof BallotInput> = {
  approval: 'approve',
  ranking: 'ranking',
  pairwise: 'pairs',
  score: 'scores',
  budget: 'scores',
};

// The ballot model every tally method reads. Candidates are integer indices into `candidates`;
// identical ballots are stored once with their total weight; everything sits in flat typed arrays
// so that a million ballots take tens of megabytes and the methods walk memory in order.
//
// Ballot b lists item[start[b] .. start[b+1]) best first. `level` is the tie group of each item
// within its ballot (0, 1, 2 … consecutive), so rankings, approvals (one group) and score ballots
// (grouped by score, highest first) can all be read as orders by the pairwise methods.
// Candidates a ballot leaves out are tied below all it lists.

export const BallotKind = { ranking: 0, approval: 1, scores: 2, pair: 3 } as const;
export type BallotKind = (typeof BallotKind)[keyof typeof BallotKind];

export interface Profile {
  readonly candidates: readonly string[];
  /** Number of distinct ballots. */
  readonly size: number;
  /** Voters behind each distinct ballot (after stakeholder weighting: their weighted share). */
  readonly weight: Float64Array;
  readonly kind: Uint8Array;
  readonly start: Uint32Array;
  readonly item: Uint16Array;
  readonly level: Uint16Array;
  /** Score of each item, present only when some ballot carries scores. */
  readonly value: Float64Array | null;
  /** Index into `groups` / `clusters`, or −1. */
  readonly group: Int32Array;
  readonly groups: readonly string[];
  readonly cluster: Int32Array;
  readonly clusters: readonly string[];
  /** Seats declared by the file (BLT), used when the caller names none. */
  readonly seats?: number;
  readonly title?: string;
  /** Candidates the file withdrew (BLT); they are not in `candidates`. */
  readonly withdrawn?: readonly string[];
}

export function totalWeight(profile: Profile): number {
  let total = 0;
  for (let b = 0; b < profile.size; b++) total += profile.weight[b];
  return total;
}

/** The same ballots counted with other weights (stakeholder shares, bootstrap draws, subsets). */
export function withWeights(profile: Profile, weight: Float64Array): Profile {
  return { ...profile, weight };
}

/** Which ballot kinds occur (with non-zero weight), as a bit set over BallotKind. */
export function kindsPresent(profile: Profile): number {
  let bits = 0;
  for (let b = 0; b < profile.size; b++) if (profile.weight[b] > 0) bits |= 1 << profile.kind[b];
  return bits;
}

// The shapes of opinion mapping (issue 18): votes in, groups, representative and consensus statements out.
// Votes are coded as the Pol.is exports code them: agree 1, disagree −1, pass 0.
import type { GroupClusterings } from './groups';

export type VoteValue = -1 | 0 | 1;

export interface Vote {
  voter: string;
  statement: string;
  value: VoteValue;
  /** When it was cast, in milliseconds (as Pol.is exports it): of two votes on one statement the later counts. */
  at: number;
}

/** Votes as parallel arrays: vote k is by voters[voter[k]] on statements[statement[k]]. */
export interface VoteColumns {
  voters: string[];
  statements: string[];
  voter: Int32Array;
  statement: Int32Array;
  value: Int8Array;
  at: Float64Array;
}

export interface Conversation {
  votes: Vote[] | VoteColumns;
  /** Statements moderated out or marked meta: their votes are set to 0 for everyone before the maths. */
  zeroed?: string[];
}

/**
 * What one update leaves for the next: once in, a participant stays in; components, base clusters (by
 * their participants) and the groups of every k tried (by their base clusters) are where it starts. A
 * state stored before clusters were carried by members has neither list: its next update starts afresh.
 */
export interface OpinionState {
  inConversation: string[];
  components: Record<string, [number, number]>;
  baseClusters?: { id: number; members: string[] }[];
  groupClusterings?: GroupClusterings;
  smoothing: KSmoothing;
}

export interface KSmoothing {
  lastK: number;
  lastKCount: number;
  smoothedK: number;
}

export interface Representative {
  statement: string;
  direction: 'agree' | 'disagree';
  /** Share of the group's votes on the statement that agree (passes counted in the votes). */
  agree: number;
  /** Share of the group's votes on the statement that disagree (what a public report shows beside a disagree); always set by representatives(). */
  disagree?: number;
  /** The group's votes on the statement, passes included; always set by representatives(). */
  votes?: number;
  /** ra or rd: how much likelier the group is than everyone else to vote this way. */
  repness: number;
  /** The two-proportion z-score behind it (rat or rdt). */
  repnessTest: number;
  /** Pol.is's pa or pd: (n + 1) / (votes + 2). */
  probability: number;
  /** pat or pdt: the one-proportion z-score that the probability exceeds ½. */
  probabilityTest: number;
}

export interface Group {
  id: number;
  members: string[];
  representative: Representative[];
}

export interface ConsensusStatement {
  statement: string;
  direction: 'agree' | 'disagree';
  /** Share of everyone's votes on the statement that go this way (passes counted in the votes); always set by consensus(). */
  share?: number;
  votes?: number;
  probability: number;
  probabilityTest: number;
}

export interface OpinionMap {
  participants: number;
  statements: number;
  /** Participants in the conversation: those the groups are made of. */
  clustered: string[];
  groups: Group[];
  consensus: { agree: ConsensusStatement[]; disagree: ConsensusStatement[] };
  /** ∏ over groups of (agrees + 1) / (votes + 2), per statement. */
  groupInformedConsensus: Record<string, number>;
  pca: {
    center: number[];
    components: [number[], number[]];
    statements: string[];
    /** All participants at once, or above 10,000 participants batches of `sampled` participants each. */
    method: { name: 'full' } | { name: 'mini-batch'; sampled: number; batches: number };
  };
  projection: Record<string, [number, number]>;
  state: OpinionState;
}

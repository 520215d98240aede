// The vote matrix: participants × statements, the latest vote of each participant on each statement,
// NaN where they have not voted; zeroed statements (moderated out, meta) set to 0 for everyone. Rows
// and columns follow the ids in natural order, so the matrix does not depend on the order votes arrive
// in. And who is "in the conversation": at least min(7, statements) votes, topped up to 15 with the
// most active voters (all of those tied at the cut), and whoever was in before.
import type { Conversation, Vote } from './types';

export interface VoteMatrix {
  participants: string[];
  statements: string[];
  /** Row-major, participants.length × statements.length; NaN where there is no vote. */
  cells: Float64Array;
  /** Votes each participant cast, before zeroing (what decides who is in the conversation). */
  voteCounts: Int32Array;
}

const collator = new Intl.Collator('en', { numeric: true });
export const naturalOrder = (a: string, b: string): number => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

export function voteMatrix(conversation: Conversation): VoteMatrix {
  const latest = new Map<string, Vote>();
  for (const vote of conversation.votes) {
    const key = `${vote.voter}\u0000${vote.statement}`;
    const held = latest.get(key);
    if (!held || vote.at >= held.at) latest.set(key, vote);
  }
  const participants = [...new Set([...latest.values()].map((v) => v.voter))].sort(naturalOrder);
  const statements = [...new Set([...latest.values()].map((v) => v.statement))].sort(naturalOrder);
  const row = new Map(participants.map((p, i) => [p, i]));
  const column = new Map(statements.map((s, j) => [s, j]));
  const m = statements.length;
  const cells = new Float64Array(participants.length * m).fill(NaN);
  const voteCounts = new Int32Array(participants.length);
  for (const vote of latest.values()) {
    const i = row.get(vote.voter)!;
    cells[i * m + column.get(vote.statement)!] = vote.value;
    voteCounts[i]++;
  }
  for (const statement of conversation.zeroed ?? []) {
    const j = column.get(statement);
    if (j !== undefined) for (let i = 0; i < participants.length; i++) cells[i * m + j] = 0;
  }
  return { participants, statements, cells, voteCounts };
}

const GREEDY_TOP_UP = 15;
const MIN_VOTES = 7;

/** Indices of the participants in the conversation, in matrix order. */
export function inConversation(matrix: VoteMatrix, before: readonly string[] = []): number[] {
  const { participants, voteCounts, statements } = matrix;
  const was = new Set(before);
  const threshold = Math.min(MIN_VOTES, statements.length);
  const chosen = new Set(participants.flatMap((p, i) => (was.has(p) || voteCounts[i] >= threshold ? [i] : [])));
  const rest = participants.map((_, i) => i).filter((i) => !chosen.has(i) && voteCounts[i] > 0);
  if (chosen.size < GREEDY_TOP_UP && rest.length > 0) {
    // the most active voters, down to as many votes as the last one needed has: of voters with equal
    // counts at the cut all come in, so that who comes in does not depend on their ids (Pol.is takes
    // the first in its storage order)
    const counts = rest.map((i) => voteCounts[i]).sort((a, b) => b - a);
    const cut = counts[Math.min(GREEDY_TOP_UP - chosen.size, counts.length) - 1];
    for (const i of rest) if (voteCounts[i] >= cut) chosen.add(i);
  }
  return [...chosen].sort((a, b) => a - b);
}

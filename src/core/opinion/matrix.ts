// The vote matrix: participants × statements, the latest vote of each participant on each statement;
// zeroed statements (moderated out, meta) set to 0 for everyone. Stored sparse — only the votes cast,
// row by row — since a large conversation has each participant voting on a few of many statements.
// Rows and columns follow the ids in natural order, so the matrix does not depend on the order votes
// arrive in. And who is "in the conversation": at least min(7, statements) votes, topped up to 15 with
// the most active voters (all of those tied at the cut), and whoever was in before.
import type { Conversation, Vote, VoteColumns } from './types';

export interface VoteMatrix {
  participants: string[];
  statements: string[];
  /** Row i's entries are start[i] … start[i + 1] − 1 of `column` and `value`, columns ascending. */
  start: Int32Array;
  column: Int32Array;
  value: Int8Array;
  /** Votes each participant cast, before zeroing (what decides who is in the conversation). */
  voteCounts: Int32Array;
  /** When each participant first voted (the order new clusters start from). */
  firstVote: Float64Array;
}

const collator = new Intl.Collator('en', { numeric: true });
export const naturalOrder = (a: string, b: string): number => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

/** Votes as parallel arrays, names given once (what a large conversation is read into). */
export function voteColumns(votes: readonly Vote[]): VoteColumns {
  const voters = new Map<string, number>();
  const statements = new Map<string, number>();
  const index = (names: Map<string, number>, name: string) => names.get(name) ?? names.set(name, names.size).get(name)!;
  const n = votes.length;
  const columns = { voter: new Int32Array(n), statement: new Int32Array(n), value: new Int8Array(n), at: new Float64Array(n) };
  votes.forEach((v, k) => {
    columns.voter[k] = index(voters, v.voter);
    columns.statement[k] = index(statements, v.statement);
    columns.value[k] = v.value;
    columns.at[k] = v.at;
  });
  return { voters: [...voters.keys()], statements: [...statements.keys()], ...columns };
}

/** Names that have votes, in natural order, and each name's new place (−1 for none). */
function ranked(names: readonly string[], used: Int32Array, count: number): { sorted: string[]; place: Int32Array } {
  const seen = new Uint8Array(names.length);
  for (let k = 0; k < count; k++) seen[used[k]] = 1;
  const order = names.map((_, i) => i).filter((i) => seen[i]).sort((a, b) => naturalOrder(names[a], names[b]));
  const place = new Int32Array(names.length).fill(-1);
  order.forEach((i, r) => (place[i] = r));
  return { sorted: order.map((i) => names[i]), place };
}

export function voteMatrix(conversation: Conversation): VoteMatrix {
  const c = Array.isArray(conversation.votes) ? voteColumns(conversation.votes) : conversation.votes;
  const n = c.voter.length;
  const people = ranked(c.voters, c.voter, n);
  const items = ranked(c.statements, c.statement, n);
  const rows = people.sorted.length;
  const m = items.sorted.length;
  // votes bucketed by participant (a counting sort), then each bucket's latest vote per statement
  const bucketStart = new Int32Array(rows + 1);
  for (let k = 0; k < n; k++) bucketStart[people.place[c.voter[k]] + 1]++;
  for (let i = 0; i < rows; i++) bucketStart[i + 1] += bucketStart[i];
  const fill = bucketStart.slice(0, rows);
  const byVoter = new Int32Array(n);
  for (let k = 0; k < n; k++) byVoter[fill[people.place[c.voter[k]]]++] = k;
  const zeroed = new Set((conversation.zeroed ?? []).map((s) => items.sorted.indexOf(s)).filter((j) => j >= 0));
  const stamp = new Int32Array(m).fill(-1);
  const latest = new Int32Array(m);
  const start = new Int32Array(rows + 1);
  const column = new Int32Array(n + rows * zeroed.size);
  const value = new Int8Array(column.length);
  const voteCounts = new Int32Array(rows);
  const firstVote = new Float64Array(rows).fill(Infinity);
  let at = 0;
  for (let i = 0; i < rows; i++) {
    const cols: number[] = [];
    for (let b = bucketStart[i]; b < bucketStart[i + 1]; b++) {
      const k = byVoter[b];
      const j = items.place[c.statement[k]];
      if (c.at[k] < firstVote[i]) firstVote[i] = c.at[k];
      if (stamp[j] !== i) {
        stamp[j] = i;
        latest[j] = k;
        cols.push(j);
      } else if (c.at[k] >= c.at[latest[j]]) latest[j] = k;
    }
    voteCounts[i] = cols.length;
    for (const j of zeroed) if (stamp[j] !== i) cols.push(j);
    start[i] = at;
    for (const j of Int32Array.from(cols).sort()) {
      column[at] = j;
      value[at++] = zeroed.has(j) ? 0 : c.value[latest[j]];
    }
  }
  start[rows] = at;
  return { participants: people.sorted, statements: items.sorted, start, column: column.slice(0, at), value: value.slice(0, at), voteCounts, firstVote };
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

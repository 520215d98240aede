// One update of an opinion map, from the votes to the groups (Pol.is's conversation update, written from
// its definitions): the vote matrix, who is in the conversation, two principal components, everyone's
// place on them, base clusters and groups of the participants in the conversation, each group's
// representative statements, consensus, group-informed consensus, the order to show statements in, and
// each statement's votes as counted (zeroed statements left out: their votes were set to 0).
// Pure: the previous update's state (optional) is passed in and the next one returned.
import { groupPoints } from './groups';
import { inConversation, voteMatrix, type VoteMatrix } from './matrix';
import { MINI_BATCH_ABOVE, miniBatchComponents } from './minibatch';
import { extremities, principalComponents, project, type Components } from './pca';
import { statementPriority } from './priority';
import { consensus, groupInformedConsensus, representatives, sumCounts, type Counts } from './repness';
import type { Conversation, Group, OpinionMap, OpinionState } from './types';

/** Everyone's latest votes on a statement as the map saw them (passes apart): what a report quotes beside the map. */
export type StatementTally = { agree: number; disagree: number; pass: number };

export function analyseConversation(conversation: Conversation, before?: OpinionState): OpinionMap & { priorities: Record<string, number>; tally: Record<string, StatementTally> } {
  const matrix = voteMatrix(conversation);
  const { participants, statements } = matrix;
  const inside = inConversation(matrix, before?.inConversation);
  const { pcs, method } = components(matrix, before && warmComponents(before, statements));
  const places = project(matrix, pcs);
  const arrived = arrivalOrder(matrix, inside, places);
  const grouping = groupPoints(
    arrived.map((i) => places[i]),
    { base: carriedBase(before, participants, arrived), clusterings: before?.groupClusterings, smoothing: before?.smoothing },
  );
  const groupRows = grouping.groups.map((bases) => bases.flatMap((b) => grouping.base[b].members.map((k) => arrived[k])).sort((a, b) => a - b));
  const order = groupOrder(groupRows, places);
  const orderedRows = order.map((g) => groupRows[g]);
  const zeroed = new Set(conversation.zeroed ?? []);
  const perGroup = orderedRows.map((rows) => columnCounts(matrix, rows));
  const reps = representatives(perGroup, statements, zeroed);
  const groups: Group[] = orderedRows.map((rows, id) => ({ id, members: rows.map((i) => participants[i]), representative: reps[id] }));
  const everyone = columnCounts(matrix, participants.map((_, i) => i));
  const extremity = extremities(pcs);
  const informed: Record<string, number> = {};
  const priorities: Record<string, number> = {};
  const tally: Record<string, StatementTally> = {};
  statements.forEach((s, j) => {
    const inGroups = perGroup.map((g) => g[j]);
    const all = everyone[j];
    if (!zeroed.has(s)) tally[s] = { agree: all.agree, disagree: all.disagree, pass: all.seen - all.agree - all.disagree };
    if (!zeroed.has(s) && perGroup.length > 0) informed[s] = groupInformedConsensus(inGroups);
    priorities[s] = statementPriority(sumCounts(inGroups), extremity[j]);
  });
  return {
    participants: participants.length,
    statements: statements.length,
    clustered: inside.map((i) => participants[i]),
    groups,
    consensus: consensus(everyone, statements, zeroed),
    groupInformedConsensus: informed,
    pca: { center: [...pcs.center], components: [[...pcs.first], [...pcs.second]], statements, method },
    projection: Object.fromEntries(participants.map((p, i) => [p, places[i]])),
    priorities,
    tally,
    state: {
      inConversation: inside.map((i) => participants[i]),
      components: Object.fromEntries(statements.map((s, j) => [s, [pcs.first[j], pcs.second[j]]])),
      baseClusters: grouping.base.map((b) => ({ id: b.id, members: b.members.map((k) => participants[arrived[k]]) })),
      groupClusterings: grouping.clusterings,
      smoothing: grouping.smoothing ?? { lastK: 0, lastKCount: 0, smoothedK: 0 },
    },
  };
}

/**
 * All participants' votes at once, or above 10,000 participants samples of them. The samples are drawn
 * with a seed taken from the number of votes, so that the same votes give the same map and each update
 * draws new samples.
 */
function components(matrix: VoteMatrix, warm?: [Float64Array, Float64Array]): { pcs: Components; method: OpinionMap['pca']['method'] } {
  if (matrix.participants.length <= MINI_BATCH_ABOVE) return { pcs: principalComponents(matrix, warm), method: { name: 'full' } };
  const batch = miniBatchComponents(matrix, matrix.column.length, warm);
  return { pcs: batch.components, method: { name: 'mini-batch', sampled: batch.sampled, batches: batch.batches } };
}

/**
 * The participants in the conversation in the order they first voted; of equals, by place on the map, so
 * that the order (which decides where new clusters start) does not depend on participants' names.
 */
function arrivalOrder(matrix: VoteMatrix, inside: readonly number[], places: readonly [number, number][]): number[] {
  const { firstVote } = matrix;
  return [...inside].sort((a, b) => firstVote[a] - firstVote[b] || places[a][0] - places[b][0] || places[a][1] - places[b][1] || a - b);
}

/** The last update's base clusters, their members as indices into `arrived` (those no longer there left out). */
function carriedBase(before: OpinionState | undefined, participants: readonly string[], arrived: readonly number[]) {
  if (!before?.baseClusters) return [];
  const at = new Map(arrived.map((i, k) => [participants[i], k]));
  return before.baseClusters.map((b) => ({ id: b.id, members: b.members.flatMap((p) => (at.has(p) ? [at.get(p)!] : [])) }));
}

/** The previous components laid onto today's statements (a new statement starts at 1, as in Pol.is). */
function warmComponents(before: OpinionState, statements: readonly string[]): [Float64Array, Float64Array] {
  const pick = (k: 0 | 1) => Float64Array.from(statements, (s) => before.components[s]?.[k] ?? 1);
  return [pick(0), pick(1)];
}

/** Per statement, the agrees, disagrees and votes cast among `rows`. */
function columnCounts(matrix: VoteMatrix, rows: readonly number[]): Counts[] {
  const counts = matrix.statements.map(() => ({ agree: 0, disagree: 0, seen: 0 }));
  for (const i of rows) {
    for (let k = matrix.start[i]; k < matrix.start[i + 1]; k++) {
      const c = counts[matrix.column[k]];
      c.seen++;
      if (matrix.value[k] === 1) c.agree++;
      else if (matrix.value[k] === -1) c.disagree++;
    }
  }
  return counts;
}

/** Groups numbered largest first; of equal size, the one further left on the first component first. */
function groupOrder(groupRows: number[][], places: [number, number][]): number[] {
  const meanX = (rows: number[]) => rows.reduce((s, i) => s + places[i][0], 0) / rows.length;
  return groupRows.map((_, g) => g).sort((a, b) => groupRows[b].length - groupRows[a].length || meanX(groupRows[a]) - meanX(groupRows[b]));
}

// The map part of an update (Pol.is's conversation update, written from its definitions): the vote
// matrix, who is in the conversation, two principal components, everyone's place on them, base clusters
// and groups of the participants in the conversation, and the state the next update starts from. What a
// replay runs for every update but the last (replay.ts); analyse.ts adds what the groups say.
import { groupPoints } from './groups';
import { inConversation, voteMatrix, type VoteMatrix } from './matrix';
import { MINI_BATCH_ABOVE, miniBatchComponents } from './minibatch';
import { principalComponents, project, type Components } from './pca';
import type { Conversation, OpinionMap, OpinionState } from './types';

export function updateMap(conversation: Conversation, before?: OpinionState) {
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
  /** Per group, its participants' rows in the matrix. */
  const groupRows = grouping.groups.map((bases) => bases.flatMap((b) => grouping.base[b].members.map((k) => arrived[k])).sort((a, b) => a - b));
  const state: OpinionState = {
    inConversation: inside.map((i) => participants[i]),
    components: Object.fromEntries(statements.map((s, j) => [s, [pcs.first[j], pcs.second[j]]])),
    baseClusters: grouping.base.map((b) => ({ id: b.id, members: b.members.map((k) => participants[arrived[k]]) })),
    groupClusterings: grouping.clusterings,
    smoothing: grouping.smoothing ?? { lastK: 0, lastKCount: 0, smoothedK: 0 },
  };
  return { matrix, inside, pcs, method, places, groupRows, state };
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


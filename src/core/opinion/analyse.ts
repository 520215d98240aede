// One update of an opinion map, from the votes to the groups (Pol.is's conversation update, written from
// its definitions): the map itself (update.ts), then each group's representative statements, consensus, group-informed consensus, the order to show statements in, and
// each statement's votes as counted (zeroed statements left out: their votes were set to 0).
// Pure: the previous update's state (optional) is passed in and the next one returned.
import type { VoteMatrix } from './matrix';
import { extremities } from './pca';
import { statementPriority } from './priority';
import { consensus, groupInformedConsensus, representatives, sumCounts, type Counts } from './repness';
import type { Conversation, Group, OpinionMap, OpinionState } from './types';
import { updateMap } from './update';

/** Everyone's latest votes on a statement as the map saw them (passes apart): what a report quotes beside the map. */
export type StatementTally = { agree: number; disagree: number; pass: number };

export function analyseConversation(conversation: Conversation, before?: OpinionState): OpinionMap & { priorities: Record<string, number>; tally: Record<string, StatementTally> } {
  const { matrix, inside, pcs, method, places, groupRows, state } = updateMap(conversation, before);
  const { participants, statements } = matrix;
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
    state,
  };
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

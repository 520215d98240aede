// One map update from the stored votes, as the worker runs it: core/opinion's analysis, read onto the
// conversation's numbers (map.result.ts) with each statement's extremity for the voting order.
import { analyseConversation, type OpinionState } from '../../core/opinion';
import { extremities } from '../../core/opinion/pca';
import type { VoteColumns } from '../../core/opinion/types';
import { mapResult, type MapResult } from './map.result';

/** `counted`: the statements put to vote (approved, not meta), whose votes the stored map keeps for reports. */
export type MapRequest = { votes: VoteColumns; zeroed: string[]; counted?: string[]; state: OpinionState | null };
export type MapAnswer = { map: MapResult; state: OpinionState; extremity: Record<string, number> };

export function computeMap({ votes, zeroed, counted, state }: MapRequest): MapAnswer {
  const analysis = analyseConversation({ votes, zeroed }, state ?? undefined);
  const { center, components, statements } = analysis.pca;
  const extremity = extremities({ center: Float64Array.from(center), first: Float64Array.from(components[0]), second: Float64Array.from(components[1]) });
  return { map: mapResult(analysis, counted), state: analysis.state, extremity: Object.fromEntries(statements.map((s, j) => [s, extremity[j]])) };
}

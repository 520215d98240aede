// A map's state as releases before 05/12/2026 stored it (base clusters as centres only, no groups per k):
// the next update still runs, starts its clusters afresh, and keeps what the old state does carry — who
// is in the conversation and the k in force.
import { describe, expect, it } from 'vitest';
import { analyseConversation } from './analyse';
import type { OpinionState, Vote } from './types';

// two blocs of 6 voting opposite ways on 8 statements: two groups, by hand
const votes: Vote[] = Array.from({ length: 12 }, (_, p) =>
  Array.from({ length: 8 }, (_, s) => ({ voter: `p${p}`, statement: `s${s}`, value: (p < 6 ? 1 : -1) as 1 | -1, at: p * 100 + s })),
).flat();

describe('a state stored by an earlier release', () => {
  it('updates from it: the same groups as from no state, the participants and the k in force kept', () => {
    const old = { inConversation: ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9', 'p10', 'p11', 'p99'], components: {}, baseCenters: [[0, 0], [1, 1]], smoothing: { lastK: 2, lastKCount: 9, smoothedK: 2 } } as unknown as OpinionState;
    const map = analyseConversation({ votes }, old);
    const groups = map.groups.map((g) => [...g.members].sort());
    expect(groups).toEqual(expect.arrayContaining([['p0', 'p1', 'p2', 'p3', 'p4', 'p5'], ['p10', 'p11', 'p6', 'p7', 'p8', 'p9']]));
    expect(map.state.smoothing).toEqual({ lastK: 2, lastKCount: 10, smoothedK: 2 });
    expect(map.state.baseClusters?.flatMap((b) => b.members).sort()).toEqual([...map.clustered].sort());
    expect(map.state.groupClusterings?.['2']).toHaveLength(2);
  });
});

// What a stored map holds (opinion_maps.result): core/opinion's OpinionMap read onto the conversation's
// numbers — participants by pid, statements by tid — with only what the pages and the staff app draw:
// each participant's point and group, each group's members and representative statements, consensus,
// group-informed consensus, the voting priorities, and each statement's votes as the map counted them (so a
// report's figures all come from the map's moment). The texts are not stored here (they are read fresh).
import type { OpinionMap, StatementTally } from '../../core/opinion';

export type MapRepresentative = { tid: number; direction: 'agree' | 'disagree'; agree: number; disagree?: number; repness: number; repnessTest: number; probability: number; probabilityTest: number };
export type MapGroup = { id: number; size: number; members: number[]; representative: MapRepresentative[] };
export type MapConsensus = { tid: number; direction: 'agree' | 'disagree'; share?: number; votes?: number; probability: number; probabilityTest: number };
export type MapPoint = { pid: number; x: number; y: number; group: number | null };
export type MapResult = {
  participants: number;
  statements: number;
  /** Participants in the conversation (the groups are made of them). */
  clustered: number;
  points: MapPoint[];
  groups: MapGroup[];
  consensus: { agree: MapConsensus[]; disagree: MapConsensus[] };
  /** tid → ∏ over groups of (agrees + 1) / (votes + 2). */
  groupInformedConsensus: Record<string, number>;
  /** tid → Pol.is's priority with the map's in-group counts. */
  priorities: Record<string, number>;
  /** How the two components were found (maps stored before this was kept lack it: they were all 'full'). */
  pca?: OpinionMap['pca']['method'];
  /**
   * tid → [agree, disagree, pass]: everyone's latest votes when the map was computed, for each statement then put
   * to vote (approved, not meta; none yet is [0, 0, 0]). Maps stored before this was kept lack it.
   */
  tally?: Record<string, [number, number, number]>;
};

/** `counted`: the statements put to vote when the votes were read (by default those with votes, not zeroed). */
export function mapResult(map: OpinionMap & { priorities: Record<string, number>; tally: Record<string, StatementTally> }, counted = Object.keys(map.tally)): MapResult {
  const groupOf = new Map<string, number>();
  for (const g of map.groups) for (const m of g.members) groupOf.set(m, g.id);
  const points = Object.entries(map.projection)
    .map(([p, [x, y]]) => ({ pid: Number(p), x, y, group: groupOf.get(p) ?? null }))
    .sort((a, b) => a.pid - b.pid);
  const consensus = (list: OpinionMap['consensus']['agree']) => list.map(({ statement, ...c }) => ({ tid: Number(statement), ...c }));
  return {
    participants: map.participants,
    statements: map.statements,
    clustered: map.clustered.length,
    points,
    groups: map.groups.map((g) => ({
      id: g.id,
      size: g.members.length,
      members: g.members.map(Number).sort((a, b) => a - b),
      representative: g.representative.map(({ statement, ...r }) => ({ tid: Number(statement), ...r })),
    })),
    consensus: { agree: consensus(map.consensus.agree), disagree: consensus(map.consensus.disagree) },
    groupInformedConsensus: map.groupInformedConsensus,
    priorities: map.priorities,
    pca: map.pca.method,
    tally: Object.fromEntries(counted.map((s) => [s, tallyOf(map.tally[s])])),
  };
}

const tallyOf = (t: StatementTally | undefined): [number, number, number] => (t ? [t.agree, t.disagree, t.pass] : [0, 0, 0]);

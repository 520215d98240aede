// The region as a network, worked out from its agreements (pure: no fetching, no drawing): localities are
// nodes, placed on the app's tile grid of Vietnam (indicators/tiles.ts), and two localities that share an
// agreement are joined by an edge weighted by the commitments of the two that moved from paper to practice
// (started, on track or done). Read either as the 63 provinces before 1 July 2025 or as the 34 in force
// since, each party counted under its successor; an agreement whose parties all became one province draws
// no edge and is counted as internal on that province.
import { TILES_34, TILES_63 } from '../indicators/tiles';
import type { Agreement, Locality } from './api';

export type Reading = 63 | 34;
export type NetNode = { id: string; name: string; col: number | null; row: number | null; commitments: number; moved: number; internal: number };
export type NetEdge = { a: string; b: string; agreements: number; commitments: number; moved: number };
export type Network = { nodes: NetNode[]; edges: NetEdge[] };

function place(id: string): { col: number; row: number } | null {
  const [set, code] = id.split(':');
  const tile = (set === 'vn34' ? TILES_34 : TILES_63).find((t) => t[0] === code);
  return tile ? { col: tile[2], row: tile[3] } : null;
}

/** The node a locality is drawn as in a reading: itself (63), or the province it is part of today (34). */
const nodeOf = (l: Locality, reading: Reading) => (reading === 34 ? { id: l.successor.id, name: l.successor.name } : { id: l.id, name: l.name });

export function buildNetwork(members: readonly Locality[], agreements: readonly Agreement[], reading: Reading): Network {
  const nodes = new Map<string, NetNode>();
  const touch = (l: Locality) => {
    const { id, name } = nodeOf(l, reading);
    if (!nodes.has(id)) nodes.set(id, { id, name, ...(place(id) ?? { col: null, row: null }), commitments: 0, moved: 0, internal: 0 });
    return nodes.get(id)!;
  };
  members.forEach(touch);
  const edges = new Map<string, NetEdge>();
  for (const a of agreements) {
    const ids = [...new Set(a.parties.map((p) => touch(p).id))].sort();
    const counted = a.commitments.map((c) => ({ node: touch(c.party), moved: c.stage !== 'on-paper' }));
    for (const c of counted) {
      c.node.commitments++;
      if (c.moved) c.node.moved++;
    }
    if (ids.length === 1) nodes.get(ids[0])!.internal++;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}|${ids[j]}`;
        const edge = edges.get(key) ?? { a: ids[i], b: ids[j], agreements: 0, commitments: 0, moved: 0 };
        const own = counted.filter((c) => c.node.id === ids[i] || c.node.id === ids[j]);
        edge.agreements++;
        edge.commitments += own.length;
        edge.moved += own.filter((c) => c.moved).length;
        edges.set(key, edge);
      }
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** The harmonic mean of the members' gains as a formula: "2 / (1/3 + 1/4) = 3,43" (0 when one gains nothing). */
export function harmonicFormula(gains: readonly number[], score: number, number: (x: number) => string): string {
  const terms = gains.map((g) => `1/${number(g)}`).join(' + ');
  return `${gains.length} / (${terms}) = ${number(score)}`;
}

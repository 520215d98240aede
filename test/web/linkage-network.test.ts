// The region's network (web/src/features/linkage/network.ts): agreements → localities as nodes on the tile
// grid, edges between parties weighted by the commitments of the two that moved from paper to practice, read
// as the 63 provinces or the 34. Expected figures worked out by hand from the demo region
// (src/modules/demo/demo.linkage.ts); properties with fast-check.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Agreement, Locality, Stage } from '../../web/src/features/linkage/api';
import { buildNetwork, harmonicFormula } from '../../web/src/features/linkage/network';

// Successors since 1 July 2025 (Resolution 202/2025/QH15): Kiên Giang → An Giang, Bạc Liêu → Cà Mau.
const L: Record<string, Locality> = {
  CT: { id: 'vn63:92', name: 'Cần Thơ', nameEn: 'Can Tho', successor: { id: 'vn34:92', name: 'Cần Thơ' } },
  AG: { id: 'vn63:89', name: 'An Giang', nameEn: 'An Giang', successor: { id: 'vn34:91', name: 'An Giang' } },
  KG: { id: 'vn63:91', name: 'Kiên Giang', nameEn: 'Kien Giang', successor: { id: 'vn34:91', name: 'An Giang' } },
  CM: { id: 'vn63:96', name: 'Cà Mau', nameEn: 'Ca Mau', successor: { id: 'vn34:96', name: 'Cà Mau' } },
  BL: { id: 'vn63:95', name: 'Bạc Liêu', nameEn: 'Bac Lieu', successor: { id: 'vn34:96', name: 'Cà Mau' } },
};

const agreement = (parties: string[], commitments: [party: string, stage: Stage][]) =>
  ({ parties: parties.map((p) => L[p]), commitments: commitments.map(([p, stage]) => ({ party: L[p], stage })) }) as unknown as Agreement;

// The demo's 2016–2020 agreement as read today: CT's port link started (70 %, overdue), AG's rice done,
// KG's tour route and CT's training on paper, CM's shrimp–mangrove model started (20 %, overdue).
const demo = agreement(['CT', 'AG', 'KG', 'CM'], [['CT', 'started'], ['AG', 'done'], ['KG', 'on-paper'], ['CM', 'started'], ['CT', 'on-paper']]);
const members = Object.values(L);

describe('the linkage network', () => {
  it('reads the demo agreement onto the 34: An Giang with Kiên Giang, 2 of 4 commitments moved on its edge with Cần Thơ', () => {
    const net = buildNetwork(members, [demo], 34);
    expect(net.nodes.map((n) => n.id).sort()).toEqual(['vn34:91', 'vn34:92', 'vn34:96']);
    const edge = (a: string, b: string) => net.edges.find((e) => e.a === a && e.b === b);
    expect(edge('vn34:91', 'vn34:92')).toEqual({ a: 'vn34:91', b: 'vn34:92', agreements: 1, commitments: 4, moved: 2 });
    expect(edge('vn34:91', 'vn34:96')).toEqual({ a: 'vn34:91', b: 'vn34:96', agreements: 1, commitments: 3, moved: 2 });
    expect(edge('vn34:92', 'vn34:96')).toEqual({ a: 'vn34:92', b: 'vn34:96', agreements: 1, commitments: 3, moved: 2 });
    // tile grid of the 34 (indicators/tiles.ts): An Giang column 0 row 15
    expect(net.nodes.find((n) => n.id === 'vn34:91')).toMatchObject({ col: 0, row: 15, commitments: 2, moved: 1 });
  });

  it('keeps the four parties apart on the 63, and Bạc Liêu as a node with no edge', () => {
    const net = buildNetwork(members, [demo], 63);
    expect(net.nodes).toHaveLength(5);
    expect(net.edges).toHaveLength(6);
    expect(net.edges.find((e) => e.a === 'vn63:89' && e.b === 'vn63:91')).toEqual({ a: 'vn63:89', b: 'vn63:91', agreements: 1, commitments: 2, moved: 1 });
    expect(net.nodes.find((n) => n.id === 'vn63:95')).toMatchObject({ commitments: 0, col: 1, row: 20 });
  });

  it('draws no edge for an agreement between provinces merged in 2025 and counts it as internal', () => {
    const net = buildNetwork(members, [agreement(['CM', 'BL'], [['BL', 'done']])], 34);
    expect(net.edges).toEqual([]);
    expect(net.nodes.find((n) => n.id === 'vn34:96')).toMatchObject({ internal: 1, commitments: 1, moved: 1 });
    expect(buildNetwork(members, [agreement(['CM', 'BL'], [['BL', 'done']])], 63).edges).toHaveLength(1);
  });

  it('writes the harmonic mean as a formula', () => {
    expect(harmonicFormula([3, 6], 4, String)).toBe('2 / (1/3 + 1/6) = 4');
  });

  const keys = Object.keys(L);
  const stage = fc.constantFrom<Stage>('on-paper', 'started', 'on-track', 'done');
  const anAgreement = fc
    .uniqueArray(fc.constantFrom(...keys), { minLength: 2, maxLength: 5 })
    .chain((parties) => fc.array(fc.tuple(fc.constantFrom(...parties), stage), { maxLength: 6 }).map((cs) => agreement(parties, cs)));
  const reading = fc.constantFrom<34 | 63>(34, 63);

  it('counts every commitment once on the nodes, and an edge never more than its two nodes hold', () => {
    fc.assert(
      fc.property(fc.array(anAgreement, { maxLength: 5 }), reading, (agreements, r) => {
        const net = buildNetwork(members, agreements, r);
        const all = agreements.flatMap((a) => a.commitments);
        expect(net.nodes.reduce((s, n) => s + n.commitments, 0)).toBe(all.length);
        expect(net.nodes.reduce((s, n) => s + n.moved, 0)).toBe(all.filter((c) => c.stage !== 'on-paper').length);
        const node = (id: string) => net.nodes.find((n) => n.id === id)!;
        for (const e of net.edges) {
          expect(e.moved).toBeLessThanOrEqual(e.commitments);
          expect(e.commitments).toBeLessThanOrEqual(node(e.a).commitments + node(e.b).commitments);
          expect(e.a < e.b).toBe(true);
        }
      }),
    );
  });

  it('does not depend on the order agreements are listed in', () => {
    fc.assert(
      fc.property(fc.array(anAgreement, { maxLength: 5 }), reading, (agreements, r) => {
        const sorted = (net: ReturnType<typeof buildNetwork>) => JSON.stringify([[...net.nodes].sort((x, y) => x.id.localeCompare(y.id)), [...net.edges].sort((x, y) => `${x.a}|${x.b}`.localeCompare(`${y.a}|${y.b}`))]);
        expect(sorted(buildNetwork(members, [...agreements].reverse(), r))).toBe(sorted(buildNetwork(members, agreements, r)));
      }),
    );
  });
});

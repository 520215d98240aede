// The opinion map's points and hulls (web/src/features/opinion/mapPoints.ts): hand examples (a square with a
// point inside, a triangle, one or two people, the same point twice), participants split into groups and the
// rest; and with fast-check, that the hull is convex, made of the group's own points, and holds every point.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupLetter, hullOf, mapPoints, type Point } from '../../web/src/features/opinion/mapPoints';

const sorted = (ps: Point[]) => [...ps].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
const cross = (o: Point, a: Point, b: Point) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

describe('hullOf', () => {
  it('leaves out a point inside a square', () => {
    expect(sorted(hullOf([[0, 0], [2, 0], [1, 1], [2, 2], [0, 2]]))).toEqual([[0, 0], [0, 2], [2, 0], [2, 2]]);
  });
  it('keeps a triangle whole', () => {
    expect(sorted(hullOf([[0, 0], [4, 0], [0, 3]]))).toEqual([[0, 0], [0, 3], [4, 0]]);
  });
  it('gives one or two people their points, and counts a repeated point once', () => {
    expect(hullOf([[1, 1]])).toEqual([[1, 1]]);
    expect(hullOf([[1, 1], [2, 3]])).toEqual([[1, 1], [2, 3]]);
    expect(hullOf([[1, 1], [1, 1], [2, 3]])).toEqual([[1, 1], [2, 3]]);
    expect(hullOf([])).toEqual([]);
  });

  it('is convex, made of the points, and holds them all (fast-check)', () => {
    const point = fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 }));
    fc.assert(
      fc.property(fc.array(point, { minLength: 3, maxLength: 40 }), (raw) => {
        const points = raw as Point[];
        const hull = hullOf(points);
        for (const v of hull) expect(points.some((p) => p[0] === v[0] && p[1] === v[1])).toBe(true);
        if (hull.length < 3) return; // all on one line
        // every turn the same way round (counter-clockwise as d3 gives it: the signs agree), every point on the inner side
        const turns = hull.map((v, i) => cross(v, hull[(i + 1) % hull.length], hull[(i + 2) % hull.length]));
        const sign = Math.sign(turns.find((t) => t !== 0) ?? 0);
        for (const t of turns) expect(t * sign).toBeGreaterThanOrEqual(0);
        for (const p of points) for (let i = 0; i < hull.length; i++) expect(cross(hull[i], hull[(i + 1) % hull.length], p) * sign).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('mapPoints', () => {
  it('colours participants by group, names groups A, B… and keeps the rest apart', () => {
    const at = (x: number, y: number, group: number | null) => ({ x, y, group });
    const points = [at(0, 0, 3), at(1, 0, 3), at(0, 1, 3), at(5, 5, 7), at(9, 9, null), at(8, 8, 99)];
    const out = mapPoints({ groups: [{ id: 3, size: 3 }, { id: 7, size: 2 }], points });
    expect(out.groups.map((g) => [g.name, g.size, g.points.length])).toEqual([['A', 3, 3], ['B', 2, 1]]);
    expect(sorted(out.groups[0].hull)).toEqual([[0, 0], [0, 1], [1, 0]]);
    expect(out.groups[1].hull).toEqual([[5, 5]]);
    expect(out.others).toEqual([[9, 9], [8, 8]]);
    expect([0, 1, 4].map(groupLetter)).toEqual(['A', 'B', 'E']);
  });
});

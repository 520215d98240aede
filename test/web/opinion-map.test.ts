// The opinion map's points and hulls (web/src/features/opinion/mapPoints.ts): hand examples (a square with a
// point inside, a triangle, one or two people, the same point twice), participants split into groups and the
// rest; and with fast-check, that the hull is convex, made of the group's own points, and holds every point.
// The chart's option (charts/map.ts): the label of each group at the mean of its points, a group with no area
// drawn as a circle (or a band) of fixed screen size — expected positions worked by hand below.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelsOf, optionFor, type MapData } from '../../web/src/features/opinion/charts/map';
import { centreOf, groupLetter, hullOf, mapPoints, type Point } from '../../web/src/features/opinion/mapPoints';

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

describe('the chart of the map (charts/map.ts)', () => {
  // two groups: A of three people voting alike (one point), B of two at two places, and one person not placed
  const at = (x: number, y: number, group: number | null) => ({ x, y, group });
  const points = mapPoints({ groups: [{ id: 0, size: 3 }, { id: 1, size: 2 }], points: [at(1, 1, 0), at(1, 1, 0), at(1, 1, 0), at(4, 0, 1), at(6, 2, 1), at(9, 9, null)] });
  const data: MapData = { points, groupLabel: (name, size) => `Nhóm ${name} (${size})`, mapLabel: (name, size) => `Nhóm ${name}: ${size} người`, othersLabel: 'Chưa xếp nhóm' };
  type Custom = { type: string; name: string; z: number; renderItem: (params: unknown, api: { coord: (p: Point) => Point }) => { type: string; shape?: Record<string, number>; x?: number; y?: number; style: Record<string, unknown> } };
  const series = (optionFor(data, 800).series as Custom[]).filter((s) => s.type === 'custom');
  // the grid's coordinates as the screen's, ten pixels a unit
  const api = { coord: (p: Point): Point => [p[0] * 10, p[1] * 10] };

  it('puts each label at the mean of its points, and names the groups as the lists do', () => {
    expect(points.groups.map((g) => g.centre)).toEqual([[1, 1], [5, 1]]);
    expect(centreOf([])).toBeNull();
    expect(labelsOf(data)).toEqual(['Nhóm A: 3 người', 'Nhóm B: 2 người']);
  });

  it('draws a group on one point as a circle of fixed screen size, two points as a round-ended band', () => {
    const [areaA, areaB] = series.filter((s) => s.z === 1).map((s) => s.renderItem({}, api));
    expect(areaA).toMatchObject({ type: 'circle', shape: { cx: 10, cy: 10, r: 18 } });
    expect(areaB).toMatchObject({ type: 'line', shape: { x1: 40, y1: 0, x2: 60, y2: 20 }, style: { lineWidth: 36, lineCap: 'round' } });
  });

  it('writes each label above the points, under the legend name of its group (the legend hides both)', () => {
    const labels = series.filter((s) => s.z === 3);
    expect(labels.map((s) => s.name)).toEqual(['Nhóm A (3)', 'Nhóm B (2)']);
    const [a, b] = labels.map((s) => s.renderItem({}, api));
    // neither group has an area (one point, two points): each label stands above its centre (18 px + 10 px)
    expect(a).toMatchObject({ type: 'text', x: 10, y: 10 - 28, style: { text: 'Nhóm A: 3 người' } });
    expect(b).toMatchObject({ type: 'text', x: 50, y: 10 - 28, style: { text: 'Nhóm B: 2 người' } });
  });
});

// The opinion map as points and hulls: each participant's projection (PCA, two components) coloured by their
// group, each group's convex hull drawn round its members. The hull is d3-polygon's polygonHull (Andrew's
// monotone chain, d3's own tested code, 1 KB) rather than one written here; a group with one or two distinct
// points (one person, or everyone in it voting alike) has no area, so its "hull" is those points, which the
// chart draws as a circle or a band of fixed screen size. Each group's label stands at the mean of its points.
import { polygonHull } from 'd3-polygon';

export type Point = [number, number];

/** What the map needs of the stored map the server sends: each participant's point and group id (null: not in a group). */
export type MapShape = { groups: { id: number; size: number }[]; points: { x: number; y: number; group: number | null }[] };

export type MapGroup = { id: number; name: string; size: number; points: Point[]; hull: Point[]; centre: Point | null };
export type MapPoints = { groups: MapGroup[]; others: Point[] };

/** Pol.is names groups A, B, C… in the order of their ids (core/opinion/report.ts does the same). */
export const groupLetter = (index: number) => String.fromCharCode(65 + index);

/** The hull counter-clockwise without repeating its first point; fewer than three distinct points: those points. */
export function hullOf(points: Point[]): Point[] {
  const distinct = [...new Map(points.map((p) => [`${p[0]},${p[1]}`, p])).values()];
  if (distinct.length < 3) return distinct;
  return (polygonHull(distinct) as Point[] | null) ?? distinct;
}

/** The mean of the points (null for none): where a group's label goes. */
export function centreOf(points: Point[]): Point | null {
  if (!points.length) return null;
  const sum = points.reduce<Point>((s, p) => [s[0] + p[0], s[1] + p[1]], [0, 0]);
  return [sum[0] / points.length, sum[1] / points.length];
}

export function mapPoints(map: MapShape): MapPoints {
  const byGroup = new Map<number, Point[]>(map.groups.map((g) => [g.id, []]));
  const others: Point[] = [];
  for (const p of map.points) (p.group === null ? others : (byGroup.get(p.group) ?? others)).push([p.x, p.y]);
  const groups = map.groups.map((g, i) => {
    const points = byGroup.get(g.id)!;
    return { id: g.id, name: groupLetter(i), size: g.size, points, hull: hullOf(points), centre: centreOf(points) };
  });
  return { groups, others };
}

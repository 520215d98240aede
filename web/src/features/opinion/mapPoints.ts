// The opinion map as points and hulls: each participant's projection (PCA, two components) coloured by their
// group, each group's convex hull drawn round its members. The hull is d3-polygon's polygonHull (Andrew's
// monotone chain, d3's own tested code, 1 KB) rather than one written here; a group of one or two people has
// no area, so its "hull" is its points (a dot or a segment).
import { polygonHull } from 'd3-polygon';

export type Point = [number, number];

/** What the map needs of core/opinion's OpinionMap (the server sends at least this). */
export type MapShape = { groups: { id: number; members: string[] }[]; projection: Record<string, Point> };

export type MapGroup = { id: number; name: string; size: number; points: Point[]; hull: Point[] };
export type MapPoints = { groups: MapGroup[]; others: Point[] };

/** Pol.is names groups A, B, C… in the order of their ids (core/opinion/report.ts does the same). */
export const groupLetter = (index: number) => String.fromCharCode(65 + index);

/** The hull counter-clockwise without repeating its first point; fewer than three distinct points: those points. */
export function hullOf(points: Point[]): Point[] {
  const distinct = [...new Map(points.map((p) => [`${p[0]},${p[1]}`, p])).values()];
  if (distinct.length < 3) return distinct;
  return (polygonHull(distinct) as Point[] | null) ?? distinct;
}

export function mapPoints(map: MapShape): MapPoints {
  const grouped = new Set<string>();
  const groups = map.groups.map((g, i) => {
    const points = g.members.flatMap((m) => {
      grouped.add(m);
      const p = map.projection[m];
      return p ? [p] : [];
    });
    return { id: g.id, name: groupLetter(i), size: g.members.length, points, hull: hullOf(points) };
  });
  const others = Object.entries(map.projection)
    .filter(([id]) => !grouped.has(id))
    .map(([, p]) => p);
  return { groups, others };
}

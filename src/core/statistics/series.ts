// A province's figures of one dataset over the years, cut at the dataset's breaks (core/statistics/types.ts):
// figures from a break's year on are not comparable with those before it, so a trend is drawn as separate
// segments, never one line joined across a break. Pure: the screens and the API both use it.
import type { SeriesBreak } from './types';

export interface SeriesPoint {
  year: number;
  value: number;
  /** From a "Pre. 2016" column: GSO may revise it. */
  preliminary: boolean;
}

export interface SeriesSegment {
  /** First and last year with a figure in the segment. */
  from: number;
  to: number;
  points: SeriesPoint[];
}

/**
 * The points in year order, cut wherever a break's year falls after one point and at or before the next.
 * Every point is in exactly one segment; no segment holds years on both sides of a break.
 */
export function segmentsAt(points: readonly SeriesPoint[], breaks: readonly Pick<SeriesBreak, 'year'>[]): SeriesSegment[] {
  const sorted = [...points].sort((a, b) => a.year - b.year);
  const segments: SeriesSegment[] = [];
  let current: SeriesPoint[] = [];
  for (const point of sorted) {
    const previous = current.at(-1);
    if (previous && breaks.some((b) => previous.year < b.year && b.year <= point.year)) {
      segments.push(segmentOf(current));
      current = [];
    }
    current.push(point);
  }
  if (current.length) segments.push(segmentOf(current));
  return segments;
}

function segmentOf(points: SeriesPoint[]): SeriesSegment {
  return { from: points[0].year, to: points[points.length - 1].year, points };
}

/** The latest figure, or null for an empty series. */
export function latestPoint(points: readonly SeriesPoint[]): SeriesPoint | null {
  return points.reduce<SeriesPoint | null>((best, p) => (best === null || p.year > best.year ? p : best), null);
}

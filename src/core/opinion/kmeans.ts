// Weighted k-means on points in the plane, as Pol.is runs it (math/clusters.clj): each point goes to its
// nearest centre, each centre moves to the weighted mean of its points, until no centre moves more than
// 0.01 (at most 100 rounds); a centre left with no points is dropped. Pol.is starts from the first k
// distinct points in its storage order; we start from the previous centres when there are any, and
// otherwise (and to add centres) from the point farthest from the weighted mean, then each time the point
// farthest from every centre chosen — an order that depends on the points only, not on their names.
export type Point = readonly [number, number];

export interface Clustering {
  centers: [number, number][];
  /** For each point, the index of its centre. */
  assignment: Int32Array;
}

const TOLERANCE = 0.01;
const MAX_ROUNDS = 100;

const distance = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);

export function kmeans(points: readonly Point[], weights: readonly number[], k: number, warm: readonly Point[] = []): Clustering {
  let centers = startingCenters(points, weights, k, warm);
  let assignment = assign(points, centers);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const moved = recentre(points, weights, centers, assignment);
    const stable = moved.length === centers.length && moved.every((c, t) => distance(c, centers[t]) < TOLERANCE);
    centers = moved;
    assignment = assign(points, centers);
    if (stable) break;
  }
  return { centers, assignment };
}

function startingCenters(points: readonly Point[], weights: readonly number[], k: number, warm: readonly Point[]): [number, number][] {
  const distinct = uniquePoints(points);
  const centers: [number, number][] = warm.slice(0, k).map((c) => [c[0], c[1]]);
  if (centers.length === 0 && distinct.length > 0) centers.push(farthestFrom(distinct, [weightedMean(points, weights)]));
  while (centers.length < Math.min(k, distinct.length)) {
    const next = farthestFrom(distinct, centers);
    if (centers.some((c) => distance(c, next) === 0)) break;
    centers.push(next);
  }
  return centers;
}

function uniquePoints(points: readonly Point[]): Point[] {
  const seen = new Map<string, Point>();
  for (const p of points) seen.set(`${p[0]},${p[1]}`, p);
  return [...seen.values()];
}

/**
 * Two figures closer than this are taken as equal: ties are then broken by place, not by rounding, which
 * would otherwise depend on the order the sums ran in (the order of participants and statements).
 */
const SAME = 1e-9;

/** Whether a comes before b: smaller x, or the same x and smaller y. */
const before = (a: Point, b: Point) => a[0] < b[0] - SAME || (Math.abs(a[0] - b[0]) <= SAME && a[1] < b[1] - SAME);

/** The point whose nearest centre is farthest; of equals, the first by x then y. */
function farthestFrom(points: readonly Point[], centers: readonly Point[]): [number, number] {
  let best: Point = points[0];
  let bestDistance = -1;
  for (const p of points) {
    const d = Math.min(...centers.map((c) => distance(p, c)));
    if (d > bestDistance + SAME || (Math.abs(d - bestDistance) <= SAME && before(p, best))) [best, bestDistance] = [p, d];
  }
  return [best[0], best[1]];
}

function weightedMean(points: readonly Point[], weights: readonly number[]): [number, number] {
  let x = 0;
  let y = 0;
  let w = 0;
  points.forEach((p, i) => {
    x += p[0] * weights[i];
    y += p[1] * weights[i];
    w += weights[i];
  });
  return w > 0 ? [x / w, y / w] : [0, 0];
}

/** Each point's nearest centre (the first of equals). */
function assign(points: readonly Point[], centers: readonly Point[]): Int32Array {
  return Int32Array.from(points, (p) => {
    let best = 0;
    let bestDistance = Infinity;
    centers.forEach((c, t) => {
      const d = distance(p, c);
      if (d < bestDistance - SAME) [best, bestDistance] = [t, d];
    });
    return best;
  });
}

/** Each centre moved to the weighted mean of its points; centres with no points dropped. */
function recentre(points: readonly Point[], weights: readonly number[], centers: readonly Point[], assignment: Int32Array): [number, number][] {
  const sums = centers.map(() => [0, 0, 0]);
  points.forEach((p, i) => {
    const s = sums[assignment[i]];
    s[0] += p[0] * weights[i];
    s[1] += p[1] * weights[i];
    s[2] += weights[i];
  });
  return sums.flatMap(([x, y, w]) => (w > 0 ? [[x / w, y / w] as [number, number]] : []));
}

/**
 * The mean silhouette of a clustering of points (each point counts once, whatever its weight, as in
 * Pol.is): (b − a) / max(a, b) with a the mean distance to the rest of its own cluster and b the
 * smallest mean distance to another cluster; a point alone in its cluster scores 0.
 */
export function silhouette(points: readonly Point[], assignment: Int32Array): number {
  const clusters = Math.max(...assignment) + 1;
  if (points.length === 0 || clusters < 2) return 0;
  let total = 0;
  points.forEach((p, i) => {
    const sum = new Float64Array(clusters);
    const count = new Int32Array(clusters);
    points.forEach((q, j) => {
      if (i === j) return;
      sum[assignment[j]] += distance(p, q);
      count[assignment[j]]++;
    });
    const own = assignment[i];
    if (count[own] === 0) return;
    const a = sum[own] / count[own];
    let b = Infinity;
    for (let t = 0; t < clusters; t++) if (t !== own && count[t] > 0) b = Math.min(b, sum[t] / count[t]);
    if (b === Infinity || Math.max(a, b) === 0) return;
    total += (b - a) / Math.max(a, b);
  });
  return total / points.length;
}

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

const distance = (a: Point, b: Point) => Math.sqrt((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2);

export function kmeans(points: readonly Point[], weights: readonly number[], k: number, warm: readonly Point[] = []): Clustering {
  let centers = startingCenters(points, weights, k, warm);
  const nearest = new NearestCentre(points);
  let assignment = nearest.assign(centers);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const moved = recentre(points, weights, centers, assignment);
    const stable = moved.length === centers.length && moved.every((c, t) => distance(c, centers[t]) < TOLERANCE);
    centers = moved;
    assignment = nearest.assign(centers);
    if (stable) break;
  }
  return { centers, assignment };
}

/**
 * Each point's nearest centre, round after round, skipping the points whose centre cannot have changed
 * (Hamerly's bounds: the distance to its centre can have grown by no more than that centre moved, the
 * distance to any other shrunk by no more than the most any moved). The answer is the one a full scan
 * gives — the nearest centre, the first of equals — since a point near a tie is always scanned.
 */
class NearestCentre {
  private readonly xs: Float64Array;
  private readonly ys: Float64Array;
  private readonly assigned: Int32Array;
  private readonly upper: Float64Array;
  private readonly lower: Float64Array;
  private previous: Point[] | null = null;

  constructor(points: readonly Point[]) {
    this.xs = Float64Array.from(points, (p) => p[0]);
    this.ys = Float64Array.from(points, (p) => p[1]);
    this.assigned = new Int32Array(points.length);
    this.upper = new Float64Array(points.length);
    this.lower = new Float64Array(points.length);
  }

  assign(centers: readonly Point[]): Int32Array {
    const { xs, ys, assigned, upper, lower } = this;
    const comparable = this.previous !== null && this.previous.length === centers.length;
    const moved = comparable ? centers.map((c, t) => distance(c, this.previous![t])) : [];
    const most = Math.max(0, ...moved);
    const half = centers.map((c, t) => 0.5 * Math.min(...centers.map((o, u) => (u === t ? Infinity : distance(c, o)))));
    for (let i = 0; i < xs.length; i++) {
      if (comparable) {
        upper[i] += moved[assigned[i]];
        lower[i] -= most;
        if (upper[i] < Math.max(lower[i], half[assigned[i]]) - SAME) continue;
        upper[i] = Math.sqrt((xs[i] - centers[assigned[i]][0]) ** 2 + (ys[i] - centers[assigned[i]][1]) ** 2);
        if (upper[i] < Math.max(lower[i], half[assigned[i]]) - SAME) continue;
      }
      this.scan(i, centers);
    }
    this.previous = centers.map((c) => [c[0], c[1]] as Point);
    return assigned.slice();
  }

  /** The nearest centre of point i (the first of equals) and the distance to the second nearest. */
  private scan(i: number, centers: readonly Point[]): void {
    const [x, y] = [this.xs[i], this.ys[i]];
    let best = 0;
    let bestDistance = Infinity;
    let second = Infinity;
    for (let t = 0; t < centers.length; t++) {
      const d = Math.sqrt((x - centers[t][0]) ** 2 + (y - centers[t][1]) ** 2);
      if (d < bestDistance - SAME) {
        second = bestDistance;
        best = t;
        bestDistance = d;
      } else if (d < second) second = d;
    }
    this.assigned[i] = best;
    this.upper[i] = bestDistance;
    this.lower[i] = second;
  }
}

function startingCenters(points: readonly Point[], weights: readonly number[], k: number, warm: readonly Point[]): [number, number][] {
  const distinct = uniquePoints(points);
  const centers: [number, number][] = warm.slice(0, k).map((c) => [c[0], c[1]]);
  if (centers.length === 0 && distinct.length > 0) {
    const first = distinct[farthest(distinct, nearestDistances(distinct, [weightedMean(points, weights)]))];
    centers.push([first[0], first[1]]);
  }
  // each point's distance to its nearest centre, brought up to date as centres are added
  const nearest = nearestDistances(distinct, centers);
  while (centers.length < Math.min(k, distinct.length)) {
    const at = farthest(distinct, nearest);
    if (nearest[at] === 0) break;
    const next = distinct[at];
    centers.push([next[0], next[1]]);
    distinct.forEach((p, i) => (nearest[i] = Math.min(nearest[i], distance(p, next))));
  }
  return centers;
}

function nearestDistances(points: readonly Point[], centers: readonly Point[]): Float64Array {
  return Float64Array.from(points, (p) => Math.min(...centers.map((c) => distance(p, c))));
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

/** Which point's nearest centre is farthest; of equals, the first by x then y. */
function farthest(points: readonly Point[], nearest: Float64Array): number {
  let best = 0;
  for (let i = 1; i < points.length; i++) {
    if (nearest[i] > nearest[best] + SAME || (Math.abs(nearest[i] - nearest[best]) <= SAME && before(points[i], points[best]))) best = i;
  }
  return best;
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

/** Each centre moved to the weighted mean of its points; centres with no points dropped. */
function recentre(points: readonly Point[], weights: readonly number[], centers: readonly Point[], assignment: Int32Array): [number, number][] {
  const sx = new Float64Array(centers.length);
  const sy = new Float64Array(centers.length);
  const sw = new Float64Array(centers.length);
  for (let i = 0; i < points.length; i++) {
    const t = assignment[i];
    sx[t] += points[i][0] * weights[i];
    sy[t] += points[i][1] * weights[i];
    sw[t] += weights[i];
  }
  const out: [number, number][] = [];
  for (let t = 0; t < centers.length; t++) if (sw[t] > 0) out.push([sx[t] / sw[t], sy[t] / sw[t]]);
  return out;
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

// Weighted k-means on points in the plane, as Pol.is runs it (math/clusters.clj). Each round every point
// goes to its nearest centre and each centre moves to the weighted mean of its points; a centre left with
// no points is dropped; it stops when no centre moved more than 0.01, or after `rounds` rounds.
// Where it starts decides which of several stable clusterings it ends in, and Pol.is's groups are
// reproduced only when it starts where Pol.is does:
// - with no earlier clustering, from the first k distinct points in the order given (the caller gives
//   participants in the order they arrived, which does not depend on their names);
// - otherwise from the earlier clusters carried by their members: each centre recomputed from where its
//   members are now, clusters that came to the same centre merged, and, while there are fewer clusters
//   than k and than distinct points, the point farthest from every centre taken out into a cluster of its
//   own. Carrying members rather than centres keeps a participant's cluster through an update that turns
//   or flips the map.
export type Point = readonly [number, number];

export interface Cluster {
  /** Kept from update to update; a new cluster takes the next number after the largest. */
  id: number;
  /** Indices of its points. */
  members: number[];
  center: [number, number];
}

/** A cluster from an earlier update: its id and its members, as indices of today's points. */
export type CarriedCluster = { id: number; members: readonly number[] };

const TOLERANCE = 0.01;
/** Two distances closer than this are taken as equal, so that ties do not depend on the order sums ran in. */
const SAME = 1e-9;

const distance = (a: Point, b: Point) => Math.sqrt((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2);

export function kmeans(points: readonly Point[], weights: readonly number[], k: number, carried: readonly CarriedCluster[] = [], rounds = 100): Cluster[] {
  let clusters = carried.length ? carriedStart(points, weights, carried, k) : firstDistinct(points, k);
  if (clusters.length === 0) return [];
  const nearest = new NearestCentre(points);
  for (let round = 0; ; round++) {
    const assignment = nearest.assign(clusters.map((c) => c.center));
    const next = regroup(points, weights, clusters, assignment);
    const stable = next.length === clusters.length && next.every((c, t) => distance(c.center, clusters[t].center) < TOLERANCE);
    clusters = next;
    if (stable || round + 1 >= rounds) break;
  }
  return clusters.sort((a, b) => a.id - b.id);
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

/** The first k distinct points, in the order given. */
function firstDistinct(points: readonly Point[], k: number): Cluster[] {
  const seen = new Set<string>();
  const clusters: Cluster[] = [];
  for (const p of points) {
    if (clusters.length === k) break;
    const key = `${p[0]},${p[1]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    clusters.push({ id: clusters.length, members: [], center: [p[0], p[1]] });
  }
  return clusters;
}

/** The earlier clusters recentred on their members, merged where they coincide, split until there are k. */
function carriedStart(points: readonly Point[], weights: readonly number[], carried: readonly CarriedCluster[], k: number): Cluster[] {
  const everyone = points.map((_, i) => i);
  let clusters = recentre(points, weights, carried);
  if (clusters.length === 0) clusters = recentre(points, weights, [{ id: Math.max(-1, ...carried.map((c) => c.id)) + 1, members: everyone }]);
  clusters = mergeCoinciding(clusters);
  const possible = Math.min(k, new Set(points.map((p) => `${p[0]},${p[1]}`)).size);
  while (clusters.length < possible) {
    const outlier = farthestPoint(points, clusters);
    if (outlier.distance <= 0) break;
    const rest = clusters.map((c) => ({ id: c.id, members: c.members.filter((i) => i !== outlier.index) }));
    rest.push({ id: Math.max(...clusters.map((c) => c.id)) + 1, members: [outlier.index] });
    clusters = recentre(points, weights, rest);
  }
  return clusters;
}

/** Each cluster's centre at the weighted mean of its members; clusters with none (or no weight) dropped. */
function recentre(points: readonly Point[], weights: readonly number[], clusters: readonly CarriedCluster[]): Cluster[] {
  return clusters.flatMap((c) => {
    const center = weightedMean(points, weights, c.members);
    return center ? [{ id: c.id, members: [...c.members], center }] : [];
  });
}

function mergeCoinciding(clusters: Cluster[]): Cluster[] {
  const out: Cluster[] = [];
  for (const c of clusters) {
    const at = out.findIndex((o) => o.center[0] === c.center[0] && o.center[1] === c.center[1]);
    if (at < 0) out.push(c);
    else out[at] = { id: out[at].members.length > c.members.length ? out[at].id : c.id, members: [...out[at].members, ...c.members], center: out[at].center };
  }
  return out;
}

/** The point whose nearest centre is farthest (the last of equals, in the order given) and that distance. */
function farthestPoint(points: readonly Point[], clusters: readonly Cluster[]): { index: number; distance: number } {
  let best = { index: -1, distance: -1 };
  points.forEach((p, i) => {
    const d = Math.min(...clusters.map((c) => distance(p, c.center)));
    if (d >= best.distance - SAME) best = { index: i, distance: d };
  });
  return best;
}

function weightedMean(points: readonly Point[], weights: readonly number[], members: readonly number[]): [number, number] | null {
  let x = 0;
  let y = 0;
  let w = 0;
  for (const i of members) {
    if (i < 0 || i >= points.length) continue;
    x += points[i][0] * weights[i];
    y += points[i][1] * weights[i];
    w += weights[i];
  }
  return w > 0 ? [x / w, y / w] : null;
}

/** The clusters with the points just assigned to them, each centre at its points' weighted mean. */
function regroup(points: readonly Point[], weights: readonly number[], clusters: readonly Cluster[], assignment: Int32Array): Cluster[] {
  const members: number[][] = clusters.map(() => []);
  assignment.forEach((t, i) => members[t].push(i));
  return recentre(points, weights, clusters.map((c, t) => ({ id: c.id, members: members[t] })));
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

// Opinion groups, as Pol.is forms them (math/conversation.clj): up to 100 base clusters of the
// participants in the conversation (k-means on their places), then groups of base clusters by k-means
// weighted by their sizes, for each k from 2 to min(5, 2 + ⌊base clusters / 12⌋); the k with the best
// silhouette wins, but a new k is adopted only once it has won 4 updates in a row. Each of these
// clusterings starts from the last update's (kmeans.ts): base clusters carried by their participants, the
// groups of each k by their base clusters' ids.
import { kmeans, silhouette, type CarriedCluster, type Cluster, type Point } from './kmeans';
import type { KSmoothing } from './types';

const BASE_K = 100;
const BASE_ROUNDS = 100;
/** Pol.is asks for 100 rounds of its group k-means under a name its k-means does not read, which then runs its default 20. */
const GROUP_ROUNDS = 20;
const MAX_K = 5;
const K_BUFFER = 4;

/** Groups of base clusters, by the base clusters' ids. */
export type GroupClusterings = Record<string, { id: number; members: number[] }[]>;

export interface Grouping {
  /** Base clusters in id order; members are indices of the points. */
  base: Cluster[];
  /** Per group in force, the indices in `base` of its base clusters; empty when there are fewer than 2 base clusters. */
  groups: number[][];
  /** Every k tried, to start the next update from. */
  clusterings: GroupClusterings;
  /** Silhouette of each k tried. */
  silhouettes: Record<number, number>;
  smoothing: KSmoothing | null;
}

export interface GroupingStart {
  base?: readonly CarriedCluster[];
  clusterings?: GroupClusterings;
  smoothing?: KSmoothing | null;
}

/** Points in the order the participants arrived (the order new clusters start from). */
export function groupPoints(points: readonly Point[], warm: GroupingStart = {}): Grouping {
  const base = kmeans(points, points.map(() => 1), BASE_K, warm.base, BASE_ROUNDS);
  const smoothing = warm.smoothing ?? null;
  if (base.length < 2) return { base, groups: [], clusterings: {}, silhouettes: {}, smoothing };
  const centers = base.map((b) => b.center);
  const weights = base.map((b) => b.members.length);
  const place = new Map(base.map((b, t) => [b.id, t]));
  const maxK = Math.min(MAX_K, 2 + Math.floor(base.length / 12));
  const tried = new Map<number, Cluster[]>();
  const silhouettes: Record<number, number> = {};
  const clusterings: GroupClusterings = {};
  for (let k = 2; k <= maxK; k++) {
    const carried = (warm.clusterings?.[k] ?? []).map((g) => ({ id: g.id, members: g.members.flatMap((id) => (place.has(id) ? [place.get(id)!] : [])) }));
    const clustering = kmeans(centers, weights, k, carried, GROUP_ROUNDS);
    tried.set(k, clustering);
    silhouettes[k] = silhouette(centers, assignmentOf(clustering, base.length));
    clusterings[k] = clustering.map((g) => ({ id: g.id, members: g.members.map((t) => base[t].id) }));
  }
  const next = smoothK(silhouettes, smoothing);
  const chosen = tried.get(next.smoothedK) ?? tried.get(next.lastK)!;
  return { base, groups: chosen.map((g) => [...g.members].sort((a, b) => a - b)), clusterings, silhouettes, smoothing: next };
}

function assignmentOf(clusters: readonly Cluster[], n: number): Int32Array {
  const assignment = new Int32Array(n);
  clusters.forEach((c, g) => c.members.forEach((t) => (assignment[t] = g)));
  return assignment;
}

/** The best k now (the smallest of equals) and the k in force, which changes after K_BUFFER wins in a row. */
export function smoothK(silhouettes: Record<number, number>, before: KSmoothing | null): KSmoothing {
  const ks = Object.keys(silhouettes).map(Number).sort((a, b) => a - b);
  const best = ks.reduce((top, k) => (silhouettes[k] > silhouettes[top] + 1e-9 ? k : top), ks[0]);
  const count = before && before.lastK === best ? before.lastKCount + 1 : 1;
  const held = before && ks.includes(before.smoothedK) ? before.smoothedK : best;
  return { lastK: best, lastKCount: count, smoothedK: count >= K_BUFFER ? best : held };
}

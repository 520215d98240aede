// Opinion groups, as Pol.is forms them (math/conversation.clj): up to 100 base clusters of the
// participants in the conversation (k-means on their projections, warm-started), then groups of base
// clusters by k-means weighted by their sizes, for each k from 2 to min(5, 2 + ⌊base clusters / 12⌋);
// the k with the best silhouette wins, but a new k is adopted only once it has won 4 updates in a row.
import { kmeans, silhouette, type Point } from './kmeans';
import type { KSmoothing } from './types';

const BASE_K = 100;
const MAX_K = 5;
const K_BUFFER = 4;

export interface Grouping {
  baseCenters: [number, number][];
  /** Per base cluster, the indices of its points. */
  baseMembers: number[][];
  /** Per group, the indices of its base clusters; empty when there are fewer than 2 base clusters. */
  groups: number[][];
  /** Silhouette of each k tried. */
  silhouettes: Record<number, number>;
  smoothing: KSmoothing | null;
}

export function groupPoints(points: readonly Point[], warm: { baseCenters?: readonly Point[]; smoothing?: KSmoothing | null } = {}): Grouping {
  const base = kmeans(points, points.map(() => 1), BASE_K, warm.baseCenters);
  const baseMembers: number[][] = base.centers.map(() => []);
  base.assignment.forEach((t, i) => baseMembers[t].push(i));
  const kept = baseMembers.flatMap((members, t) => (members.length > 0 ? [t] : []));
  const baseCenters = kept.map((t) => base.centers[t]);
  const members = kept.map((t) => baseMembers[t]);
  if (baseCenters.length < 2) return { baseCenters, baseMembers: members, groups: [], silhouettes: {}, smoothing: warm.smoothing ?? null };
  const weights = members.map((m) => m.length);
  const maxK = Math.min(MAX_K, 2 + Math.floor(baseCenters.length / 12), baseCenters.length);
  const tried = new Map<number, Int32Array>();
  const silhouettes: Record<number, number> = {};
  for (let k = 2; k <= maxK; k++) {
    const clustering = kmeans(baseCenters, weights, k);
    tried.set(k, clustering.assignment);
    silhouettes[k] = silhouette(baseCenters, clustering.assignment);
  }
  const smoothing = smoothK(silhouettes, warm.smoothing ?? null);
  const chosen = tried.get(smoothing.smoothedK) ?? tried.get(smoothing.lastK)!;
  const groups: number[][] = [];
  chosen.forEach((g, t) => (groups[g] ??= []).push(t));
  return { baseCenters, baseMembers: members, groups: groups.filter(Boolean), silhouettes, smoothing };
}

/** The best k now (the smallest of equals) and the k in force, which changes after K_BUFFER wins in a row. */
export function smoothK(silhouettes: Record<number, number>, before: KSmoothing | null): KSmoothing {
  const ks = Object.keys(silhouettes).map(Number).sort((a, b) => a - b);
  const best = ks.reduce((top, k) => (silhouettes[k] > silhouettes[top] + 1e-9 ? k : top), ks[0]);
  const count = before && before.lastK === best ? before.lastKCount + 1 : 1;
  const held = before && ks.includes(before.smoothedK) ? before.smoothedK : best;
  return { lastK: best, lastKCount: count, smoothedK: count >= K_BUFFER ? best : held };
}

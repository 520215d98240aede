// Reads a tally result (docs/contracts.md) for the screens: which number each option gets and what
// that number means, each option's rank with ties, and the parts of a breakdown in declared order.
import type { ConsultationDetail, ConsultationResults, Keyed, TallyResult, Withheld } from './api';

/** The figure shown per option: the method's scores, or for a method without scores (IRV) the
 *  first round's count. `code` names its meaning under the i18n prefix `scoreOf`. */
export interface Measure {
  code: string;
  values: Record<string, number>;
}

export function measureOf(result: TallyResult): Measure | null {
  if (result.scores) return { code: result.method, values: result.scores };
  // With no ballots the server sends no scores; for a count, nought is the true figure.
  if (result.voters === 0 && countsVoters(result.method)) return { code: result.method, values: Object.fromEntries(result.candidates.map((c) => [c, 0])) };
  const first = result.rounds?.[0]?.tally;
  return first ? { code: 'firstRound', values: first } : null;
}

/** Methods whose figure is a count of ballots, so a share of the voters means something. */
export const countsVoters = (method: string) => method === 'approval' || method === 'plurality';

/** Methods that order options from ranked ballots: their order is worth a stability check. */
export const ranksOrders = (ballotType: string) => ballotType === 'ranking' || ballotType === 'pairwise';

export interface Placing {
  rank: number;
  tied: boolean;
}

// Rank = 1 + options strictly ahead, as the server's stability figures count it.
export function placings(result: TallyResult): Map<string, Placing> {
  const out = new Map<string, Placing>();
  let ahead = 0;
  for (const group of result.ranking) {
    for (const key of group) out.set(key, { rank: ahead + 1, tied: group.length > 1 });
    ahead += group.length;
  }
  return out;
}

/** Options best first; any the ranking leaves out (a newer server, no ballots) keep spec order at the end. */
export function inRankOrder(result: TallyResult, options: Keyed[]): Keyed[] {
  const byKey = new Map(options.map((o) => [o.key, o]));
  const ranked = result.ranking.flat().filter((k) => byKey.has(k));
  const seen = new Set(ranked);
  return [...ranked.map((k) => byKey.get(k)!), ...options.filter((o) => !seen.has(o.key))];
}

export type Breakdown = 'overall' | 'cluster' | 'group';

export interface Part {
  key: string;
  title: Keyed['title'];
  result: TallyResult;
  /** Set when the part is withheld (fewer ballots than this): `result` then carries no figures. */
  withheld?: number;
  /** Withheld although large enough: it would let a smaller group be worked out. */
  reveals?: boolean;
}

const noFigures = (w: Withheld): Pick<Part, 'result' | 'withheld' | 'reveals'> => ({
  result: { method: '', candidates: [], voters: 0, ranking: [], winners: [] },
  withheld: w.fewerThan,
  reveals: Boolean(w.reveals),
});

/** A count's explanations are open-ended, so `'withheld' in part` cannot tell the two apart. */
const isWithheld = (part: TallyResult | Withheld): part is Withheld => part.withheld === true;

/** The clusters or groups of a breakdown, in the order the consultation declares them. */
export function partsOf(result: Pick<ConsultationResults, 'byGroup' | 'byCluster'>, by: Breakdown, detail: Pick<ConsultationDetail, 'clusters' | 'groups'>): Part[] {
  if (by === 'overall') return [];
  const parts = by === 'cluster' ? result.byCluster : result.byGroup;
  const declared = by === 'cluster' ? detail.clusters : detail.groups;
  if (!parts) return [];
  return declared
    .filter((d) => parts[d.key])
    .map((d) => {
      const part = parts[d.key];
      return { key: d.key, title: d.title, ...(isWithheld(part) ? noFigures(part) : { result: part }) };
    });
}

/** Where a value sits between the lowest and highest shown, 0…1; bars start at zero unless a value is negative. */
export function barShare(value: number | undefined, values: number[]): number {
  if (value === undefined || !values.length) return 0;
  const lo = Math.min(0, ...values);
  const hi = Math.max(...values);
  return hi > lo ? (value - lo) / (hi - lo) : 0;
}

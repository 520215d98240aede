// Results of a consultation: its stored ballots counted by the core tally, with option keys as
// candidates, stakeholder-group weights when the spec declares them, and breakdowns on request —
// a breakdown's groups below the consultation's minimum size withheld (core/consultations/withhold).
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { methodsFor, profileOf } from '../../core/consultations/profile';
import { publishedOrder } from '../../core/consultations/receipt';
import { partSizes, withheldParts, type Withheld } from '../../core/consultations/withhold';
import { InputError } from '../../core/errors';
import { tally } from '../../core/tally/tally';
import type { TallyOptions, TallyResult } from '../../core/tally/types';
import type { Profile } from '../../core/ballots/profile';
import type { Consultation, Option } from './consultation.service';
import { ballots } from './consultation.table';
import type { StabilityFigure, StabilityJobs, StabilityStatus } from './stability.jobs';

export type StoredBallot = { choice: (typeof ballots.$inferSelect)['choice']; group: string | null; cluster: string | null };
export type Breakdown = Record<string, TallyResult | Withheld>;

/**
 * In the published order (by content): sums of weighted scores are floating point and depend on the
 * order they are added in, so one fixed order, which says nothing about casting, keeps every count
 * of the same ballots identical on every database and every run.
 */
export async function loadStoredBallots(db: Db, consultationId: string): Promise<StoredBallot[]> {
  const rows = await db.select({ choice: ballots.choice, group: ballots.group, cluster: ballots.cluster }).from(ballots).where(eq(ballots.consultationId, consultationId));
  return publishedOrder({ ballots: rows, receipts: [] }).ballots;
}

/** The groups (or clusters) of a consultation whose figures are withheld, and why, given its stored ballots. */
export function withheldOf(c: Consultation, stored: readonly StoredBallot[], by: 'group' | 'cluster'): Map<string, Withheld> {
  const declared = (by === 'group' ? c.groups : c.clusters).map((p) => p.key);
  const sizes = partSizes(declared, stored, (b) => b[by]);
  const min = c.minGroupSize;
  return new Map([...withheldParts(sizes, stored.length, min)].map((k) => [k, { withheld: true, fewerThan: min, ...(sizes[k] >= min ? { reveals: true } : {}) }]));
}

function withhold(parts: Record<string, TallyResult> | undefined, withheld: Map<string, Withheld>): Breakdown | undefined {
  if (!parts) return undefined;
  return Object.fromEntries(Object.entries(parts).map(([k, part]) => [k, withheld.get(k) ?? part]));
}

/**
 * Where stability figures come from: the background jobs. `wait` (signed-in staff) waits for the
 * figure covering the ballots counted now; otherwise the last one computed is served as it is.
 */
export type StabilitySource = { jobs: StabilityJobs; wait: boolean };
type StabilityPart = { stability?: StabilityFigure; stabilityStatus?: StabilityStatus };

export async function consultationResults(
  db: Db,
  c: Consultation,
  options: Option[],
  query: { method?: string; by?: 'group' | 'cluster'; seats?: number; stability?: number },
  source?: StabilitySource,
): Promise<TallyResult & StabilityPart & { byGroup?: Breakdown; byCluster?: Breakdown; alternatives: string[]; unavailable?: { method: string; reason: string } }> {
  const methods = methodsFor[c.ballot.type];
  const stored = await loadStoredBallots(db, c.id);
  const profile = profileOf(options.map((o) => o.key), stored, { groups: c.groups.map((g) => g.key), clusters: c.clusters.map((k) => k.key) });
  const weighted = c.groups.filter((g) => g.weight !== undefined);
  if (weighted.length && weighted.length !== c.groups.length) throw new InputError('Either every group has a weight or none does.', {}, 'Hoặc nhóm nào cũng có trọng số, hoặc không nhóm nào có.');
  const weights = weighted.length ? { groups: Object.fromEntries(weighted.map((g) => [g.key, g.weight!])) } : undefined;
  const run = (method: string) => {
    const tallyOptions = { method, seats: query.seats, weights };
    return { tallyOptions, result: tally(profile, { ...tallyOptions, breakdown: query.by ? [query.by] : [] }) };
  };
  let unavailable: { method: string; reason: string } | undefined;
  let counted: ReturnType<typeof run>;
  try {
    counted = run(query.method ?? methods.default);
  } catch (err) {
    // Early in a wiki survey (or right after a proposal joins) Bradley–Terry may have no estimate yet;
    // unless a method was asked for, count with the next one and say why.
    if (query.method || !(err instanceof InputError) || !methods.others.length) throw err;
    unavailable = { method: methods.default, reason: err.message };
    counted = run(methods.others[0]);
  }
  const { tallyOptions, result } = counted;
  const method = tallyOptions.method;
  const stability = query.stability ? await stabilityOf(c.id, profile, tallyOptions, query.stability, stored.length, source) : {};
  if (c.ballot.type === 'pairwise') countParticipants(result, stored, query.by);
  const byGroup = withhold(result.byGroup as Record<string, TallyResult> | undefined, query.by === 'group' ? withheldOf(c, stored, 'group') : new Map());
  const byCluster = withhold(result.byCluster as Record<string, TallyResult> | undefined, query.by === 'cluster' ? withheldOf(c, stored, 'cluster') : new Map());
  return {
    ...result,
    ...(byGroup ? { byGroup } : {}),
    ...(byCluster ? { byCluster } : {}),
    ...stability,
    ...(unavailable ? { unavailable } : {}),
    alternatives: [methods.default, ...methods.others].filter((m) => m !== method),
  };
}

async function stabilityOf(id: string, profile: Profile, options: TallyOptions, resamples: number, ballotCount: number, source?: StabilitySource): Promise<StabilityPart> {
  if (!source) throw new Error('Stability was asked for without the background jobs that compute it.');
  // The options are in the key: an option approved after the last ballot changes the figures too.
  const key = JSON.stringify([id, profile.candidates, options, resamples]);
  // Seeded by the consultation's ballot count, so the same ballots always give the same figures.
  const ask = { key, ballots: ballotCount, request: { profile, options, resamples, seed: ballotCount } };
  if (source.wait) return { stability: await source.jobs.current(ask), stabilityStatus: 'current' };
  return source.jobs.latest(ask);
}

/**
 * In a pairwise consultation every answered pair is one comparison counted on its own, so the tally's
 * "voters" are comparisons; people are the ballots. Say both, overall and in each breakdown.
 */
function countParticipants(result: TallyResult, stored: { group: string | null; cluster: string | null }[], by?: 'group' | 'cluster') {
  result.comparisons = result.voters;
  result.voters = stored.length;
  const parts = (by === 'group' ? result.byGroup : by === 'cluster' ? result.byCluster : undefined) as Record<string, TallyResult> | undefined;
  for (const [key, part] of Object.entries(parts ?? {})) {
    part.comparisons = part.voters;
    part.voters = stored.filter((b) => (by === 'group' ? b.group : b.cluster) === key).length;
  }
}

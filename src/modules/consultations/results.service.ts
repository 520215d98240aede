// Results of a consultation: its running tallies (tally.store.ts, kept as ballots are stored) counted
// by the core tally, with option keys as candidates, stakeholder-group weights when the spec declares
// them, and breakdowns on request — a breakdown's groups below the consultation's minimum size
// withheld (core/consultations/withhold). No ballot is read here; the stability draws, which need
// them, load them in the background (stability.jobs.ts).
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { methodsFor, profileOf } from '../../core/consultations/profile';
import { publishedOrder } from '../../core/consultations/receipt';
import { partSizes, withheldParts, type Withheld } from '../../core/consultations/withhold';
import { InputError } from '../../core/errors';
import { countCells, methodOf } from '../../core/tally/tally';
import type { TallyOptions, TallyResult } from '../../core/tally/types';
import type { Consultation, Option } from './consultation.service';
import { ballots } from './consultation.table';
import type { StabilityAsk, StabilityFigure, StabilityJobs, StabilityStatus } from './stability.jobs';
import { storedTallies, type CountedCells } from './tally.store';

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

const PAGE = 2000;

/**
 * The same, read a page at a time (by key), so that on the embedded database — whose queries run on
 * the server's own thread — the requests of a hall are answered between pages. Pages are separate
 * snapshots: a batch committing meanwhile may be read in part, which is fine for the stability draws
 * (they say which ballot count they were seeded by), not for a published list.
 */
export async function loadStoredBallotsPaged(db: Db, consultationId: string, size = PAGE): Promise<StoredBallot[]> {
  const rows: StoredBallot[] = [];
  for (let after: string | null = null; ; ) {
    const page = await db
      .select({ id: ballots.id, choice: ballots.choice, group: ballots.group, cluster: ballots.cluster })
      .from(ballots)
      .where(and(eq(ballots.consultationId, consultationId), after ? gt(ballots.id, after) : undefined))
      .orderBy(asc(ballots.id))
      .limit(size);
    for (const { choice, group, cluster } of page) rows.push({ choice, group, cluster });
    if (page.length < size) break;
    after = page[page.length - 1].id;
  }
  return publishedOrder({ ballots: rows, receipts: [] }).ballots;
}

/** Stored ballots, or a tally cell standing for `ballots` of them. */
type Counted = { group: string | null; cluster: string | null; ballots?: number };
const sizeOf = (b: Counted) => b.ballots ?? 1;

/** The groups (or clusters) of a consultation whose figures are withheld, and why, given its stored ballots (or tally cells). */
export function withheldOf(c: Consultation, stored: readonly Counted[], by: 'group' | 'cluster'): Map<string, Withheld> {
  const declared = (by === 'group' ? c.groups : c.clusters).map((p) => p.key);
  const sizes = partSizes(declared, stored, (b) => b[by], sizeOf);
  const total = stored.reduce((sum, b) => sum + sizeOf(b), 0);
  const min = c.minGroupSize;
  return new Map([...withheldParts(sizes, total, min)].map((k) => [k, { withheld: true, fewerThan: min, ...(sizes[k] >= min ? { reveals: true } : {}) }]));
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
  const candidates = options.map((o) => o.key);
  const weights = weightsOf(c);
  const run = async (method: string) => {
    const tallyOptions = { method, seats: query.seats, weights };
    const cells = await storedTallies(db, c.id, candidates, methodOf(method));
    const frame = { candidates, groups: partsOf(c.groups, cells, 'group'), clusters: partsOf(c.clusters, cells, 'cluster') };
    return { tallyOptions, cells, result: countCells(cells, frame, { ...tallyOptions, breakdown: query.by ? [query.by] : [] }) };
  };
  let unavailable: { method: string; reason: string } | undefined;
  let counted: Awaited<ReturnType<typeof run>>;
  try {
    counted = await run(query.method ?? methods.default);
  } catch (err) {
    // Early in a wiki survey (or right after a proposal joins) Bradley–Terry may have no estimate yet;
    // unless a method was asked for, count with the next one and say why.
    if (query.method || !(err instanceof InputError) || !methods.others.length) throw err;
    unavailable = { method: methods.default, reason: err.message };
    counted = await run(methods.others[0]);
  }
  const { tallyOptions, result, cells } = counted;
  const method = tallyOptions.method;
  const stability = query.stability ? await stabilityOf(db, c, candidates, tallyOptions, query.stability, stored(cells), source) : {};
  if (c.ballot.type === 'pairwise') countParticipants(result, cells, query.by);
  const byGroup = withhold(result.byGroup as Record<string, TallyResult> | undefined, query.by === 'group' ? withheldOf(c, cells, 'group') : new Map());
  const byCluster = withhold(result.byCluster as Record<string, TallyResult> | undefined, query.by === 'cluster' ? withheldOf(c, cells, 'cluster') : new Map());
  return {
    ...result,
    ...(byGroup ? { byGroup } : {}),
    ...(byCluster ? { byCluster } : {}),
    ...stability,
    ...(unavailable ? { unavailable } : {}),
    alternatives: [methods.default, ...methods.others].filter((m) => m !== method),
  };
}

/** The stakeholder weights the spec declares, if any. */
function weightsOf(c: Consultation): TallyOptions['weights'] {
  const weighted = c.groups.filter((g) => g.weight !== undefined);
  if (weighted.length && weighted.length !== c.groups.length) throw new InputError('Either every group has a weight or none does.', {}, 'Hoặc nhóm nào cũng có trọng số, hoặc không nhóm nào có.');
  return weighted.length ? { groups: Object.fromEntries(weighted.map((g) => [g.key, g.weight!])) } : undefined;
}

/** How many ballots the cells hold. */
const stored = (cells: CountedCells) => cells.reduce((sum, cell) => sum + cell.ballots, 0);

/** The declared groups (or clusters), then any the ballots name that is not declared. */
function partsOf(declared: readonly { key: string }[], cells: CountedCells, by: 'group' | 'cluster'): string[] {
  const keys = declared.map((p) => p.key);
  for (const cell of cells) if (cell[by] !== null && !keys.includes(cell[by])) keys.push(cell[by]);
  return keys;
}

/** Resamples the staff app asks for, and those drawn when a consultation closes or is published. */
export const DEFAULT_RESAMPLES = 200;

/** The ask for a consultation's stability figure; the draws read the ballots only when their job starts. */
function stabilityAsk(db: Db, c: Consultation, candidates: string[], options: TallyOptions, resamples: number, ballotCount: number): StabilityAsk {
  // The options are in the key: an option approved after the last ballot changes the figures too.
  const key = JSON.stringify([c.id, candidates, options, resamples]);
  const request = async () => {
    const stored = await loadStoredBallotsPaged(db, c.id);
    const profile = profileOf(candidates, stored, { groups: c.groups.map((g) => g.key), clusters: c.clusters.map((k) => k.key) });
    // Seeded by the number of ballots drawn from, so the same ballots always give the same figures.
    return { profile, options, resamples, seed: stored.length };
  };
  return { consultationId: c.id, key, ballots: ballotCount, request };
}

async function stabilityOf(db: Db, c: Consultation, candidates: string[], options: TallyOptions, resamples: number, ballotCount: number, source?: StabilitySource): Promise<StabilityPart> {
  if (!source) throw new Error('Stability was asked for without the background jobs that compute it.');
  const ask = stabilityAsk(db, c, candidates, options, resamples, ballotCount);
  if (source.wait) return { stability: await source.jobs.current(ask), stabilityStatus: 'current' };
  return source.jobs.latest(ask);
}

/**
 * A consultation just closed or published: draw its default method's stability figure now, in the
 * background, so that the first reader finds it (ranked and pairwise ballots, where order matters).
 */
export async function refreshStability(db: Db, c: Consultation, options: Option[], jobs: StabilityJobs): Promise<void> {
  if ((c.ballot.type !== 'ranking' && c.ballot.type !== 'pairwise') || c.ballotCount === 0) return;
  const tallyOptions = { method: methodsFor[c.ballot.type].default, seats: undefined, weights: weightsOf(c) };
  await jobs.refresh(stabilityAsk(db, c, options.map((o) => o.key), tallyOptions, DEFAULT_RESAMPLES, c.ballotCount));
}

/**
 * In a pairwise consultation every answered pair is one comparison counted on its own, so the tally's
 * "voters" are comparisons; people are the ballots. Say both, overall and in each breakdown.
 */
function countParticipants(result: TallyResult, cells: CountedCells, by?: 'group' | 'cluster') {
  result.comparisons = result.voters;
  result.voters = stored(cells);
  const parts = (by === 'group' ? result.byGroup : by === 'cluster' ? result.byCluster : undefined) as Record<string, TallyResult> | undefined;
  for (const [key, part] of Object.entries(parts ?? {})) {
    part.comparisons = part.voters;
    part.voters = stored(cells.filter((cell) => cell[by!] === key));
  }
}

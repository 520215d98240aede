// Results of a consultation: its stored ballots counted by the core tally, with option keys as
// candidates, stakeholder-group weights when the spec declares them, and breakdowns on request.
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { methodsFor, profileOf } from '../../core/consultations/profile';
import { InputError } from '../../core/errors';
import { bootstrapStability } from '../../core/tally/stability';
import { tally } from '../../core/tally/tally';
import type { TallyResult } from '../../core/tally/types';
import type { Consultation, Option } from './consultation.service';
import { ballots } from './consultation.table';

export async function loadStoredBallots(db: Db, consultationId: string) {
  return db
    .select({ seq: ballots.seq, choice: ballots.choice, group: ballots.group, cluster: ballots.cluster, receipt: ballots.receipt })
    .from(ballots)
    .where(eq(ballots.consultationId, consultationId))
    .orderBy(asc(ballots.seq));
}

export async function consultationResults(
  db: Db,
  c: Consultation,
  options: Option[],
  query: { method?: string; by?: 'group' | 'cluster'; seats?: number; stability?: number },
): Promise<TallyResult & { alternatives: string[] }> {
  const methods = methodsFor[c.ballot.type];
  const method = query.method ?? methods.default;
  const stored = await loadStoredBallots(db, c.id);
  const profile = profileOf(c.ballot.type, options.map((o) => o.key), stored, { groups: c.groups.map((g) => g.key), clusters: c.clusters.map((k) => k.key) });
  const weighted = c.groups.filter((g) => g.weight !== undefined);
  if (weighted.length && weighted.length !== c.groups.length) throw new InputError('Either every group has a weight or none does.');
  const tallyOptions = {
    method,
    seats: query.seats,
    weights: weighted.length ? { groups: Object.fromEntries(weighted.map((g) => [g.key, g.weight!])) } : undefined,
  };
  const result = tally(profile, { ...tallyOptions, breakdown: query.by ? [query.by] : [] });
  // Seeded by the consultation's ballot count, so the same ballots always give the same figures.
  const stability = query.stability ? bootstrapStability(profile, tallyOptions, { resamples: query.stability, seed: stored.length }) : undefined;
  return { ...result, ...(stability ? { stability } : {}), alternatives: [methods.default, ...methods.others].filter((m) => m !== method) };
}

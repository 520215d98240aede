// The shape of a consultation's results (GET /api/consultations/:id/results, and each live event).
// A count carries method-specific explanations beyond the fields named here (core/tally/types.ts),
// so the objects are open: what the count adds leaves the server as it is.
import { z } from 'zod';
import { consultationStatuses } from './consultation.table';

const transfer = z.object({
  from: z.string(),
  reason: z.enum(['surplus', 'elimination']),
  factor: z.number().optional(),
  to: z.record(z.string(), z.number()),
  exhausted: z.number(),
});
const round = z.object({
  tally: z.record(z.string(), z.number()),
  eliminated: z.array(z.string()),
  elected: z.array(z.string()),
  exhausted: z.number().optional(),
  transfer: transfer.optional(),
});
const tieBreak = z.object({
  round: z.number().optional(),
  among: z.array(z.string()),
  chosen: z.string().optional(),
  rule: z.enum(['earlier-rounds', 'candidate-order', 'first-optimal-order']),
});

const tallyFields = {
  method: z.string(),
  candidates: z.array(z.string()),
  voters: z.number(),
  ranking: z.array(z.array(z.string())),
  winners: z.array(z.string()),
  scores: z.record(z.string(), z.number()).optional(),
  pairwise: z.record(z.string(), z.record(z.string(), z.number())).optional(),
  rounds: z.array(round).optional(),
  quota: z.number().optional(),
  seats: z.number().optional(),
  /** Kemeny: pairwise agreements of the best order. */
  score: z.number().optional(),
  tieBreaks: z.array(tieBreak).optional(),
  /** Pairwise consultations: comparisons counted; `voters` is then the ballots. */
  comparisons: z.number().optional(),
  weighting: z.record(z.string(), z.object({ declared: z.number(), share: z.number(), voters: z.number() })).optional(),
};

/** A group or cluster below the consultation's minimum size: no figures, only that it is small. */
const withheld = z.object({ withheld: z.literal(true), fewerThan: z.number(), reveals: z.literal(true).optional() }).meta({ id: 'Withheld' });

export const tallyResult = z.looseObject(tallyFields).meta({ id: 'TallyResult' });
const breakdown = z.record(z.string(), z.union([withheld, tallyResult]));

const stability = z
  .object({
    resamples: z.number(),
    seed: z.number(),
    failed: z.number(),
    rankShares: z.record(z.string(), z.array(z.number())),
    rankInterval90: z.record(z.string(), z.tuple([z.number(), z.number()])),
    topSame: z.array(z.object({ k: z.number(), share: z.number() })),
    ballots: z.number(),
    computedAt: z.string(),
  })
  .meta({ id: 'Stability' });

export const resultsResponse = z
  .looseObject({
    ...tallyFields,
    byGroup: breakdown.optional(),
    byCluster: breakdown.optional(),
    /** Methods the results may also be counted with. */
    alternatives: z.array(z.string()),
    /** The default method could not count these ballots; `method` is the one used. */
    unavailable: z.object({ method: z.string(), reason: z.string() }).optional(),
    stability: stability.optional(),
    stabilityStatus: z.enum(['current', 'outdated', 'pending', 'failed']).optional(),
  })
  .meta({ id: 'ConsultationResults' });

/**
 * One event of GET /api/consultations/:id/live (a server-sent event stream, which OpenAPI does not
 * describe): named here so that the OpenAPI document lists it among its components all the same.
 */
export const liveSnapshot = z
  .object({ status: z.enum(consultationStatuses), ballots: z.number(), results: resultsResponse })
  .meta({ id: 'LiveSnapshot' });

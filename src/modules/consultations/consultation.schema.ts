// The consultation spec of docs/contracts.md, the other request shapes of this module, and its responses.
import { z } from 'zod';
import { localized, localizedOut, slug } from '../../http/schema';
import { consultationStatuses } from './consultation.table';
import { ballotTypes } from '../../core/consultations/spec';

const key = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, 'letters, digits, _ . -, up to 64 characters');
const count = z.number().int().min(0).max(1000);

export const consultationSpec = z
  .object({
    title: localized,
    spaceId: z.uuid().optional(),
    options: z.array(z.object({ key, title: localized })).min(2).max(200),
    ballot: z.object({
      type: z.enum(ballotTypes),
      min: count.optional(),
      max: count.optional(),
      scale: z.union([z.number().int().min(1).max(100), z.object({ min: z.number().int().min(-100).max(100), max: z.number().int().min(-100).max(100) })]).optional(),
      points: z.number().int().min(1).max(100_000).optional(),
    }),
    groups: z.array(z.object({ key: slug, title: localized, weight: z.number().positive().max(1000).optional() })).max(50).default([]),
    clusters: z.array(z.object({ key: slug, title: localized })).max(200).default([]),
    access: z.enum(['invite', 'open']).default('invite'),
    illustrative: z.boolean().default(false),
    /** Groups and clusters with fewer ballots are not published on their own; below 2 a group of one would be. */
    minGroupSize: z.number({ error: 'minGroupSize must be a whole number from 2 to 1000' }).int('minGroupSize must be a whole number from 2 to 1000').min(2, 'minGroupSize must be at least 2').max(1000, 'minGroupSize must be at most 1000').optional(),
  })
  .refine((s) => new Set(s.options.map((o) => o.key)).size === s.options.length, { message: 'option keys must be distinct', path: ['options'] })
  .refine((s) => s.ballot.min === undefined || s.ballot.max === undefined || s.ballot.min <= s.ballot.max, { message: 'min must not exceed max', path: ['ballot', 'min'] })
  .refine((s) => typeof s.ballot.scale !== 'object' || s.ballot.scale.min < s.ballot.scale.max, { message: 'scale.min must be below scale.max', path: ['ballot', 'scale'] })
  .refine((s) => new Set(s.groups.map((g) => g.key)).size === s.groups.length, { message: 'group keys must be distinct', path: ['groups'] })
  .refine((s) => new Set(s.clusters.map((c) => c.key)).size === s.clusters.length, { message: 'cluster keys must be distinct', path: ['clusters'] });

export type ConsultationSpec = z.output<typeof consultationSpec>;

export const invitationBody = z.object({ count: z.number().int().min(1).max(5000), group: slug.optional(), cluster: slug.optional() });

// A ballot body is checked by hand (core/consultations/ballot-rules.ts) so that every problem has
// its own code and message; the schema only says what the fields are.
export const ballotBody = z.object({
  token: z.string().max(200).optional(),
  approve: z.unknown().optional(),
  ranking: z.unknown().optional(),
  scores: z.unknown().optional(),
  /** Pairwise consultations: the pairs answered, winner first, and the pairs skipped. */
  pairs: z.unknown().optional(),
  skipped: z.unknown().optional(),
});

export const resultsQuery = z.object({
  method: z.string().max(40).optional(),
  by: z.enum(['group', 'cluster']).optional(),
  seats: z.coerce.number().int().min(1).max(100).optional(),
  /** Bootstrap resamples for the stability figures (none when absent). */
  stability: z.coerce.number().int().min(10).max(2000).optional(),
});

export const consultationParams = z.object({ id: z.uuid() });

// Responses: what consultation.presenter.ts, results.service.ts and paper.service.ts send.
const keyed = z.object({ key: z.string(), title: localizedOut });
const ballotSpec = z
  .object({
    type: z.enum(ballotTypes),
    min: z.number().optional(),
    max: z.number().optional(),
    scale: z.union([z.number(), z.object({ min: z.number(), max: z.number() })]).optional(),
    points: z.number().optional(),
  })
  .meta({ id: 'BallotSpec' });

export const consultationSummaryResponse = z
  .object({ id: z.string(), title: localizedOut, status: z.enum(consultationStatuses), ballotType: z.enum(ballotTypes), ballots: z.number(), illustrative: z.boolean() })
  .meta({ id: 'ConsultationSummary' });
export const consultationListResponse = z.object({ consultations: z.array(consultationSummaryResponse) });

export const consultationResponse = z
  .object({
    id: z.string(),
    spaceId: z.string().nullable(),
    title: localizedOut,
    status: z.enum(consultationStatuses),
    access: z.enum(['invite', 'open']),
    ballot: ballotSpec,
    groups: z.array(keyed.extend({ weight: z.number().optional() })),
    clusters: z.array(keyed),
    illustrative: z.boolean(),
    minGroupSize: z.number(),
    options: z.array(keyed),
    ballots: z.number(),
    /** Open consultations: verifications refused because that phone or mailbox was already verified. */
    duplicateVerifications: z.number().optional(),
    /** What the caller may do, as the server's policy decides. */
    permissions: z.object({ manage: z.boolean(), enterPaper: z.boolean() }),
  })
  .meta({ id: 'Consultation' });

export const verificationSentResponse = z.object({ expiresInMinutes: z.number() });
export const verificationConfirmedResponse = z.object({ token: z.string(), voteUrl: z.string() });

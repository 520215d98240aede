// Responses of the paper-ballot API: batches, their two entries compared, a batch counted.
import { z } from 'zod';

const pair = z.tuple([z.string(), z.string()]);
/** A ballot's choice as stored (core/consultations/spec.ts StoredChoice); paper forms never carry pairs. */
const choice = z
  .union([
    z.object({ approve: z.array(z.string()) }),
    z.object({ ranking: z.array(z.array(z.string())) }),
    z.object({ scores: z.record(z.string(), z.number()) }),
    z.object({ pairs: z.array(pair), skipped: z.array(pair) }),
  ])
  .meta({ id: 'StoredChoice' });
/** What one person read off one form, as the server stores it. */
const reading = z.union([z.object({ choice }), z.object({ spoilt: z.literal(true) })]).meta({ id: 'PaperReading' });
const batchStatus = z.enum(['entering', 'committed']);
/** One of the two entries of a batch (1 or 2) and who typed it, by email. */
const entry = z.object({ entry: z.number(), enteredBy: z.string(), enteredAt: z.date() }).meta({ id: 'PaperEntry' });

export const batchCreatedResponse = z.object({ key: z.string() });

export const batchListResponse = z.object({
  batches: z.array(
    z
      .object({
        key: z.string(),
        status: batchStatus,
        group: z.string().nullable(),
        cluster: z.string().nullable(),
        forms: z.number(),
        entries: z.array(entry.extend({ forms: z.number() })),
        /** Forms the two entries read differently; null until both are in. */
        conflicts: z.number().nullable(),
        resolved: z.number(),
        /** Ballots and spoilt forms that count (or will, once every difference is settled). */
        ballots: z.number().nullable(),
        spoilt: z.number().nullable(),
        /** Ballots already in the results: the batch's ballots once it is counted, else 0. */
        counted: z.number(),
        createdAt: z.date(),
        updatedAt: z.date(),
        committedAt: z.date().nullable(),
      })
      .meta({ id: 'PaperBatchSummary' }),
  ),
});

export const batchResponse = z.object({
  batch: z
    .object({
      consultationId: z.string(),
      key: z.string(),
      group: z.string().nullable(),
      cluster: z.string().nullable(),
      forms: z.number(),
      status: batchStatus,
      /** By form index (0-based, as a string): the reading the facilitator settled on. */
      resolutions: z.record(z.string(), reading),
      createdAt: z.date(),
      committedAt: z.date().nullable(),
      updatedAt: z.date(),
    })
    .meta({ id: 'PaperBatch' }),
  entries: z.array(entry),
  /** Form by form (0-based); null until both entries are in. */
  comparison: z
    .array(z.object({ form: z.number(), first: reading.nullable(), second: reading.nullable(), same: z.boolean() }).meta({ id: 'PaperFormComparison' }))
    .nullable(),
}).meta({ id: 'PaperBatchView' });

export const batchCountedResponse = z.object({ ballots: z.number(), spoilt: z.number(), receipts: z.array(z.string()) }).meta({ id: 'PaperCommitOutcome' });

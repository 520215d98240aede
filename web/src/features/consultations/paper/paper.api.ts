// Shapes of the paper-batch API as the entry and comparison screens read them: the server's own, from the
// generated openapi.ts (src/modules/consultations/paper.schema.ts); and the paths that ask for them.
import type { ApiBody, Schema } from '../../../shared/api/schema';
import { consultationPath } from '../api';

/** What one person read off one form, as the server stores it (paper forms never carry pairs). */
export type Reading = Schema<'PaperReading'>;

/** What the entry and resolution endpoints take for one form (approval, ranking, score or budget ballots). */
export type PaperForm = ApiBody<'/api/consultations/{id}/paper-batches/{key}/resolutions/{form}', 'put'>['reading'];

/** A batch in the list of a consultation's batches: where it stands. */
export type BatchSummary = Schema<'PaperBatchSummary'>;
export type PaperBatch = Schema<'PaperBatch'>;
export type PaperEntry = Schema<'PaperEntry'>;
export type FormComparison = Schema<'PaperFormComparison'>;
export type BatchData = Schema<'PaperBatchView'>;
export type CommitOutcome = Schema<'PaperCommitOutcome'>;

export const batchesPath = (id: string) => `${consultationPath(id)}/paper-batches`;
export const batchPath = (id: string, key: string) => `${batchesPath(id)}/${encodeURIComponent(key)}`;

/** Paths of the staff app's own paper pages. */
export const paperPage = (id: string, key?: string) =>
  `/consultations/${encodeURIComponent(id)}/paper${key ? `/${encodeURIComponent(key)}` : ''}`;

/** The server's rule for batch keys (the `slug` schema). */
export const batchKeyPattern = /^[a-z0-9][a-z0-9-]{1,62}$/;

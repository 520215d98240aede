// Shapes of the consultation API (docs/contracts.md) as the staff app reads them, and the paths of
// the files a consultation offers for download. The shapes are the server's own, from the generated
// shared/api/openapi.ts.
import type { paths } from '../../shared/api/openapi';
import type { Schema } from '../../shared/api/schema';

export type ConsultationSummary = Schema<'ConsultationSummary'>;
export type ConsultationStatus = ConsultationSummary['status'];
export type BallotType = ConsultationSummary['ballotType'];
export type ConsultationDetail = Schema<'Consultation'>;
export type Access = ConsultationDetail['access'];
export type BallotSpec = Schema<'BallotSpec'>;
export type Keyed = ConsultationDetail['options'][number];

/** What POST /api/consultations takes: the contract's spec plus the space. */
export type ConsultationSpec = NonNullable<paths['/api/consultations']['post']['requestBody']>['content']['application/json'];

export type Stability = Schema<'Stability'>;
export type TallyResult = Schema<'TallyResult'>;
/** A group or cluster below the consultation's minimum size: no figures, only that it is small. */
export type Withheld = Schema<'Withheld'>;
export type ConsultationResults = Schema<'ConsultationResults'>;

/** One event of GET /api/consultations/:id/live (a server-sent event stream; the schema is a component all the same). */
export type LiveSnapshot = Schema<'LiveSnapshot'>;

export const consultationPath = (id: string) => `/api/consultations/${encodeURIComponent(id)}`;

/** Without a method the server uses the consultation's default one. */
export function downloadPaths(id: string, method: string | null) {
  const base = consultationPath(id);
  const m = method ? `?method=${encodeURIComponent(method)}` : '';
  return {
    csv: `${base}/ballots.csv`,
    xlsx: `${base}/results.xlsx${m}`,
    docx: `${base}/results.docx${m}`,
    zip: `${base}/open-data.zip`,
  };
}

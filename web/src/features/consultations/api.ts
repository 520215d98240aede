// Shapes of the consultation API (docs/contracts.md) as the staff app reads them, and the paths of
// the files a consultation offers for download. Kept by hand to match the server's answers.
import type { Localized } from '../../shared/i18n/i18n';

export type ConsultationStatus = 'draft' | 'open' | 'closed' | 'published';
export type BallotType = 'approval' | 'ranking' | 'score' | 'pairwise' | 'budget';
export type Access = 'invite' | 'open';

export interface ConsultationSummary {
  id: string;
  title: Localized;
  status: ConsultationStatus;
  ballotType: BallotType;
  ballots: number;
  illustrative: boolean;
}

export interface BallotSpec {
  type: BallotType;
  min?: number;
  max?: number;
  scale?: number | { min: number; max: number };
  points?: number;
}

export interface Keyed {
  key: string;
  title: Localized;
}

export interface ConsultationDetail {
  id: string;
  spaceId: string | null;
  title: Localized;
  status: ConsultationStatus;
  access: Access;
  ballot: BallotSpec;
  groups: (Keyed & { weight?: number })[];
  clusters: Keyed[];
  illustrative: boolean;
  options: Keyed[];
  ballots: number;
  /** Open consultations: verifications refused because that phone or mailbox was already verified. */
  duplicateVerifications?: number;
  /** What the caller may do, as the server's policy decides. */
  permissions: { manage: boolean; enterPaper: boolean };
}

/** What POST /api/consultations takes: the contract's spec plus the space. */
export interface ConsultationSpec {
  spaceId: string;
  title: Localized;
  options: Keyed[];
  ballot: BallotSpec;
  groups: (Keyed & { weight?: number })[];
  clusters: Keyed[];
  access: Access;
  illustrative: boolean;
}

export interface Stability {
  resamples: number;
  seed: number;
  rankShares: Record<string, number[]>;
  rankInterval90: Record<string, [number, number]>;
  topSame: { k: number; share: number }[];
}

export interface TallyResult {
  method: string;
  candidates: string[];
  voters: number;
  ranking: string[][];
  winners: string[];
  scores?: Record<string, number>;
  rounds?: { tally: Record<string, number> }[];
  weighting?: Record<string, { declared: number; share: number; voters: number }>;
  byGroup?: Record<string, TallyResult | Withheld>;
  byCluster?: Record<string, TallyResult | Withheld>;
}

/** A group or cluster below the consultation's minimum size: no figures, only that it is small. */
export interface Withheld {
  withheld: true;
  fewerThan: number;
  /** Large enough itself, withheld so that a smaller group cannot be worked out by subtraction. */
  reveals?: true;
}

export interface ConsultationResults extends TallyResult {
  alternatives: string[];
  /** The default method could not count these ballots (e.g. Bradley–Terry early in a wiki survey); `method` is the one used. */
  unavailable?: { method: string; reason: string };
  stability?: Stability;
}

/** One event of GET /api/consultations/:id/live. */
export interface LiveSnapshot {
  status: ConsultationStatus;
  ballots: number;
  results: TallyResult;
}

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

// Shapes of the paper-batch API as the entry and comparison screens read them, and its paths.
// Kept by hand to match src/modules/consultations/paper.routes.ts; only the fields used are relied on.
import { consultationPath } from '../api';

/** What one person read off one form, as the server stores it. */
export type Reading = { choice: { approve?: string[]; ranking?: string[][]; scores?: Record<string, number> } } | { spoilt: true };

/** What the entry and resolution endpoints take for one form (approval, ranking, score or budget ballots). */
export type PaperForm = { approve: string[] } | { ranking: (string | string[])[] } | { scores: Record<string, number> } | { spoilt: true };

/** A batch in the list of a consultation's batches: where it stands. */
export interface BatchSummary {
  key: string;
  status: 'entering' | 'committed';
  group: string | null;
  cluster: string | null;
  forms: number;
  entries: (PaperEntry & { forms: number })[];
  /** Forms the two entries read differently; null until both are in. */
  conflicts: number | null;
  resolved: number;
  /** Ballots and spoilt forms that count (or will, once every difference is settled). */
  ballots: number | null;
  spoilt: number | null;
  /** Ballots already in the results: the batch's ballots once it is counted, else 0. */
  counted: number;
  createdAt: string;
  updatedAt: string;
  committedAt: string | null;
}

export interface PaperBatch {
  key: string;
  group: string | null;
  cluster: string | null;
  forms: number;
  status: 'entering' | 'committed';
  /** By form index (0-based, as a string): the reading the facilitator settled on. */
  resolutions: Record<string, Reading>;
  committedAt?: string | null;
}

export interface PaperEntry {
  entry: 1 | 2;
  /** The email of who typed it: the server compares it to keep the two entries by two people. */
  enteredBy: string;
  enteredAt: string;
}

export interface FormComparison {
  /** 0-based */
  form: number;
  first: Reading | null;
  second: Reading | null;
  same: boolean;
}

export interface BatchData {
  batch: PaperBatch;
  entries: PaperEntry[];
  comparison: FormComparison[] | null;
}

export interface CommitOutcome {
  ballots: number;
  spoilt: number;
  receipts: string[];
}

export const batchesPath = (id: string) => `${consultationPath(id)}/paper-batches`;
export const batchPath = (id: string, key: string) => `${batchesPath(id)}/${encodeURIComponent(key)}`;

/** Paths of the staff app's own paper pages. */
export const paperPage = (id: string, key?: string) =>
  `/consultations/${encodeURIComponent(id)}/paper${key ? `/${encodeURIComponent(key)}` : ''}`;

/** The server's rule for batch keys (the `slug` schema). */
export const batchKeyPattern = /^[a-z0-9][a-z0-9-]{1,62}$/;

// The anonymised ballots file: one ballot a line with its chained receipt, in the form
// `doithoai verify` reads. Served alone (ballots.csv) and inside the open-data archive.
import { csvLine } from '../../../core/csv';
import { canonicalJson } from '../../../core/consultations/receipt';
import type { StoredBallotRow } from './results-report';

export const ballotsCsvHeader = ['seq', 'group', 'cluster', 'choice', 'receipt'] as const;

export function ballotsCsv(rows: readonly StoredBallotRow[]): string {
  const lines = [csvLine(ballotsCsvHeader), ...rows.map((b) => csvLine([b.seq, b.group, b.cluster, canonicalJson(b.choice), b.receipt]))];
  return `${lines.join('\n')}\n`;
}

/** The name `doithoai verify` reads the consultation id from. */
export const ballotsCsvName = (consultationId: string) => `ballots-${consultationId}.csv`;

// The ballots file: the list's digest first, then every ballot (group, cluster, choice) sorted by
// content, then every receipt sorted — in the form `doithoai verify` reads. No line pairs a receipt
// with a ballot, and no order follows the order of casting. Served alone and inside the open-data archive.
import { csvLine } from '../../../core/csv';
import { canonicalJson } from '../../../core/consultations/receipt';
import type { PublishedList } from './ballot-list';

export const ballotsCsvHeader = ['kind', 'group', 'cluster', 'choice', 'code'] as const;

export function ballotsCsv(list: PublishedList): string {
  const lines = [
    csvLine(ballotsCsvHeader),
    csvLine(['digest', null, null, null, list.digest]),
    ...list.ballots.map((b) => csvLine(['ballot', b.group, b.cluster, canonicalJson(b.choice), null])),
    ...list.receipts.map((r) => csvLine(['receipt', null, null, null, r])),
  ];
  return `${lines.join('\n')}\n`;
}

/** The name `doithoai verify` reads the consultation id from. */
export const ballotsCsvName = (consultationId: string) => `ballots-${consultationId}.csv`;

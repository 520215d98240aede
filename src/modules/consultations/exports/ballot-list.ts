// The ballots list as published (ballots.csv, the open-data archive, the workbook): every ballot's
// choice, with where it counts only where that cannot single anyone out, and every receipt, each
// list in its own sorted order, and the digest over both that the results page shows.
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/connection';
import { listDigest, publishedOrder, type BallotList } from '../../../core/consultations/receipt';
import type { Consultation } from '../consultation.service';
import { ballotReceipts } from '../consultation.table';
import { loadStoredBallots, withheldOf, type StoredBallot } from '../results.service';

export type PublishedList = BallotList & { digest: string };

/**
 * A ballot carries one breakdown only — its group, or its cluster when the consultation has no
 * groups — and none where that part is withheld. Both on one line would publish every cell of
 * group × cluster (the one village head of one hamlet), which no threshold on either protects.
 */
export function publishedBallots(c: Consultation, stored: readonly StoredBallot[]) {
  const by = c.groups.length ? 'group' : c.clusters.length ? 'cluster' : null;
  const withheld = by ? withheldOf(c, stored, by) : new Map();
  return stored.map((b) => {
    const key = by ? b[by] : null;
    const shown = key !== null && !withheld.has(key) ? key : null;
    return { group: by === 'group' ? shown : null, cluster: by === 'cluster' ? shown : null, choice: b.choice };
  });
}

export async function loadPublishedList(db: Db, c: Consultation, stored?: readonly StoredBallot[]): Promise<PublishedList> {
  const ballots = publishedBallots(c, stored ?? (await loadStoredBallots(db, c.id)));
  const receipts = await db.select({ r: ballotReceipts.receipt }).from(ballotReceipts).where(eq(ballotReceipts.consultationId, c.id)).orderBy(asc(ballotReceipts.receipt));
  const list = publishedOrder({ ballots, receipts: receipts.map((x) => x.r) });
  return { ...list, digest: listDigest(c.id, list) };
}

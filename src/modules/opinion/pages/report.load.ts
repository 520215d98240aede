// What the public report reads: the last good map (never computed here — the background job keeps it),
// the approved statements' texts and running counts (O(statements)), and, before there is a map, how
// many people have voted so far (few then: the map appears once two have voted on seven statements).
import { and, countDistinct, eq } from 'drizzle-orm';
import type { Db } from '../../../db/connection';
import { latestMap, listStatements, type Conversation } from '../index';
import { opinionVotes } from '../opinion.table';
import type { ReportPageData } from './report.page';
import { publicReport, type MapForReport } from './report.view';

export async function loadReport(db: Db, c: Conversation): Promise<ReportPageData> {
  const [latest, statements] = await Promise.all([latestMap(db, c.id), listStatements(db, c.id, 'approved')]);
  const votes = statements.reduce((sum, s) => sum + s.agree + s.disagree + s.pass, 0);
  const conversation = c;
  if (latest.status === 'ready') {
    const map = latest.map as MapForReport;
    const texts = new Map(statements.map((s) => [String(s.tid), s.text]));
    return { conversation, totals: { participants: map.participants, statements: statements.length, votes }, state: { status: 'ready', computedAt: new Date(latest.computedAt), map: publicReport(map, texts) } };
  }
  const [voters] = await db.select({ n: countDistinct(opinionVotes.pid) }).from(opinionVotes).where(and(eq(opinionVotes.conversationId, c.id)));
  return { conversation, totals: { participants: voters.n, statements: statements.length, votes }, state: { status: 'waiting', votesNeeded: latest.votesNeeded, participantsNeeded: latest.participantsNeeded } };
}

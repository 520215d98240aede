// What the public report reads: the last good map (never computed here — the background job keeps it),
// the approved statements' texts and running counts (O(statements)), and, before there is a map, how
// many people have voted so far (few then: the map appears once two have voted on seven statements).
// The figures at the top are all the map's, at its time, when the map kept its votes per statement; from an
// older map only the participants are, and the page says the statements and votes are counted now.
import { and, countDistinct, eq } from 'drizzle-orm';
import type { Db } from '../../../db/connection';
import { latestMap, listStatements, type Conversation } from '../index';
import { opinionVotes } from '../opinion.table';
import type { MapResult } from '../map.result';
import type { ReportPageData, ReportTotals } from './report.page';
import { publicReport, type MapForReport } from './report.view';

export async function loadReport(db: Db, c: Conversation): Promise<ReportPageData> {
  const [latest, statements] = await Promise.all([latestMap(db, c.id), listStatements(db, c.id, 'approved')]);
  const counted = statements.filter((s) => !s.isMeta);
  const votes = counted.reduce((sum, s) => sum + s.agree + s.disagree + s.pass, 0);
  const conversation = c;
  if (latest.status === 'ready') {
    const map = latest.map as MapForReport & Pick<MapResult, 'tally'>;
    const texts = new Map(statements.map((s) => [String(s.tid), s.text]));
    const computedAt = new Date(latest.computedAt);
    return { conversation, totals: mapTotals(map, computedAt, { statements: counted.length, votes }), state: { status: 'ready', computedAt, map: publicReport(map, texts) } };
  }
  const [voters] = await db.select({ n: countDistinct(opinionVotes.pid) }).from(opinionVotes).where(and(eq(opinionVotes.conversationId, c.id)));
  return { conversation, totals: { participants: voters.n, statements: counted.length, votes, as: { of: 'now' } }, state: { status: 'waiting', votesNeeded: latest.votesNeeded, participantsNeeded: latest.participantsNeeded } };
}

/** All the map's figures at its time; a map stored before it kept its votes gives its people, and the rest is now. */
function mapTotals(map: Pick<MapResult, 'participants' | 'tally'>, at: Date, now: { statements: number; votes: number }): ReportTotals {
  if (!map.tally) return { participants: map.participants, ...now, as: { of: 'mixed', at } };
  const tallies = Object.values(map.tally);
  const votes = tallies.reduce((sum, [agree, disagree, pass]) => sum + agree + disagree + pass, 0);
  return { participants: map.participants, statements: tallies.length, votes, as: { of: 'map', at } };
}

// A conversation's rows read onto core/opinion/report's OpinionReportInput: the space's and the conversation's
// titles in the language asked for, the statements put to vote (approved, not meta) with their running counts
// (printed only when the map kept no votes of its own), and the last good map as stored (tids as the report's
// statement ids, its votes per statement when it kept them) — or, before the first map, how many more votes
// it needs. Never computes a map.
import type { Locale } from '../../core/i18n';
import type { OpinionReportInput, ReportMap } from '../../core/opinion/report';
import type { Db } from '../../db/connection';
import type { ConversationCall } from './opinion.guard';
import type { MapResult } from './map.result';
import { latestMap } from './map.service';
import { listStatements } from './statement.service';

const pick = (text: { vi: string; en: string | null }, lang: Locale) => (lang === 'en' && text.en ? text.en : text.vi);

const reportMapOf = (map: MapResult): ReportMap => ({
  participants: map.participants,
  clustered: map.clustered,
  groups: map.groups.map((g) => ({ size: g.size, representative: g.representative.map((r) => ({ statement: String(r.tid), direction: r.direction, agree: r.agree, disagree: r.disagree })) })),
  consensus: {
    agree: map.consensus.agree.map((c) => ({ statement: String(c.tid), direction: c.direction, share: c.share })),
    disagree: map.consensus.disagree.map((c) => ({ statement: String(c.tid), direction: c.direction, share: c.share })),
  },
  groupInformedConsensus: map.groupInformedConsensus,
  pca: map.pca,
  tally: map.tally && Object.fromEntries(Object.entries(map.tally).map(([tid, [agree, disagree, pass]]) => [tid, { agree, disagree, pass }])),
});

export async function conversationReport(db: Db, { space, conversation: c }: ConversationCall, lang: Locale, now: Date): Promise<OpinionReportInput> {
  const statements = (await listStatements(db, c.id, 'approved')).filter((s) => !s.isMeta);
  const latest = await latestMap(db, c.id);
  const base = {
    heading: pick(space.title, lang),
    title: pick(c.title, lang),
    topic: pick(c.topic, lang),
    statements: statements.map((s) => ({ id: String(s.tid), text: s.text, votes: { agree: s.agree, disagree: s.disagree, pass: s.pass } })),
    votes: statements.reduce((sum, s) => sum + s.agree + s.disagree + s.pass, 0),
    createdAt: now,
  };
  if (latest.status === 'ready') return { ...base, map: reportMapOf(latest.map), computedAt: latest.computedAt };
  return { ...base, map: null, computedAt: null, waiting: { votes: latest.votesNeeded, participants: latest.participantsNeeded } };
}

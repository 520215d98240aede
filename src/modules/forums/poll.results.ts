// A forum's polls with their results, overall and per connection point, counted from the consultations'
// running tallies through the results cache (one computation per ballot count, never from the ballots):
// approvals for approval polls, Borda points for ranking polls, the mean score for score polls. Points
// with fewer ballots than the minimum are withheld as the consultations withhold small groups. The
// same figures in the minutes' shape (core/forums/minutes.types.ts).
import type { MinutesPoll } from '../../core/forums/minutes.types';
import type { Db } from '../../db/connection';
import { findConsultation } from '../consultations';
import type { Forum, Registration } from './forum.load';
import { forumItems } from './forum.table';
import { eq } from 'drizzle-orm';
import type { PollMethod, PollView } from './poll.schema';
import { listPolls, pollMethod, votedPolls, type Poll, type PollConsultation } from './poll.service';

type Part = { voters?: number; scores?: Record<string, number>; withheld?: true };
export type CountedPoll = Part & { voters: number; byGroup?: Record<string, Part> };
/** The results cache's `get` (consultations' ResultsCache), or anything that counts the same. */
export type PollCounter = (c: PollConsultation['consultation'], options: PollConsultation['options'], query: { method: string; by: 'group' }) => Promise<CountedPoll>;

const countedBy: Record<PollMethod, string> = { approval: 'approval', ranking: 'borda', score: 'score' };

export async function presentPoll(poll: Poll, found: PollConsultation, count: PollCounter, voted: boolean | null = null): Promise<PollView> {
  const { consultation: c, options } = found;
  const method = pollMethod(c);
  const r = await count(c, options, { method: countedBy[method], by: 'group' });
  const valuesOf = (part: Part) => Object.fromEntries(options.map((o) => [o.key, part.scores?.[o.key] ?? 0]));
  return {
    id: poll.id,
    itemId: poll.itemId,
    consultationId: c.id,
    title: c.title,
    method,
    status: c.status,
    ballot: { max: c.ballot.max, scale: typeof c.ballot.scale === 'number' ? c.ballot.scale : undefined },
    options: options.map((o) => ({ key: o.key, title: o.title })),
    ballots: c.ballotCount,
    illustrative: c.illustrative,
    minGroupSize: c.minGroupSize,
    voted,
    overall: { ballots: r.voters, values: valuesOf(r) },
    points: c.groups.map((g) => {
      const part = r.byGroup?.[g.key];
      const shown = part && !part.withheld ? part : null;
      return { pointId: g.key, name: g.title, withheld: !shown, ballots: shown ? (shown.voters ?? 0) : null, values: shown ? valuesOf(shown) : null };
    }),
  };
}

/** Every poll of the forum with its results, oldest first; drafts only when asked; `voter`: whether they voted in each. */
export async function pollBoard(db: Db, forum: Forum, count: PollCounter, opts: { drafts?: boolean; voter?: Registration | null } = {}): Promise<PollView[]> {
  const out = [];
  const voted = opts.voter ? await votedPolls(db, opts.voter) : null;
  for (const poll of await listPolls(db, forum)) {
    const found = await findConsultation(db, poll.consultationId);
    if (found.consultation.status === 'draft' && !opts.drafts) continue;
    out.push(await presentPoll(poll, found, count, voted ? voted.has(poll.id) : null));
  }
  return out;
}

const measures: Record<PollMethod, { vi: string; en: string }> = {
  approval: { vi: 'Số phiếu tán thành', en: 'Approvals' },
  ranking: { vi: 'Điểm Borda', en: 'Borda points' },
  score: { vi: 'Điểm trung bình', en: 'Mean score' },
};

/** A forum's polls in the minutes' shape: overall and the points whose figures are published. */
export async function minutesPolls(db: Db, forum: Forum, count: PollCounter, lang: 'vi' | 'en' = 'vi'): Promise<MinutesPoll[]> {
  const items = new Map((await db.select().from(forumItems).where(eq(forumItems.forumId, forum.id))).map((i) => [i.id, i.title]));
  const board = await pollBoard(db, forum, count, { drafts: true });
  return board.map((p) => {
    const item = items.get(p.itemId);
    const row = (values: Record<string, number>) => p.options.map((o) => values[o.key] ?? 0);
    return {
      title: p.title[lang],
      agendaItem: item ? (lang === 'en' ? (item.en ?? item.vi) : item.vi) : null,
      measure: measures[p.method][lang],
      options: p.options.map((o) => o.title[lang]),
      overall: { ballots: p.overall.ballots, values: row(p.overall.values) },
      perPoint: p.points.flatMap((pt) => (pt.values ? [{ point: pt.name[lang], ballots: pt.ballots ?? 0, values: row(pt.values) }] : [])),
    };
  });
}

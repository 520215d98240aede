// A forum's minutes from its rows: agenda, attendance per point (expected, registered, checked in),
// contributions and polls (their own modules' minutes functions), approved questions with their answers
// (an anonymous one stays nameless), and every recommendation with its owner and where it stands (the
// plan action's follow-up, read now). Mapped onto core/forums' MinutesInput, which the reports lay out.
import { and, eq, inArray } from 'drizzle-orm';
import { rollUp } from '../../core/forums';
import type { MinutesInput, MinutesQuestion, MinutesRecommendation } from '../../core/forums/minutes';
import type { Db } from '../../db/connection';
import type { Lang } from '../../http/pages';
import { users } from '../accounts';
import { minutesContributions } from './contribution.service';
import { forumContents, type Forum, type ForumContents } from './forum.load';
import { pointName, sortedPoints } from './forum.presenter';
import { text } from './pages/forum.parts';
import { minutesPolls, type PollCounter } from './poll.results';
import { forumQuestions } from './question.table';
import { followUpsOf, listRecommendations } from './recommendation.service';
import { standing } from './recommendation.words';

const sourceWords = { contribution: { vi: 'tham luận', en: 'a contribution' }, question: { vi: 'câu hỏi', en: 'a question' }, poll: { vi: 'biểu quyết', en: 'a poll' } };

export async function forumMinutes(db: Db, forum: Forum, count: PollCounter, lang: Lang, now: Date): Promise<MinutesInput> {
  const contents = await forumContents(db, forum);
  const points = new Map(contents.points.map((p) => [p.id, pointName(forum, p)[lang]]));
  const items = new Map(contents.items.map((i) => [i.id, text(lang, i.title)]));
  const themes = new Map(forum.themes.map((t) => [t.key, text(lang, t)]));
  return {
    title: text(lang, forum.title),
    startsOn: forum.startsOn,
    endsOn: forum.endsOn,
    kind: forum.kind,
    venue: null,
    organisers: forum.organisers,
    themes: forum.themes.map((t) => text(lang, t)),
    agenda: contents.sessions.map((s) => ({
      title: text(lang, s.title),
      items: contents.items.filter((i) => i.sessionId === s.id).map((i) => ({ startsAt: i.startsAt, title: text(lang, i.title), speakers: i.speakers, theme: (i.theme && themes.get(i.theme)) ?? null })),
    })),
    attendance: await attendance(db, forum, contents, lang),
    contributions: await minutesContributions(db, forum, lang),
    polls: await minutesPolls(db, forum, count, lang),
    questions: await questions(db, forum, points, items),
    recommendations: await recommendations(db, forum, points, lang, now),
    createdAt: now,
  };
}

async function attendance(db: Db, forum: Forum, contents: ForumContents, lang: Lang): Promise<MinutesInput['attendance']> {
  const ids = [...new Set([...contents.moderators.values()].flat())];
  const names = new Map(ids.length ? (await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids))).map((u) => [u.id, u.name]) : []);
  const points = sortedPoints(forum, contents.points);
  const { overall } = rollUp(points, contents.counts);
  return {
    points: points.map((p) => ({
      name: pointName(forum, p)[lang],
      locality: null,
      moderators: (contents.moderators.get(p.id) ?? []).map((id) => names.get(id) ?? ''),
      expected: p.expected,
      ...(contents.counts.get(p.id) ?? { registered: 0, checkedIn: 0 }),
    })),
    overall,
  };
}

/** Approved questions (answered or not), most upvoted first; merged, waiting and rejected ones are left out. */
async function questions(db: Db, forum: Forum, points: Map<string, string>, items: Map<string, string>): Promise<MinutesQuestion[]> {
  const rows = await db.select().from(forumQuestions).where(and(eq(forumQuestions.forumId, forum.id), eq(forumQuestions.status, 'approved')));
  rows.sort((a, b) => b.upvotes - a.upvotes || a.createdAt.getTime() - b.createdAt.getTime());
  return rows.map((q) => ({
    text: q.text,
    asker: q.anonymous ? null : q.authorName,
    point: points.get(q.pointId) ?? null,
    agendaItem: items.get(q.itemId) ?? null,
    upvotes: q.upvotes,
    answer: q.answer !== null && q.answeredAt ? { text: q.answer, by: q.answeredBy ?? '' } : null,
  }));
}

async function recommendations(db: Db, forum: Forum, points: Map<string, string>, lang: Lang, now: Date): Promise<MinutesRecommendation[]> {
  const rows = await listRecommendations(db, forum);
  const followUps = await followUpsOf(db, rows, now);
  return rows.map((r) => ({
    text: r.text,
    source: r.sourceKind ? sourceWords[r.sourceKind][lang] : null,
    proposedBy: (r.pointId && points.get(r.pointId)) ?? null,
    owner: r.owner,
    reviewOn: r.reviewOn,
    status: standing(lang, r, (r.actionId && followUps.get(r.actionId)) || null),
  }));
}

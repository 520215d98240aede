// What a connection point's own page shows to whoever holds the phone: the forum and the point, and,
// for a checked-in participant (the participant cookie), their point, the agenda items to ask about,
// their own questions with their status, this point's approved questions and the other points' top
// ones, each marked when they upvoted it, and the forum's open polls. The page stays light: PAGE_HERE of this point's questions
// and PAGE_HALL of the others' at most, and MINE_MAX of their own
// waiting or refused ones, each read as its own bounded query.
import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { findForumBySlug, forumContents, type Forum, type ForumContents, type ForumPoint, type Registration } from './forum.load';
import { presentForum } from './forum.presenter';
import type { ForumPageData } from './pages/forum.page';
import type { PagePoint } from './pages/forum.parts';
import type { PageQuestion, PointPageData } from './pages/point.page';
import { participantOf } from './participant';
import { pointName } from './point.name';
import { openPollsFor } from './poll.service';
import { rankedQuestions, type Question } from './question.service';
import { forumQuestions, forumQuestionUpvotes } from './question.table';

export const PAGE_HERE = 15;
export const PAGE_HALL = 5;
/** "Show more" adds PAGE_HERE of this point's questions at a time, up to this many on the page. */
export const HERE_MAX = 195;
/** The participant's own questions not (yet) approved that the page lists, at most. */
export const MINE_MAX = 50;

export type PointCall = { forum: Forum; contents: ForumContents; point: ForumPoint; page: ForumPageData; pagePoint: PagePoint; me: Registration | null };

/** A published forum's point and the participant of `token` (null without one), or null when there is no such page. */
export async function findPointCall(db: Db, slug: string, pointId: string, token: string | undefined): Promise<PointCall | null> {
  const forum = await findForumBySlug(db, slug);
  if (!forum || forum.status !== 'published') return null;
  const contents = await forumContents(db, forum);
  const point = contents.points.find((p) => p.id === pointId);
  if (!point) return null;
  const page = presentForum(forum, contents);
  const me = token ? await participantOf(db, forum.id, null, token) : null;
  return { forum, contents, point, page, pagePoint: page.points.find((p) => p.id === pointId)!, me };
}

/** The page's data for `call`; `form` carries what was typed and the sentence of a refused form. */
export async function pointPageData(db: Db, call: PointCall, form: PointPageData['form'] = {}, shown = PAGE_HERE): Promise<PointPageData> {
  const { forum, contents, point, page, pagePoint, me } = call;
  const base = { forum: page, point: pagePoint, form };
  if (!me) return { ...base, me: null };
  const theirs = contents.points.find((p) => p.id === me.checkedInPointId) ?? point;
  const q = forumQuestions;
  const approved = eq(q.status, 'approved');
  const [mine, here, hall] = await Promise.all([
    rankedQuestions(db, forum, and(eq(q.registrationId, me.id), ne(q.status, 'approved')), MINE_MAX),
    rankedQuestions(db, forum, and(approved, eq(q.pointId, point.id)), shown + 1),
    rankedQuestions(db, forum, and(approved, ne(q.pointId, point.id)), PAGE_HALL),
  ]);
  const voted = new Set((await db.select({ id: forumQuestionUpvotes.questionId }).from(forumQuestionUpvotes).where(eq(forumQuestionUpvotes.registrationId, me.id))).map((v) => v.id));
  const items = new Map(contents.items.map((i) => [i.id, i.title]));
  const present = (q: Question): PageQuestion => ({
    id: q.id,
    text: q.text,
    anonymous: q.anonymous,
    author: q.anonymous ? null : q.authorName,
    item: items.get(q.itemId) ?? null,
    status: q.status,
    upvotes: q.upvotes,
    answer: q.answer !== null && q.answeredAt ? { text: q.answer, by: q.answeredBy, at: q.answeredAt } : null,
    mine: q.registrationId === me.id,
    upvoted: voted.has(q.id),
  });
  return {
    ...base,
    me: { pointId: theirs.id, pointName: pointName(forum, theirs) },
    items: contents.items.map((i) => ({ id: i.id, title: i.title })),
    mine: mine.map(present),
    here: here.slice(0, shown).map(present),
    hereMore: here.length > shown ? Math.min(shown + PAGE_HERE, HERE_MAX) : null,
    hall: hall.map(present),
    polls: (await openPollsFor(db, forum, me)).map(({ poll, found, voted }) => ({
      id: poll.id,
      title: found.consultation.title,
      spec: found.consultation.ballot,
      options: found.options.map((o) => ({ key: o.key, title: o.title })),
      voted,
      entered: form.poll?.id === poll.id ? form.poll.entered : undefined,
    })),
  };
}

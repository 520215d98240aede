// The hall and point screens: a question approved, upvoted or answered shows up in the forum's
// question stream without a reload; a point's screen shows only that point's questions; anonymous
// questions carry no name; outsiders get no stream.
import { beforeAll, expect, it } from 'vitest';
import { describeApp } from '../helpers/http';
import { caller, makeForumWorld, type ForumWorld } from '../helpers/forums';
import { openStream } from '../helpers/streams';

type Shown = { approved: number; questions: { id: string; upvotes: number; author: string | null; text: string; answer: { text: string } | null }[] };

describeApp('forum question screens', {}, (t) => {
  let base = '';
  let w: ForumWorld;
  let lan: Record<string, string>;
  let minh: Record<string, string>;
  const call = caller(t, () => w);
  const q = (rest = '') => `/api/forums/${w.forumId}/questions${rest}`;

  beforeAll(async () => {
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    w = await makeForumWorld(t, 'man-hinh');
    await call('part', 'POST', `/api/forums/${w.forumId}/points/${w.pointA}/check-ins`, { code: w.partCode });
    lan = await card('Chị Lan', w.pointA);
    minh = await card('Anh Minh', w.org);
  });

  async function card(name: string, pointId: string) {
    const { code } = (await call('fac', 'POST', `/api/forums/${w.forumId}/registrations`, { name, pointId })).json();
    const res = await t.app.inject({ method: 'POST', url: `/api/forums/${w.forumId}/points/${pointId}/check-ins`, payload: { code } });
    return { cookie: `dt_participant=${res.cookies.find((c) => c.name === 'dt_participant')!.value}` };
  }

  /** Reads events until one satisfies `ok` (a change may first show as an unchanged list, e.g. a question still waiting). */
  async function until(stream: Awaited<ReturnType<typeof openStream>>, ok: (s: Shown) => boolean): Promise<Shown> {
    for (;;) {
      const shown = (await stream.next()) as unknown as Shown;
      if (ok(shown)) return shown;
    }
  }

  it('shows an approved question on the hall and its point’s screen, rising with upvotes, and not on another point’s screen', async () => {
    const hall = await openStream(`${base}${q('/live')}`, w.s.obs.headers);
    expect(hall.contentType).toContain('text/event-stream');
    const orgScreen = await openStream(`${base}/api/forums/${w.forumId}/points/${w.org}/questions/live`, w.s.fac.headers);
    expect(await until(hall, () => true)).toEqual({ approved: 0, questions: [] });
    expect(await until(orgScreen, () => true)).toEqual({ approved: 0, questions: [] });

    const first = (await t.app.inject({ method: 'POST', url: q(), headers: lan, payload: { itemId: w.itemId, text: 'Câu hỏi đầu tiên?' } })).json().id;
    const second = (await call('part', 'POST', q(), { itemId: w.itemId, text: 'Câu hỏi ẩn danh?', anonymous: true })).json().id;
    await call('mod', 'POST', q(`/${first}/moderation`), { decision: 'approved' });
    await call('mod', 'POST', q(`/${second}/moderation`), { decision: 'approved' });
    const both = await until(hall, (s) => s.approved === 2);
    expect(both.questions.map((x) => x.id)).toEqual([first, second]);
    expect(both.questions.map((x) => x.author)).toEqual(['Chị Lan', null]);

    await t.app.inject({ method: 'POST', url: q(`/${second}/upvotes`), headers: lan });
    const risen = await until(hall, (s) => s.questions[0]?.id === second);
    expect(risen.questions.map((x) => [x.id, x.upvotes])).toEqual([[second, 1], [first, 0]]);

    const pointA = await openStream(`${base}/api/forums/${w.forumId}/points/${w.pointA}/questions/live`, w.s.mod.headers);
    expect((await until(pointA, () => true)).questions.map((x) => x.id)).toEqual([second, first]);
    await call('fac', 'POST', q(`/${first}/answer`), { text: 'Đã trả lời.', answeredBy: 'Diễn giả' });
    expect((await until(pointA, (s) => s.questions.some((x) => x.answer !== null))).questions.find((x) => x.id === first)!.answer!.text).toBe('Đã trả lời.');

    const third = (await t.app.inject({ method: 'POST', url: q(), headers: minh, payload: { itemId: w.itemId, text: 'Từ Đại học Indiana?' } })).json().id;
    await call('fac', 'POST', q(`/${third}/moderation`), { decision: 'approved' });
    expect((await until(orgScreen, (s) => s.approved > 0)).questions.map((x) => x.id)).toEqual([third]);
    expect((await until(hall, (s) => s.approved === 3)).questions.map((x) => x.id)).toEqual([second, first, third]);
    for (const s of [hall, orgScreen, pointA]) s.close();
  });

  it('shows at most 20 on each screen — the hall the top 20 of every point — with how many are approved in all', async () => {
    // 21 more approved at point A, asked one after another; the last one asked gets an upvote and so passes the other 20 new ones
    const added: string[] = [];
    for (let n = 1; n <= 21; n++) {
      const { id } = (await t.app.inject({ method: 'POST', url: q(), headers: lan, payload: { itemId: w.itemId, text: `Câu hỏi thêm số ${n}?` } })).json();
      await call('mod', 'POST', q(`/${id}/moderation`), { decision: 'approved' });
      added.push(id);
    }
    expect((await t.app.inject({ method: 'POST', url: q(`/${added[20]}/upvotes`), headers: minh })).statusCode).toBe(201);
    const approved = ((await call('obs', 'GET', q())).json().questions as { id: string; pointId: string; status: string }[]).filter((x) => x.status === 'approved');
    // by hand: 3 approved in the test before (2 at point A, 1 at the organisation's point) and these 21
    expect(approved).toHaveLength(24);
    const hall = await openStream(`${base}${q('/live')}`, w.s.obs.headers);
    const pointA = await openStream(`${base}/api/forums/${w.forumId}/points/${w.pointA}/questions/live`, w.s.obs.headers);
    const hallShown = await until(hall, (s) => s.approved === 24);
    const pointShown = await until(pointA, (s) => s.approved === 23);
    // the list route orders in core/forums (rankQuestions); the screens order in SQL: the same 20, in the same order
    expect(hallShown.questions.map((x) => x.id)).toEqual(approved.slice(0, 20).map((x) => x.id));
    expect(pointShown.questions.map((x) => x.id)).toEqual(approved.filter((x) => x.pointId === w.pointA).slice(0, 20).map((x) => x.id));
    // point A's 20 by hand: its 2 earlier (upvoted) questions, the upvoted latecomer, then the first 17 added — the next 3 are left off
    expect(pointShown.questions.map((x) => x.id)).toContain(added[20]);
    expect(pointShown.questions.map((x) => x.id).filter((id) => added.includes(id))).toEqual([added[20], ...added.slice(0, 17)]);
    for (const s of [hall, pointA]) s.close();
  });

  it('gives outsiders and strangers without a participant cookie no stream', async () => {
    expect((await fetch(`${base}${q('/live')}`, { headers: w.s.out.headers })).status).toBe(404);
    expect((await fetch(`${base}${q('/live')}`)).status).toBe(401);
  });
});

// The questions list in bounded pages, on both storage kinds: 130 questions (every status, three
// points, tied upvotes and times, the participant's own waiting and refused ones) walked in pages of
// 50 by each role, every question the role may see exactly once and in rank order; a fast-check
// property that the pages of random data, concatenated, are the full ranked list; a bad cursor or
// limit refused with one sentence in each language. The expected lists are worked out here from the
// rows inserted — rank order as core/forums documents it (most upvotes, then the earlier question,
// then the id), visibility as the forum policy states it — not by the service.
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { forumQuestions } from '../../src/modules/forums/question.table';
import { describeApp } from '../helpers/http';
import { caller, makeForumWorld, refusals, rowsOf, type ForumRole, type ForumWorld } from '../helpers/forums';

type Row = typeof forumQuestions.$inferInsert & { id: string; upvotes: number; createdAt: Date; status: 'waiting' | 'approved' | 'rejected' | 'merged' };
type Seen = { questions: { id: string; mine: boolean }[]; next: string | null };
const statuses = ['waiting', 'approved', 'rejected', 'merged'] as const;
const T0 = Date.parse('2026-11-30T01:00:00Z');

/** Rank order worked out by hand from the rule: more upvotes first, then earlier, then the smaller id. */
const byRank = (a: Row, b: Row) => (a.upvotes !== b.upvotes ? b.upvotes - a.upvotes : a.createdAt.getTime() !== b.createdAt.getTime() ? a.createdAt.getTime() - b.createdAt.getTime() : a.id < b.id ? -1 : 1);

describeApp('forum questions in pages', { clock: new Date('2026-11-30T02:00:00Z') }, (t) => {
  let w: ForumWorld;
  let partReg: string;
  let others: string[];
  const call = caller(t, () => w);
  const refused = refusals(t);

  /** Who sees what: facilitators everything, the moderator of point A the approved ones and all of A's, the participant the approved ones and their own, the observer the approved ones. */
  const sees = (who: ForumRole, r: Row) =>
    who === 'fac' || r.status === 'approved' || (who === 'mod' && r.pointId === w.pointA) || (who === 'part' && r.registrationId === partReg);

  async function plant(rows: Row[]) {
    await t.database.db.execute(sql`delete from forum_questions where forum_id = ${w.forumId}`);
    for (let i = 0; i < rows.length; i += 50) await t.database.db.insert(forumQuestions).values(rows.slice(i, i + 50));
  }

  /** Every page from the first until `next` is null; the pages' sizes too. */
  async function walk(who: ForumRole, limit: number, pointId?: string, status?: string) {
    const ids: string[] = [];
    const sizes: number[] = [];
    let after: string | null = null;
    for (let n = 0; n < 500; n++) {
      const qs = new URLSearchParams({ limit: String(limit), ...(pointId ? { pointId } : {}), ...(status ? { status } : {}), ...(after ? { after } : {}) });
      const res = await call(who, 'GET', `/api/forums/${w.forumId}/questions?${qs}`);
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json() as Seen;
      ids.push(...page.questions.map((q) => q.id));
      sizes.push(page.questions.length);
      if (page.next === null) return { ids, sizes };
      after = page.next;
    }
    throw new Error('the pages never ended');
  }

  const row = (i: number, o: { upvotes: number; minute: number; status: Row['status']; point: number; by: number; id?: string }): Row => ({
    id: o.id ?? `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    forumId: w.forumId,
    itemId: w.itemId,
    pointId: [w.hall, w.pointA, w.org][o.point],
    registrationId: [partReg, ...others][o.by],
    anonymous: false,
    authorName: null,
    text: `Câu hỏi số ${i}?`,
    status: o.status,
    upvotes: o.upvotes,
    createdAt: new Date(T0 + o.minute * 60_000),
  });

  beforeAll(async () => {
    w = await makeForumWorld(t, 'trang');
    const self = await call('part', 'POST', `/api/forums/${w.forumId}/points/${w.pointA}/check-ins`, { code: w.partCode });
    if (self.statusCode !== 201) throw new Error(self.body);
    for (const name of ['Chị Lan', 'Anh Minh']) await call('fac', 'POST', `/api/forums/${w.forumId}/registrations`, { name, pointId: w.org });
    const regs = await rowsOf<{ id: string; user_id: string | null }>(t, sql`select id, user_id from forum_registrations where forum_id = ${w.forumId} order by seq`);
    partReg = regs.find((r) => r.user_id === w.userIds.part)!.id;
    others = regs.filter((r) => r.user_id === null).map((r) => r.id);
    expect(others).toHaveLength(2);
  });

  // 130 questions: statuses in turn, points in turn (offset), upvotes 0–6 and 13 creation minutes so
  // that many share both (ties broken by id), every fifth the participant's own.
  const planted = () =>
    Array.from({ length: 130 }, (_, i) => row(i, { upvotes: (i * 7) % 6 + (i % 11 === 0 ? 6 : 0), minute: i % 13, status: statuses[i % 4], point: (i + Math.floor(i / 4)) % 3, by: i % 5 === 0 ? 0 : 1 + (i % 2) }));

  it.each(['fac', 'mod', 'part', 'obs'] as const)('walks every question %s may see exactly once, in rank order, in pages of 50', async (who) => {
    const rows = planted();
    await plant(rows);
    const expected = rows.filter((r) => sees(who, r)).sort(byRank).map((r) => r.id);
    const { ids, sizes } = await walk(who, 50);
    expect(ids).toEqual(expected);
    expect(new Set(ids).size).toBe(ids.length);
    expect(sizes.slice(0, -1).every((n) => n === 50)).toBe(true);
    expect(expected.length).toBeGreaterThan(30); // the test means something for every role
    // By point: the same, limited to point A.
    const { ids: atA } = await walk(who, 50, w.pointA);
    expect(atA).toEqual(rows.filter((r) => r.pointId === w.pointA && sees(who, r)).sort(byRank).map((r) => r.id));
    // By status: the waiting ones the role may see (none for the observer).
    const { ids: waiting } = await walk(who, 50, undefined, 'waiting');
    expect(waiting).toEqual(rows.filter((r) => r.status === 'waiting' && sees(who, r)).sort(byRank).map((r) => r.id));
  });

  it('pages the 130 as counted by hand: 33 approved (i % 4 === 1) for the observer, 50 + 50 + 30 for the facilitator', async () => {
    const rows = planted();
    // i % 4 === 1 for approved: 1, 5, …, 129 → 33 questions.
    expect(rows.filter((r) => r.status === 'approved')).toHaveLength(33);
    await plant(rows);
    expect((await walk('obs', 50)).ids).toHaveLength(33);
    expect((await walk('fac', 50)).sizes).toEqual([50, 50, 30]);
  });

  it('marks the participant’s own waiting questions as theirs and gives the first page with a next cursor', async () => {
    await plant(planted());
    const first = (await call('part', 'GET', `/api/forums/${w.forumId}/questions`)).json() as Seen;
    expect(first.questions).toHaveLength(50);
    expect(first.next).toEqual(expect.any(String));
    const own = (await walk('part', 200)).ids.length;
    expect(own).toBeGreaterThan(50);
  });

  it('out of the forum: 404 for someone outside it', async () => {
    expect((await call('out', 'GET', `/api/forums/${w.forumId}/questions?limit=10`)).statusCode).toBe(404);
  });

  it.each([
    ['not base64 JSON', 'after=%%%', 'forum.question_bad_cursor'],
    ['a JSON of the wrong shape', `after=${Buffer.from('{"a":1}').toString('base64url')}`, 'forum.question_bad_cursor'],
    ['a cursor with a bad id', `after=${Buffer.from('[1,"2026-11-30T01:00:00.000Z","x"]').toString('base64url')}`, 'forum.question_bad_cursor'],
    ['a cursor with a bad time', `after=${Buffer.from('[1,"hôm qua","00000000-0000-4000-8000-000000000001"]').toString('base64url')}`, 'forum.question_bad_cursor'],
    ['limit 0', 'limit=0', 'forum.question_bad_limit'],
    ['limit 201', 'limit=201', 'forum.question_bad_limit'],
    ['limit not a number', 'limit=nhieu', 'forum.question_bad_limit'],
    ['limit negative', 'limit=-5', 'forum.question_bad_limit'],
  ])('refuses %s with one sentence in each language', async (_, query, code) => {
    const error = await refused(() => call('obs', 'GET', `/api/forums/${w.forumId}/questions?${query}`), 400, code);
    expect(error.en.split(/[.;] /)).toHaveLength(1);
  });

  it('the phone page shows this point’s top 15 approved questions and a “Xem thêm” link to the next 15, none when all are shown', async () => {
    const { code } = (await call('fac', 'POST', `/api/forums/${w.forumId}/registrations`, { name: 'Bà Hoa', pointId: w.pointA })).json();
    const res = await t.app.inject({ method: 'POST', url: `/api/forums/${w.forumId}/points/${w.pointA}/check-ins`, payload: { code } });
    const cookie = { cookie: `dt_participant=${res.cookies.find((c) => c.name === 'dt_participant')!.value}` };
    const rows = Array.from({ length: 20 }, (_, i) => row(i, { upvotes: i, minute: 0, status: 'approved', point: 1, by: 1 }));
    await plant(rows);
    const page = async (query: string) => (await t.app.inject({ method: 'GET', url: `/f/${w.slug}/p/${w.pointA}${query}`, headers: cookie })).body;
    const shown = (html: string) => [...html.matchAll(/data-question="([^"]+)"/g)].map((m) => m[1]);
    const ranked = [...rows].sort(byRank).map((r) => r.id); // upvotes 19 … 0
    const first = await page('');
    expect(shown(first)).toEqual(ranked.slice(0, 15));
    expect(first).toContain(`href="/f/${w.slug}/p/${w.pointA}?here=30#here"`);
    expect(first).toContain('>Xem thêm</a>');
    const more = await page('?here=30');
    expect(shown(more)).toEqual(ranked);
    expect(more).not.toContain('here=45');
    const en = await page('?lang=en');
    expect(en).toContain(`href="/f/${w.slug}/p/${w.pointA}?lang=en&amp;here=30#here">Show more</a>`);
    expect((await t.app.inject({ method: 'GET', url: `/f/${w.slug}/p/${w.pointA}?here=9999`, headers: cookie })).statusCode).toBe(400);
  });

  it('property: for random questions, roles and page sizes, the pages concatenated are the ranked list the role may see', async () => {
    const q = fc.record({
      id: fc.uuid({ version: 4 }),
      upvotes: fc.integer({ min: 0, max: 3 }),
      minute: fc.integer({ min: 0, max: 3 }),
      status: fc.constantFrom(...statuses),
      point: fc.integer({ min: 0, max: 2 }),
      by: fc.integer({ min: 0, max: 2 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(q, { selector: (x) => x.id, maxLength: 25 }), fc.constantFrom<ForumRole>('fac', 'mod', 'part', 'obs'), fc.integer({ min: 1, max: 7 }), fc.boolean(), async (qs, who, limit, atA) => {
        const rows = qs.map((x, i) => row(i, x));
        await plant(rows);
        const expected = rows.filter((r) => sees(who, r) && (!atA || r.pointId === w.pointA)).sort(byRank).map((r) => r.id);
        const { ids, sizes } = await walk(who, limit, atA ? w.pointA : undefined);
        expect(ids).toEqual(expected);
        expect(sizes.every((n) => n <= limit)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });
});

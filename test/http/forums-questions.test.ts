// Questions at a forum over HTTP, on both storage kinds: every question route for each role, a card
// holder asking from their phone with the participant cookie, anonymity, upvotes once each, merging,
// answering, bad input refused with nothing stored, and the audit trail.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeApp } from '../helpers/http';
import { caller, forumBody, forumRoles, makeForumWorld, refusals, rowsOf, type ForumRole, type ForumWorld } from '../helpers/forums';

type Expect = Record<ForumRole, number>;
type Res = { statusCode: number; body: string; json(): any };

describeApp('forum questions', { clock: new Date('2026-11-30T02:00:00Z') }, (t) => {
  let w: ForumWorld;
  /** Cookie headers of two card holders (no account): Chị Lan at point A, Anh Minh at the organisation's point. */
  let lan: Record<string, string>;
  let minh: Record<string, string>;
  const call = caller(t, () => w);
  const q = (rest = '') => `/api/forums/${w.forumId}/questions${rest}`;
  const asCard = (headers: Record<string, string>, method: 'GET' | 'POST', url: string, payload?: object) => t.app.inject({ method, url, headers, payload });

  async function checkInCard(name: string, pointId: string) {
    const { code } = (await call('fac', 'POST', `/api/forums/${w.forumId}/registrations`, { name, pointId })).json();
    const res = await t.app.inject({ method: 'POST', url: `/api/forums/${w.forumId}/points/${pointId}/check-ins`, payload: { code } });
    expect(res.statusCode, res.body).toBe(201);
    const cookie = res.cookies.find((c) => c.name === 'dt_participant')!;
    return { res, cookie, headers: { cookie: `dt_participant=${cookie.value}` } };
  }

  beforeAll(async () => {
    w = await makeForumWorld(t, 'hoi');
    const self = await call('part', 'POST', `/api/forums/${w.forumId}/points/${w.pointA}/check-ins`, { code: w.partCode });
    if (self.statusCode !== 201) throw new Error(self.body);
    lan = (await checkInCard('Chị Lan', w.pointA)).headers;
    minh = (await checkInCard('Anh Minh', w.org)).headers;
  });

  const askAs = async (headers: Record<string, string>, text: string, anonymous = false) => {
    const res = await asCard(headers, 'POST', q(), { itemId: w.itemId, text, anonymous });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string };
  };
  const approved = async (headers: Record<string, string>, text: string) => {
    const { id } = await askAs(headers, text);
    expect((await call('fac', 'POST', q(`/${id}/moderation`), { decision: 'approved' })).statusCode).toBe(200);
    return id;
  };

  /** Refused with a status and a Vietnamese and an English sentence, and nothing stored. */
  const refused = refusals(t);

  const routes: { name: string; run: (who: ForumRole) => Promise<Res>; expect: Expect }[] = [
    { name: 'ask a question', run: (who) => call(who, 'POST', q(), { itemId: w.itemId, text: `Câu hỏi của ${who}?` }), expect: { fac: 403, mod: 403, part: 201, obs: 403, out: 404 } },
    { name: 'list questions', run: (who) => call(who, 'GET', q()), expect: { fac: 200, mod: 200, part: 200, obs: 200, out: 404 } },
    { name: 'list a point’s questions', run: (who) => call(who, 'GET', q(`?pointId=${w.pointA}`)), expect: { fac: 200, mod: 200, part: 200, obs: 200, out: 404 } },
    { name: 'upvote a question', run: async (who) => call(who, 'POST', q(`/${await approved(lan, `Bình chọn ${who}?`)}/upvotes`)), expect: { fac: 403, mod: 403, part: 201, obs: 403, out: 404 } },
    // A waiting question of point A: only its moderators see it, so for others it does not exist.
    { name: 'approve a waiting question', run: async (who) => call(who, 'POST', q(`/${(await askAs(lan, `Chờ duyệt ${who}?`)).id}/moderation`), { decision: 'approved' }), expect: { fac: 200, mod: 200, part: 404, obs: 404, out: 404 } },
    { name: 'reject an approved question', run: async (who) => call(who, 'POST', q(`/${await approved(lan, `Từ chối ${who}?`)}/moderation`), { decision: 'rejected' }), expect: { fac: 200, mod: 200, part: 403, obs: 403, out: 404 } },
    {
      name: 'merge a duplicate',
      run: async (who) => call(who, 'POST', q(`/${await approved(lan, `Trùng ${who}?`)}/merge`), { into: await approved(lan, `Gốc ${who}?`) }),
      expect: { fac: 200, mod: 200, part: 403, obs: 403, out: 404 },
    },
    { name: 'answer a question', run: async (who) => call(who, 'POST', q(`/${await approved(lan, `Trả lời ${who}?`)}/answer`), { text: 'Đã có kế hoạch.', answeredBy: 'Giám đốc Sở' }), expect: { fac: 200, mod: 200, part: 403, obs: 403, out: 404 } },
  ];

  describe.each(routes)('$name', (route) => {
    it.each(forumRoles)('as %s', async (who) => {
      const res = await route.run(who);
      expect(res.statusCode, res.body).toBe(route.expect[who]);
    });
  });

  it('gives a card holder who checks in by code a participant cookie (httpOnly, SameSite=Lax, not Secure over plain http) with which they ask', async () => {
    const { res, cookie, headers } = await checkInCard('Bà Hoa', w.hall);
    expect(res.json().checkedInPointId).toBe(w.hall);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: `/api/forums/${w.forumId}` });
    expect(cookie.secure).toBeUndefined();
    const asked = await asCard(headers, 'POST', q(), { itemId: w.itemId, text: 'Hội trường hỏi?' });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toMatchObject({ pointId: w.hall, status: 'waiting', author: 'Bà Hoa', mine: true });
    const stored = await rowsOf<{ participant_token_hash: string }>(t, sql`select participant_token_hash from forum_registrations where name = 'Bà Hoa'`);
    expect(stored[0].participant_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored[0].participant_token_hash).not.toContain(cookie.value);
    await refused(() => t.app.inject({ method: 'POST', url: q(), headers: { cookie: 'dt_participant=doan-bua' }, payload: { itemId: w.itemId, text: 'Không?' } }), 401, 'auth.required');
  });

  it('shows a waiting question to its author (marked) and its point’s moderators, and to nobody else until approved', async () => {
    const { id } = await askAs(lan, 'Khi nào làm đường về xã?');
    const ids = async (res: Promise<Res>) => ((await res).json().questions as { id: string }[]).map((x) => x.id);
    const mine = (await asCard(lan, 'GET', q())).json().questions.find((x: { id: string }) => x.id === id);
    expect(mine).toMatchObject({ status: 'waiting', mine: true });
    expect(await ids(call('mod', 'GET', q()))).toContain(id);
    expect(await ids(call('part', 'GET', q()))).not.toContain(id);
    expect(await ids(asCard(minh, 'GET', q()))).not.toContain(id);
    await call('mod', 'POST', q(`/${id}/moderation`), { decision: 'approved' });
    expect(await ids(call('obs', 'GET', q()))).toContain(id);
    expect(await ids(asCard(minh, 'GET', q(`?pointId=${w.org}`)))).not.toContain(id);
  });

  it('sends an anonymous question’s name to nobody, the author included, and keeps none', async () => {
    const { id } = await askAs(lan, 'Ngân sách xã năm tới ra sao?', true);
    await call('fac', 'POST', q(`/${id}/moderation`), { decision: 'approved' });
    for (const res of [await call('obs', 'GET', q()), await call('fac', 'GET', q()), await asCard(lan, 'GET', q())]) {
      const found = res.json().questions.find((x: { id: string }) => x.id === id);
      expect(found).toMatchObject({ anonymous: true, author: null });
    }
    const [row] = await rowsOf<{ author_name: string | null }>(t, sql`select author_name from forum_questions where id = ${id}`);
    expect(row.author_name).toBeNull();
  });

  it('counts one upvote per participant, refuses a second with nothing stored, and ranks by upvotes then age', async () => {
    const older = await approved(lan, 'Câu hỏi cũ hơn?');
    // the app's clock is held: a minute passes, so the two are asked at different times (and is set back
    // below for the tests after this one, which read the clock's time)
    const held = t.clock;
    t.clock = new Date(held.getTime() + 60_000);
    const newer = await approved(minh, 'Câu hỏi mới hơn?');
    t.clock = held;
    const top = await approved(minh, 'Câu hỏi nhiều phiếu?');
    for (const headers of [w.s.part.headers, lan, minh]) expect((await asCard(headers, 'POST', q(`/${top}/upvotes`))).statusCode).toBe(201);
    expect((await asCard(lan, 'POST', q(`/${newer}/upvotes`))).statusCode).toBe(201);
    expect((await asCard(minh, 'POST', q(`/${older}/upvotes`))).statusCode).toBe(201);
    const error = await refused(() => call('part', 'POST', q(`/${top}/upvotes`)), 409, 'forum.already_upvoted');
    expect(error.vi).toContain('một lần');
    const order = (await call('obs', 'GET', q())).json().questions as { id: string; upvotes: number }[];
    const ours = order.filter((x) => [older, newer, top].includes(x.id));
    expect(ours.map((x) => [x.id, x.upvotes])).toEqual([[top, 3], [older, 1], [newer, 1]]);
  });

  it('refuses an upvote on a question not approved: 409 to its author, who sees it; 404 to anyone else', async () => {
    const { id } = await askAs(lan, 'Câu hỏi còn chờ duyệt?');
    const own = await refused(() => asCard(lan, 'POST', q(`/${id}/upvotes`)), 409, 'forum.question_not_open');
    expect(own.en).toMatch(/^[A-Z]/);
    await refused(() => asCard(minh, 'POST', q(`/${id}/upvotes`)), 404, 'forum.question_not_found');
  });

  it('takes asks and upvotes arriving together from many phones: each acknowledged one stored once, a double click refused, the counts exact', async () => {
    const phones = await Promise.all(Array.from({ length: 12 }, (_, n) => checkInCard(`Đại biểu ${n + 1}`, n % 2 ? w.pointA : w.org).then((c) => c.headers)));
    const ids = [await approved(lan, 'Câu một cùng lúc?'), await approved(minh, 'Câu hai cùng lúc?'), await approved(lan, 'Câu ba cùng lúc?')];
    // Every phone upvotes every question at once, and upvotes the first one twice (a double click), while six of them ask.
    const upvotes = phones.flatMap((h) => [...ids, ids[0]].map((id) => asCard(h, 'POST', q(`/${id}/upvotes`))));
    const asks = phones.slice(0, 6).map((h, n) => asCard(h, 'POST', q(), { itemId: w.itemId, text: `Hỏi cùng lúc số ${n + 1}?` }));
    const answers = await Promise.all([...upvotes, ...asks]);
    const statuses = answers.map((a) => a.statusCode);
    // by hand: 12 phones × 3 questions accepted, 12 second clicks refused, 6 questions asked
    expect(statuses.filter((c) => c === 201)).toHaveLength(12 * 3 + 6);
    expect(statuses.filter((c) => c === 409)).toHaveLength(12);
    const [counted] = await rowsOf<{ n: number }>(t, sql`select count(*)::int as n from forum_question_upvotes where question_id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`);
    expect(counted.n).toBe(36);
    const listed = (await call('obs', 'GET', q())).json().questions as { id: string; upvotes: number }[];
    expect(ids.map((id) => listed.find((x) => x.id === id)!.upvotes)).toEqual([12, 12, 12]);
    const mine = await Promise.all(phones.slice(0, 6).map((h) => asCard(h, 'GET', q()).then((r) => r.json().questions.filter((x: { mine: boolean }) => x.mine))));
    expect(mine.map((list) => list.length)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('merges a duplicate: its upvoters count once on the other, and it shows as merged', async () => {
    const original = await approved(lan, 'Chợ xã bao giờ sửa?');
    const duplicate = await approved(minh, 'Bao giờ sửa chợ xã?');
    await asCard(lan, 'POST', q(`/${original}/upvotes`));
    await asCard(lan, 'POST', q(`/${duplicate}/upvotes`));
    await asCard(minh, 'POST', q(`/${duplicate}/upvotes`));
    const merged = await call('fac', 'POST', q(`/${duplicate}/merge`), { into: original });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json()).toMatchObject({ id: original, upvotes: 2 });
    const list = (await call('fac', 'GET', q())).json().questions as { id: string; status: string; mergedInto: string | null; upvotes: number }[];
    expect(list.find((x) => x.id === duplicate)).toMatchObject({ status: 'merged', mergedInto: original, upvotes: 0 });
    await refused(() => asCard(lan, 'POST', q(`/${original}/upvotes`)), 409, 'forum.already_upvoted');
  });

  it('answers: the text and who answered, a speaker by name or the signed-in account', async () => {
    const id = await approved(lan, 'Có hỗ trợ hợp tác xã không?');
    const byName = await call('mod', 'POST', q(`/${id}/answer`), { text: 'Có, từ quý hai.', answeredBy: 'Phó Chủ tịch UBND tỉnh' });
    expect(byName.json().answer).toEqual({ text: 'Có, từ quý hai.', by: 'Phó Chủ tịch UBND tỉnh', at: '2026-11-30T02:00:00.000Z' });
    const bySelf = await call('fac', 'POST', q(`/${id}/answer`), { text: 'Bổ sung: cả quý ba.' });
    expect(bySelf.json().answer.by).toBe('fac@hoi.test');
  });

  it('shows answered questions on the public page — named, or anonymous without a name — and nothing of those still waiting or unanswered', async () => {
    const named = await approved(minh, 'Khi nào làm xong cầu Rạch Miễu 2?');
    await call('fac', 'POST', q(`/${named}/answer`), { text: 'Dự kiến cuối năm 2026.', answeredBy: 'Giám đốc Sở Xây dựng' });
    const { id: hidden } = await askAs(lan, 'Câu hỏi kín về chợ nổi?', true);
    await call('fac', 'POST', q(`/${hidden}/moderation`), { decision: 'approved' });
    await call('fac', 'POST', q(`/${hidden}/answer`), { text: 'Giữ nguyên chợ nổi Cái Răng.', answeredBy: 'UBND quận' });
    await approved(lan, 'Câu hỏi đã duyệt mà chưa trả lời?');
    await askAs(lan, 'Câu hỏi còn chờ duyệt?');
    const page = await t.app.inject({ method: 'GET', url: `/f/${w.slug}` });
    expect(page.statusCode).toBe(200);
    const section = page.body.slice(page.body.indexOf('Câu hỏi đã được trả lời'));
    // by hand: Anh Minh asked at the organisation's point; the answer carries who gave it and the held clock's day
    expect(section).toContain('Khi nào làm xong cầu Rạch Miễu 2?');
    expect(section).toContain('Anh Minh · ');
    expect(section).toContain('Trả lời (Giám đốc Sở Xây dựng, 30/11/2026): Dự kiến cuối năm 2026.');
    const anonymousCard = section.slice(section.indexOf('Câu hỏi kín về chợ nổi?')).split('</div>')[0];
    expect(anonymousCard).toContain('Ẩn danh · ');
    expect(anonymousCard).not.toContain('Chị Lan');
    expect(page.body).not.toContain('chưa trả lời?');
    expect(page.body).not.toContain('còn chờ duyệt?');
  });

  it('lets a point moderator moderate only their own point’s questions', async () => {
    const elsewhere = await approved(minh, 'Câu hỏi từ Đại học Indiana?');
    await refused(() => call('mod', 'POST', q(`/${elsewhere}/moderation`), { decision: 'rejected' }), 403, 'auth.forbidden');
    const waiting = (await askAs(minh, 'Chờ ở điểm cầu khác?')).id;
    await refused(() => call('mod', 'POST', q(`/${waiting}/answer`), { text: 'Không.' }), 404, 'forum.question_not_found');
  });

  it('refuses bad input with one vi/en sentence and nothing stored', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    await refused(() => asCard(lan, 'POST', q(), { itemId: missing, text: 'Mục nào?' }), 400, 'forum.item_not_found');
    const long = await refused(() => asCard(lan, 'POST', q(), { itemId: w.itemId, text: 'ư'.repeat(501) }), 400, 'forum.question_too_long');
    expect(long.vi).toContain('500');
    await refused(() => call('obs', 'GET', q(`?pointId=${missing}`)), 400, 'forum.point_not_found');
    await refused(() => asCard(lan, 'POST', q(`/${missing}/upvotes`)), 404, 'forum.question_not_found');
    const notIn = await refused(() => call('fac', 'POST', q(), { itemId: w.itemId, text: 'Chưa điểm danh?' }), 403, 'forum.not_checked_in');
    expect(notIn.en).toContain('checked in');
    const { id: other } = (await call('fac', 'POST', `/api/spaces/${w.spaceId}/forums`, forumBody('dien-dan-khac-hoi'))).json();
    const ours = await approved(lan, 'Câu của diễn đàn này?');
    await refused(() => call('fac', 'POST', `/api/forums/${other}/questions/${ours}/moderation`, { decision: 'rejected' }), 404, 'forum.question_not_found');
    await refused(() => call('fac', 'POST', q(`/${ours}/merge`), { into: ours }), 400, 'forum.question_merge_self');
  });

  it('writes an audit record for every moderation and answer', async () => {
    const actions = (await rowsOf<{ action: string }>(t, sql`select distinct action from audit_log where action like 'forum.question.%'`)).map((r) => r.action).sort();
    expect(actions).toEqual(['forum.question.answer', 'forum.question.approve', 'forum.question.merge', 'forum.question.reject']);
  });
});

// Forum registration, check-in, bad input and the public pages over HTTP, on both storage kinds.
import { beforeAll, expect, it } from 'vitest';
import { describeApp } from '../helpers/http';
import { parsePage } from '../helpers/html';
import { caller, forumBody, forumTables, makeForumWorld, type ForumWorld } from '../helpers/forums';

describeApp('forum registration, check-in and pages', { clock: new Date('2026-11-22T03:00:00Z') }, (t) => {
  let w: ForumWorld;
  const call = caller(t, () => w);
  beforeAll(async () => {
    w = await makeForumWorld(t, 'reg');
  });

  /** Refused with a status and a Vietnamese and an English sentence, and nothing stored. */
  async function refused(run: () => Promise<{ statusCode: number; json(): { error: { code: string; vi: string; en: string } } }>, status: number, code: string) {
    const before = await forumTables(t);
    const res = await run();
    expect(res.statusCode).toBe(status);
    const { error } = res.json();
    expect(error.code).toBe(code);
    expect(error.vi).toMatch(/[ăâđêôơưạảấầẩậắằẳặẹẻẽếềểệỉịọỏốồổộớờởợụủứừửựỳỷỹ]/);
    expect(error.en).toMatch(/^[A-Z]/);
    expect(await forumTables(t)).toBe(before);
    return error;
  }

  it('gives the last seat to one of two people registering at once and puts the other on the waiting list, who moves up when the first cancels', async () => {
    const { id } = (await call('fac', 'POST', `/api/spaces/${w.spaceId}/forums`, forumBody('mot-cho', { capacity: 1 }))).json();
    await call('fac', 'POST', `/api/forums/${id}/publish`);
    const people = [await t.user('a@seat.test', { [w.spaceId]: 'delegate' }), await t.user('b@seat.test', { [w.spaceId]: 'delegate' })];
    const both = await Promise.all(people.map((p) => t.app.inject({ method: 'POST', url: `/api/forums/${id}/registrations`, headers: p.headers, payload: {} })));
    expect(both.map((r) => r.statusCode)).toEqual([201, 201]);
    const statuses = both.map((r) => r.json().status).sort();
    expect(statuses).toEqual(['registered', 'waiting']);
    const seated = both.findIndex((r) => r.json().status === 'registered');
    const waiting = 1 - seated;
    expect(both[waiting].json().waitingRank).toBe(1);
    const cancel = await t.app.inject({ method: 'DELETE', url: `/api/forums/${id}/registrations/${both[seated].json().id}`, headers: people[seated].headers });
    expect(cancel.statusCode).toBe(204);
    const moved = await t.app.inject({ method: 'GET', url: `/api/forums/${id}/registrations/mine`, headers: people[waiting].headers });
    expect(moved.json().registration).toMatchObject({ status: 'registered', waitingRank: null });
  });

  it('seats exactly the capacity when eight are registered at once, keeps the rest in order of arrival, and moves two up when two cancel', async () => {
    const { id } = (await call('fac', 'POST', `/api/spaces/${w.spaceId}/forums`, forumBody('ba-cho', { capacity: 3 }))).json();
    await call('fac', 'POST', `/api/forums/${id}/publish`);
    // Registered by name from one session: sign-ins are rate-limited, and the race is in the database either way.
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => call('fac', 'POST', `/api/forums/${id}/registrations`, { name: `Đại biểu ${i + 1}` })));
    expect(answers.map((r) => r.statusCode)).toEqual(Array(8).fill(201));
    const list = () => call('fac', 'GET', `/api/forums/${id}/registrations`).then((r) => r.json().registrations as { id: string; status: string; waitingRank: number | null }[]);
    const before = await list();
    expect(before.filter((r) => r.status === 'registered')).toHaveLength(3);
    expect(before.filter((r) => r.status === 'waiting').map((r) => r.waitingRank)).toEqual([1, 2, 3, 4, 5]);
    const seated = before.filter((r) => r.status === 'registered').slice(0, 2);
    await Promise.all(seated.map((r) => call('fac', 'DELETE', `/api/forums/${id}/registrations/${r.id}`)));
    const after = await list();
    expect(after.filter((r) => r.status === 'registered')).toHaveLength(3);
    const firstTwoWaiting = before.filter((r) => r.waitingRank === 1 || r.waitingRank === 2).map((r) => r.id);
    expect(after.filter((r) => firstTwoWaiting.includes(r.id)).map((r) => r.status)).toEqual(['registered', 'registered']);
    expect(after.filter((r) => r.status === 'waiting').map((r) => r.waitingRank)).toEqual([1, 2, 3]);
  });

  it('checks a code in once, counts it at its point and overall, and refuses it a second time with nothing stored', async () => {
    const { code } = (await call('fac', 'POST', `/api/forums/${w.forumId}/registrations`, { name: 'Đại biểu Huế', pointId: w.pointA })).json();
    const before = (await call('fac', 'GET', `/api/forums/${w.forumId}`)).json();
    const first = await call('mod', 'POST', `/api/forums/${w.forumId}/points/${w.pointA}/check-ins`, { code: code.toLowerCase().replace(/-/g, ' ') });
    expect(first.statusCode, first.body).toBe(201);
    const after = (await call('fac', 'GET', `/api/forums/${w.forumId}`)).json();
    const at = (view: { points: { id: string; checkedIn: number }[] }) => view.points.find((p) => p.id === w.pointA)!.checkedIn;
    expect(at(after)).toBe(at(before) + 1);
    expect(after.attendance.checkedIn).toBe(before.attendance.checkedIn + 1);
    const again = await refused(() => call('mod', 'POST', `/api/forums/${w.forumId}/points/${w.pointA}/check-ins`, { code }), 409, 'forum.code_used');
    expect(again.vi).toContain('22/11/2026 10:00');
  });

  it('refuses a code of another forum, an unknown code and a code registered at another point, with nothing stored', async () => {
    const { id } = (await call('fac', 'POST', `/api/spaces/${w.spaceId}/forums`, forumBody('dien-dan-khac'))).json();
    await call('fac', 'POST', `/api/forums/${id}/publish`);
    const foreign = (await call('fac', 'POST', `/api/forums/${id}/registrations`, { name: 'Khách diễn đàn khác' })).json().code;
    await refused(() => call('fac', 'POST', `/api/forums/${w.forumId}/points/${w.pointA}/check-ins`, { code: foreign }), 409, 'forum.code_other_forum');
    await refused(() => call('fac', 'POST', `/api/forums/${w.forumId}/points/${w.pointA}/check-ins`, { code: '0000-0000-0000' }), 404, 'forum.code_unknown');
    const elsewhere = (await call('fac', 'POST', `/api/forums/${w.forumId}/registrations`, { name: 'Khách hội trường', pointId: w.hall })).json().code;
    const other = await refused(() => call('mod', 'POST', `/api/forums/${w.forumId}/points/${w.pointA}/check-ins`, { code: elsewhere }), 409, 'forum.code_other_point');
    expect(other.vi).toBe('Mã này đăng ký tại điểm cầu Thành phố Hà Nội, hãy điểm danh ở đó.');
  });

  it('refuses an unknown point or agenda item, a province not in force on the forum’s day, a second main hall and a stream link that is not http(s), with nothing stored', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    await refused(() => call('fac', 'POST', `/api/forums/${w.forumId}/registrations`, { name: 'X', pointId: missing }), 400, 'forum.point_not_found');
    await refused(() => call('fac', 'POST', `/api/forums/${w.forumId}/points/${missing}/check-ins`, { code: '0000-0000-0000' }), 404, 'forum.point_not_found');
    await refused(() => call('fac', 'PATCH', `/api/forums/${w.forumId}/items/${missing}`, { speakers: [] }), 404, 'forum.item_not_found');
    await refused(() => call('fac', 'POST', `/api/forums/${w.forumId}/sessions/${missing}/items`, { startsAt: '2026-11-30T09:00:00+07:00', title: { vi: 'X' } }), 404, 'forum.session_not_found');
    await refused(() => call('fac', 'PATCH', `/api/forums/${w.forumId}/items/${w.itemId}`, { theme: 'khong-co' }), 400, 'forum.unknown_theme');
    // 30/11/2026 is after 1 July 2025: Hà Giang (02 of the 63) no longer exists.
    const error = await refused(() => call('fac', 'POST', `/api/forums/${w.forumId}/points`, { kind: 'locality', localityId: 'vn63:02' }), 400, 'forum.point_locality');
    expect(error.vi).toContain('34 tỉnh, thành phố có hiệu lực vào ngày 30/11/2026');
    await refused(() => call('fac', 'POST', `/api/forums/${w.forumId}/points`, { kind: 'locality', localityId: 'vn34:46' }), 409, 'forum.point_taken');
    await refused(() => call('fac', 'POST', `/api/forums/${w.forumId}/points`, { kind: 'organisation', organisation: 'Hội trường 2', mainHall: true }), 409, 'forum.main_hall_taken');
    await refused(() => call('fac', 'PATCH', `/api/forums/${w.forumId}`, { streamUrl: 'javascript:alert(1)' }), 400, 'request.invalid');
    await refused(() => call('fac', 'POST', `/api/forums/${w.forumId}/sessions`, { title: { vi: 'Ngược' }, startsAt: '2026-11-30T10:00:00+07:00', endsAt: '2026-11-30T09:00:00+07:00' }), 400, 'forum.session_times');
  });

  it('takes the 63 provinces for a forum before 1 July 2025', async () => {
    const { id } = (await call('fac', 'POST', `/api/spaces/${w.spaceId}/forums`, forumBody('dien-dan-2021', { startsOn: '2021-07-13', endsOn: '2021-07-13' }))).json();
    const hue = await call('fac', 'POST', `/api/forums/${id}/points`, { kind: 'locality', localityId: 'vn63:46' });
    expect(hue.statusCode, hue.body).toBe(201);
    expect(hue.json().name.vi).toBe('Tỉnh Thừa Thiên Huế');
    await refused(() => call('fac', 'POST', `/api/forums/${id}/points`, { kind: 'locality', localityId: 'vn34:01' }), 400, 'forum.point_locality');
  });

  it('prints a point’s cards as a PDF and refuses more cards than the point has seats, with nothing stored', async () => {
    const { id } = (await call('fac', 'POST', `/api/forums/${w.forumId}/points`, { kind: 'organisation', organisation: 'Ngân hàng Thế giới', capacity: 3 })).json();
    const pdf = await call('fac', 'POST', `/api/forums/${w.forumId}/points/${id}/cards.pdf`, { count: 2 });
    expect(pdf.statusCode).toBe(201);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.headers['cache-control']).toBe('no-store');
    const over = await refused(() => call('fac', 'POST', `/api/forums/${w.forumId}/points/${id}/cards.pdf`, { count: 2 }), 409, 'forum.cards_over_capacity');
    expect(over.en).toBe('This connection point has 1 seat left, not enough for 2 cards.');
  });

  it('shows a published forum on /f/{slug} without script, under 30 KB, in Vietnamese and English, and a point’s own page', async () => {
    const vi = await t.app.inject({ method: 'GET', url: `/f/${w.slug}` });
    expect(vi.statusCode).toBe(200);
    expect(vi.rawPayload.length).toBeLessThan(30_000);
    const page = parsePage(vi.body);
    expect(page.elements).not.toContain('script');
    for (const text of ['Diễn đàn đối thoại phát triển địa phương', '30/11/2026', 'Học viện Chính trị quốc gia Hồ Chí Minh', 'Tăng trưởng xanh', 'Phát biểu khai mạc', '08:00', 'Thành phố Huế', 'Hội trường chính', 'Đại học Indiana']) expect(page.text).toContain(text);
    const en = parsePage((await t.app.inject({ method: 'GET', url: `/f/${w.slug}?lang=en` })).body);
    for (const text of ['Local development dialogue', 'Green growth', 'Main hall', 'Checked in']) expect(en.text).toContain(text);
    const point = await t.app.inject({ method: 'GET', url: `/f/${w.slug}/p/${w.pointA}` });
    expect(point.statusCode).toBe(200);
    expect(parsePage(point.body).text).toMatch(/Đã điểm danh: \d+ \/ 40/);
    const { slug } = (await call('fac', 'POST', `/api/spaces/${w.spaceId}/forums`, forumBody('chua-cong-bo'))).json();
    expect((await t.app.inject({ method: 'GET', url: `/f/${slug}` })).statusCode).toBe(404);
  });
});

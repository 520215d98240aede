// A forum's live screens and the moderator's page in a real browser. The hall screen (1280 px) shows a
// question approved after it loaded, then moves it up when it gets upvotes, and an answered question
// aside with its answer — all without a reload; a point's screen shows that point's questions only. A point moderator without any role in the space
// reaches their point's page from the home page after signing in, approves and answers a question
// of their point on a 360 px phone; a question asked meanwhile appears on their page by itself, and
// they merge a duplicate into it. Screenshots go to test/e2e/screenshots/.
import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PASSWORD } from '../helpers/app';
import { describeBrowser } from '../helpers/browser-session';
import { desktop, noSideScroll, phone, poll, screenshot } from '../helpers/browser';
import { caller, makeForumWorld, type ForumWorld } from '../helpers/forums';

describeBrowser('forum screens and the moderator’s page', {}, (t) => {
  let w: ForumWorld;
  const call = caller(t, () => w);
  const q = (rest = '') => `/api/forums/${w.forumId}/questions${rest}`;

  /** A card holder registered at `pointId` by the facilitator and checked in by code: their participant cookie. */
  async function card(name: string, pointId: string) {
    const { code } = (await call('fac', 'POST', `/api/forums/${w.forumId}/registrations`, { name, pointId })).json();
    const res = await t.app.inject({ method: 'POST', url: `/api/forums/${w.forumId}/points/${pointId}/check-ins`, payload: { code } });
    return { cookie: `dt_participant=${res.cookies.find((c) => c.name === 'dt_participant')!.value}` };
  }
  async function ask(headers: Record<string, string>, text: string, anonymous = false): Promise<string> {
    const res = await t.app.inject({ method: 'POST', url: q(), headers, payload: { itemId: w.itemId, text, anonymous } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id;
  }
  const ok = async (res: Promise<{ statusCode: number; body: string }>) => expect((await res).statusCode, (await res).body).toBeLessThan(300);
  /** The texts of the top questions as the screen lists them, in order. */
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  const shown = (page: Page) => page.getByRole('list', { name: 'Câu hỏi được quan tâm nhất' }).getByRole('listitem').locator('.fs__text').allInnerTexts();

  beforeAll(async () => {
    w = await makeForumWorld(t, 'man-chieu');
  });

  it('shows a question approved after the hall screen loaded, and moves it up with upvotes, without a reload (1280 px)', async () => {
    const lan = await card('Chị Lan', w.pointA);
    const minh = await card('Anh Minh', w.org);
    const hoa = await card('Bà Hoa', w.org);
    const first = await ask(lan, 'Thành phố hỗ trợ doanh nghiệp nhỏ thế nào?');
    await ok(call('mod', 'POST', q(`/${first}/moderation`), { decision: 'approved' }));

    const page = await t.open(desktop, { as: `fac@man-chieu.test` });
    await page.goto(`${t.base}/forums/${w.forumId}/screen`);
    await expect.poll(() => page.getByTestId('screen-connection').innerText(), poll).toBe('Trực tiếp');
    await expect.poll(() => shown(page), poll).toEqual(['Thành phố hỗ trợ doanh nghiệp nhỏ thế nào?']);
    expect(await page.getByTestId('screen-checked-in').innerText()).toBe('3'); // Lan, Minh and Hoa
    await page.evaluate(() => ((window as unknown as { loadedOnce: boolean }).loadedOnce = true));

    const second = await ask(minh, 'Khi nào có đường cao tốc?', true);
    await ok(call('fac', 'POST', q(`/${second}/moderation`), { decision: 'approved' }));
    // same upvotes (none): the earlier question first
    await expect.poll(() => shown(page), poll).toEqual(['Thành phố hỗ trợ doanh nghiệp nhỏ thế nào?', 'Khi nào có đường cao tốc?']);
    const row = page.getByRole('listitem').filter({ hasText: 'Khi nào có đường cao tốc?' });
    expect(await row.innerText()).toContain('Ẩn danh');
    expect(await row.innerText()).toContain('Đại học Indiana');

    await ok(t.app.inject({ method: 'POST', url: q(`/${second}/upvotes`), headers: lan }));
    await ok(t.app.inject({ method: 'POST', url: q(`/${second}/upvotes`), headers: hoa }));
    await expect.poll(() => shown(page), poll).toEqual(['Khi nào có đường cao tốc?', 'Thành phố hỗ trợ doanh nghiệp nhỏ thế nào?']);
    // the screen wakes at each commit, so it may first show the question risen with one upvote, then with two
    await expect.poll(() => row.getByTestId('screen-upvotes').innerText(), poll).toBe('2 lượt ủng hộ');

    await ok(call('fac', 'POST', q(`/${first}/answer`), { text: 'Có quỹ bảo lãnh tín dụng.', answeredBy: 'Giám đốc Sở Tài chính' }));
    await expect.poll(() => shown(page), poll).toEqual(['Khi nào có đường cao tốc?']);
    const answered = page.getByRole('list', { name: 'Đã trả lời' });
    expect(await answered.innerText()).toContain('Giám đốc Sở Tài chính: Có quỹ bảo lãnh tín dụng.');
    expect(await page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true);
    await screenshot(page, 'forum-hall-screen');

    // the point screen of Đại học Indiana: its own question and its own check-ins only
    await page.goto(`${t.base}/forums/${w.forumId}/points/${w.org}/screen`);
    await page.getByRole('main', { name: 'Màn hình điểm cầu' }).getByText('Đại học Indiana').first().waitFor();
    await expect.poll(() => shown(page), poll).toEqual(['Khi nào có đường cao tốc?']);
    expect(await page.getByTestId('screen-checked-in').innerText()).toBe('2'); // Minh and Hoa
  });

  it('shows the open poll’s results overall and per point on the hall screen as ballots come in, then that it closed', async () => {
    const page = await t.open(desktop, { as: `fac@man-chieu.test` });
    await page.goto(`${t.base}/forums/${w.forumId}/screen`);
    const slot = page.getByRole('region', { name: /^Biểu quyết/ });
    await slot.getByText('Chưa có cuộc biểu quyết nào đang mở.').waitFor();

    const created = await call('fac', 'POST', `/api/forums/${w.forumId}/polls`, {
      itemId: w.itemId,
      title: { vi: 'Ưu tiên đầu tư năm tới' },
      options: [{ vi: 'Giao thông nông thôn' }, { vi: 'Trường học' }],
      method: 'approval',
      max: 1,
    });
    expect(created.statusCode, created.body).toBe(201);
    const ballots = `/api/forums/${w.forumId}/polls/${created.json().id}/ballots`;
    await ok(call('fac', 'POST', `/api/forums/${w.forumId}/polls/${created.json().id}/status`, { step: 'open' }));
    await page.getByRole('heading', { name: 'Biểu quyết đang mở' }).waitFor();
    // five ballots at Huế (3 roads, 2 schools) and five at Indiana (all schools); the hall has none and is withheld
    const [o1, o2] = ['o1', 'o2'];
    for (const [i, choice] of [o1, o1, o1, o2, o2].entries()) await ok(t.app.inject({ method: 'POST', url: ballots, headers: await card(`Cử tri Huế ${i + 1}`, w.pointA), payload: { approve: [choice] } }));
    for (let i = 1; i <= 5; i++) await ok(t.app.inject({ method: 'POST', url: ballots, headers: await card(`Khách Indiana ${i}`, w.org), payload: { approve: [o2] } }));

    const overall = slot.getByRole('list', { name: 'Kết quả chung' }).getByRole('listitem');
    await expect.poll(async () => (await overall.allInnerTexts()).map(flat), poll).toEqual(['Trường học 7', 'Giao thông nông thôn 3']);
    const perPoint = flat(await slot.getByRole('list', { name: 'Phương án dẫn đầu theo điểm cầu' }).innerText());
    expect(perPoint).toContain('Thành phố Huế: Giao thông nông thôn 3');
    expect(perPoint).toContain('Đại học Indiana: Trường học 5');
    expect(perPoint).toContain('1 điểm cầu chưa đủ phiếu để công bố');
    expect(await slot.innerText()).toContain('10 phiếu');
    await screenshot(page, 'forum-hall-screen-poll');

    await ok(call('fac', 'POST', `/api/forums/${w.forumId}/polls/${created.json().id}/status`, { step: 'close' }));
    await page.getByRole('heading', { name: 'Biểu quyết đã kết thúc' }).waitFor();
  });

  it('lets a point moderator reach their page from sign-in, approve and answer from a phone, with new questions arriving by themselves (360 px)', async () => {
    const nam = await card('Ông Nam', w.pointA);
    const waiting = await ask(nam, 'Xã có được thêm giáo viên không?');
    // no role in the space: the home page after sign-in lists the point they moderate
    const page = await t.open(phone);
    await page.goto(`${t.base}/login`);
    await page.getByTestId('login-email').fill('mod@man-chieu.test');
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    const mine = page.getByRole('region', { name: 'Điểm cầu bạn điều hành' });
    expect(await mine.getByRole('listitem').innerText()).toContain('Thành phố Huế');
    await mine.getByRole('link', { name: 'Duyệt câu hỏi' }).click();
    await page.getByRole('heading', { name: 'Duyệt câu hỏi' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/forums/${w.forumId}/points/${w.pointA}/moderate`);

    const waitingList = page.getByRole('region', { name: /^Chờ duyệt/ });
    const card1 = waitingList.getByRole('article', { name: 'Xã có được thêm giáo viên không?' });
    await card1.getByRole('button', { name: 'Duyệt' }).click();
    const approved = page.getByRole('region', { name: /^Đã duyệt, chưa trả lời/ });
    const toAnswer = approved.getByRole('article', { name: 'Xã có được thêm giáo viên không?' });
    await toAnswer.getByLabel('Câu trả lời').fill('Năm học tới có thêm 12 giáo viên.');
    await toAnswer.getByLabel(/^Người trả lời/).fill('Phó Chủ tịch UBND tỉnh');
    await toAnswer.getByRole('button', { name: 'Lưu câu trả lời' }).click();
    // the hall's first question, answered in the test before, was also asked at this point
    await page.getByRole('region', { name: 'Đã trả lời (2)' }).getByText('Năm học tới có thêm 12 giáo viên.').waitFor();
    const stored = (await call('fac', 'GET', q())).json().questions.find((x: { id: string }) => x.id === waiting);
    expect([stored.status, stored.answer.text, stored.answer.by]).toEqual(['approved', 'Năm học tới có thêm 12 giáo viên.', 'Phó Chủ tịch UBND tỉnh']);

    await ask(nam, 'Bao giờ sửa cầu Ông Bường?');
    await waitingList.getByRole('article', { name: 'Bao giờ sửa cầu Ông Bường?' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Chờ duyệt (1)' }).count()).toBe(1);

    // a duplicate merged into it: gone from the waiting list, stored as merged into the other
    const duplicate = await ask(nam, 'Khi nào sửa cầu Ông Bường?');
    const dupCard = waitingList.getByRole('article', { name: 'Khi nào sửa cầu Ông Bường?' });
    await dupCard.getByLabel('Gộp vào câu hỏi trùng').selectOption({ label: 'Bao giờ sửa cầu Ông Bường?' });
    await dupCard.getByRole('button', { name: 'Gộp' }).click();
    await dupCard.waitFor({ state: 'detached' });
    const merged = (await call('fac', 'GET', q())).json().questions.find((x: { id: string }) => x.id === duplicate);
    const into = (await call('fac', 'GET', q())).json().questions.find((x: { text: string }) => x.text === 'Bao giờ sửa cầu Ông Bường?');
    expect([merged.status, merged.mergedInto]).toEqual(['merged', into.id]);
    expect(await noSideScroll(page)).toBe(true);
    await screenshot(page, 'forum-moderate-phone');
  });
});

// Issue 14's acceptance, in a real browser on the demo's 2021 dialogue: a delegate at the Cần Thơ point
// checks in on their phone (360 px) with the code of their card and asks; another delegate there upvotes
// it; the point's moderator approves it on their phone; it appears and rises on the hall screen (1280 px)
// without a reload; the speaker's answer moves it aside; a poll runs with per-point results on the hall
// screen; a recommendation from the question becomes an action of Cần Thơ's plan and, after a progress
// report on that action, the forum's public page shows the new progress. Screenshots: forum-acceptance-*.png.
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { signIn } from '../helpers/app';
import { DEMO_PASSWORD, describeBrowser } from '../helpers/browser-session';
import { desktop, noSideScroll, phone, poll, screenshot } from '../helpers/browser';
import { rowsOf } from '../helpers/forums';
import { vietnamDay } from '../../src/core/plans';

const SLUG = 'doi-thoai-phat-trien-dia-phuong-2021';
const RECOMMENDATION = 'Mở gói vay ưu đãi cho hợp tác xã chuyển sang tưới tiết kiệm nước';
const QUESTION = 'Thành phố có hỗ trợ hợp tác xã nông nghiệp vay vốn để chuyển sang tưới tiết kiệm nước không?';

describeBrowser('a forum from a question on a phone to a plan action on the public page', { demo: true }, (t) => {
  it('carries a question, a poll and a recommendation through every screen', async () => {
    const fac = await signIn(t.app, 'daumoi@cantho.demo', DEMO_PASSWORD);
    const api = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, headers = fac.headers) => {
      const res = await t.app.inject({ method, url, headers, payload });
      expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
      return res.json();
    };
    const [forum] = await rowsOf<{ id: string; space_id: string }>(t, sql`select id, space_id from forums where slug = ${SLUG}`);
    const [point] = await rowsOf<{ id: string }>(t, sql`select id from forum_points where forum_id = ${forum.id} and locality_id = 'vn63:92'`);
    const [moderator] = await rowsOf<{ id: string }>(t, sql`select id from users where email = 'sotnmt@cantho.demo'`);
    await api('PUT', `/api/forums/${forum.id}/points/${point.id}/moderators`, { userIds: [moderator.id] });
    // seven delegates at Cần Thơ, registered by the facilitator: two use the browser, five the API
    const codes: string[] = [];
    for (const name of ['Chị Hoa', 'Anh Tâm', 'Anh Bình', 'Chị Mai', 'Anh Phúc', 'Chị Ngọc', 'Anh Sơn']) codes.push((await api('POST', `/api/forums/${forum.id}/registrations`, { name, pointId: point.id })).code);
    const cookies: string[] = [];
    for (const code of codes.slice(2)) {
      const res = await t.app.inject({ method: 'POST', url: `/api/forums/${forum.id}/points/${point.id}/check-ins`, payload: { code } });
      cookies.push(`dt_participant=${res.cookies.find((c) => c.name === 'dt_participant')!.value}`);
    }

    // Chị Hoa scans her card: the point's page with her code, checks in and asks
    const hoa = await t.open(phone);
    await hoa.goto(`${t.base}/f/${SLUG}/p/${point.id}?code=${codes[0]}`);
    await hoa.getByRole('button', { name: 'Điểm danh' }).click();
    await hoa.getByText('Bạn đã điểm danh tại điểm cầu Thành phố Cần Thơ.').waitFor();
    await hoa.getByLabel('Câu hỏi', { exact: true }).fill(QUESTION);
    await hoa.getByRole('button', { name: 'Gửi câu hỏi' }).click();
    const mine = hoa.locator('section', { has: hoa.getByRole('heading', { name: 'Câu hỏi của bạn' }) });
    await mine.getByText('đang chờ duyệt').waitFor();
    expect(await noSideScroll(hoa)).toBe(true);
    await screenshot(hoa, 'forum-acceptance-1-phone-asked');

    // the hall screen is up before anything is approved; a mark in the page shows it is never reloaded
    const hall = await t.open(desktop, { as: 'daumoi@cantho.demo' });
    await hall.goto(`${t.base}/forums/${forum.id}/screen`);
    const top = hall.getByRole('list', { name: 'Câu hỏi được quan tâm nhất' });
    await top.getByRole('listitem').first().waitFor();
    await hall.evaluate(() => Object.assign(window, { keptPage: true }));
    expect(await top.getByText(QUESTION).count()).toBe(0);

    // the Cần Thơ point's moderator approves it from their phone
    const mod = await t.open(phone, { as: 'sotnmt@cantho.demo' });
    await mod.goto(`${t.base}/forums/${forum.id}/points/${point.id}/moderate`);
    await mod.getByRole('article', { name: QUESTION }).getByRole('button', { name: 'Duyệt' }).click();
    await screenshot(mod, 'forum-acceptance-2-moderator-approved');

    // it appears at the bottom of the open questions (the demo's have 2 to 4 upvotes), then rises
    const rank = async () => (await top.getByRole('listitem').allInnerTexts()).findIndex((text) => text.includes(QUESTION));
    await expect.poll(rank, poll).toBe(3);
    const tam = await t.open(phone);
    await tam.goto(`${t.base}/f/${SLUG}/p/${point.id}`);
    await tam.getByLabel('Mã đăng ký').fill(codes[1]);
    await tam.getByRole('button', { name: 'Điểm danh' }).click();
    await tam.locator(`[data-question]`, { hasText: QUESTION }).getByRole('button', { name: 'Bình chọn' }).click();
    await tam.locator(`[data-question]`, { hasText: QUESTION }).getByText('Bạn đã bình chọn').waitFor();
    for (const cookie of cookies.slice(0, 4)) await api('POST', `/api/forums/${forum.id}/questions/${await questionId(t, forum.id)}/upvotes`, undefined, { cookie });
    // five upvotes now, more than any open question of the demo
    await expect.poll(rank, poll).toBe(0);
    expect(await top.getByRole('listitem').first().innerText()).toContain('5');
    expect(await hall.evaluate(() => (window as unknown as { keptPage?: boolean }).keptPage)).toBe(true);
    await screenshot(hall, 'forum-acceptance-3-hall-risen');

    // the speaker's answer, typed by the moderator, moves it aside on the hall screen
    const card = mod.getByRole('article', { name: QUESTION });
    await card.getByLabel('Câu trả lời').fill('Có: quỹ hỗ trợ nông dân cho vay ưu đãi từ quý hai.');
    await card.getByLabel(/Người trả lời/).fill('Giám đốc Sở Nông nghiệp và Phát triển nông thôn');
    await card.getByRole('button', { name: 'Lưu câu trả lời' }).click();
    const answered = hall.getByRole('list', { name: 'Đã trả lời' });
    await answered.getByText(QUESTION).waitFor();
    await answered.getByText('Có: quỹ hỗ trợ nông dân cho vay ưu đãi từ quý hai.').waitFor();
    expect(await top.getByText(QUESTION).count()).toBe(0);
    await screenshot(hall, 'forum-acceptance-4-hall-answered');

    // a poll on the same discussion: Chị Hoa votes on her phone, five more at Cần Thơ by the API
    const item = await questionItem(t, forum.id);
    const created = await api('POST', `/api/forums/${forum.id}/polls`, { itemId: item, title: { vi: 'Ưu tiên hỗ trợ hợp tác xã nào trước?' }, options: [{ vi: 'Tưới tiết kiệm nước' }, { vi: 'Kho lạnh sau thu hoạch' }, { vi: 'Sàn giao dịch nông sản' }], method: 'approval', max: 1 });
    await api('POST', `/api/forums/${forum.id}/polls/${created.id}/status`, { step: 'open' });
    await hoa.reload();
    await hoa.getByLabel('Tưới tiết kiệm nước').check();
    await hoa.getByRole('button', { name: /Gửi phiếu|Bỏ phiếu/ }).click();
    await hoa.getByText('Bạn đã bỏ phiếu trong cuộc biểu quyết này.').waitFor();
    await screenshot(hoa, 'forum-acceptance-5-phone-voted');
    for (const [i, cookie] of cookies.entries()) await api('POST', `/api/forums/${forum.id}/polls/${created.id}/ballots`, { approve: [i < 3 ? 'o1' : 'o2'] }, { cookie });
    // by hand: 4 for watering (Chị Hoa and three others), 2 for cold storage, all six at Cần Thơ
    const board = hall.getByTestId('screen-poll');
    await board.getByText('Biểu quyết đang mở').waitFor();
    await expect.poll(() => board.innerText(), poll).toMatch(/6 phiếu/);
    // overall 4 / 2 / 0, and Cần Thơ's leading option with its 4 (every other point withheld: no ballots)
    const text = (await board.innerText()).replace(/\s+/g, ' ');
    expect(text).toMatch(/Tưới tiết kiệm nước 4 Kho lạnh sau thu hoạch 2 Sàn giao dịch nông sản 0/);
    expect(text).toMatch(/Thành phố Cần Thơ: Tưới tiết kiệm nước 4/);
    await screenshot(hall, 'forum-acceptance-6-hall-poll');

    // on the forum's staff page, a recommendation from the question, accepted and made an action of Cần Thơ's plan
    const desk = await t.open(desktop, { as: 'daumoi@cantho.demo' });
    await desk.goto(`${t.base}/forums/${forum.id}`);
    const panel = desk.getByTestId('forum-recommendations');
    await panel.getByLabel('Nội dung kiến nghị').fill(RECOMMENDATION);
    await panel.getByLabel('Cơ quan chủ trì').fill('Sở Nông nghiệp và Phát triển nông thôn');
    await panel.getByLabel('Ngày rà soát').fill('2027-06-30');
    const source = panel.getByLabel('Nguồn');
    await source.selectOption(await source.locator('option', { hasText: QUESTION.slice(0, 40) }).getAttribute('value'));
    await panel.getByRole('button', { name: 'Thêm kiến nghị' }).click();
    const ours = panel.getByTestId('recommendation').filter({ hasText: RECOMMENDATION });
    await ours.getByRole('button', { name: 'Chấp nhận', exact: true }).click();
    await expect.poll(() => ours.getByTestId('recommendation-status').innerText(), poll).toBe('đã chấp nhận');
    await ours.getByRole('button', { name: 'Chuyển thành nhiệm vụ kế hoạch' }).click();
    const plan = ours.getByLabel('Kế hoạch');
    await expect.poll(() => plan.locator('option').count(), poll).toBeGreaterThan(1);
    await plan.selectOption({ index: 1 });
    const objective = ours.getByLabel('Mục tiêu');
    await expect.poll(() => objective.locator('option').count(), poll).toBeGreaterThan(1);
    await objective.selectOption({ index: 1 });
    await ours.getByLabel('Mã nhiệm vụ').fill('KN3');
    await ours.getByRole('button', { name: 'Xác nhận chuyển' }).click();
    await expect.poll(() => ours.getByTestId('recommendation-action').innerText(), poll).toBe('Nhiệm vụ KN3');
    await screenshot(desk, 'forum-acceptance-7-recommendation-in-plan');
    // the lead agency reports progress on that action this month (the action starts today)
    const [action] = await rowsOf<{ id: string }>(t, sql`select id from plan_actions where code = 'KN3'`);
    await api('POST', `/api/actions/${action.id}/reports`, { period: vietnamDay(new Date()).slice(0, 7), percent: 40, statusNote: 'Đúng tiến độ', narrative: 'Đã trình UBND thành phố gói vay.' });

    const visitor = await t.open(phone, { javaScript: false });
    await visitor.goto(`${t.base}/f/${SLUG}`);
    const recommendation = visitor.locator('li, div, tr', { hasText: RECOMMENDATION }).last();
    await expect.poll(() => recommendation.innerText(), poll).toMatch(/40\s?%/);
    expect(await visitor.getByText(QUESTION).count()).toBeGreaterThan(0);
    expect(await noSideScroll(visitor)).toBe(true);
    await screenshot(visitor, 'forum-acceptance-8-public-page');
  });
});

async function questionId(t: Parameters<typeof rowsOf>[0], forumId: string): Promise<string> {
  const [row] = await rowsOf<{ id: string }>(t, sql`select id from forum_questions where forum_id = ${forumId} and text = ${QUESTION}`);
  return row.id;
}

async function questionItem(t: Parameters<typeof rowsOf>[0], forumId: string): Promise<string> {
  const [row] = await rowsOf<{ item_id: string }>(t, sql`select item_id from forum_questions where forum_id = ${forumId} and text = ${QUESTION}`);
  return row.item_id;
}


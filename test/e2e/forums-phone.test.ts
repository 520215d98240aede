// A connection point's page on a phone, in a real browser at 360 px with JavaScript off: a card holder
// opens the address of their card's QR code (the code filled in), checks in, asks a question and sees
// it waiting; the point's moderator approves it (API); another participant checks in by typing their
// code and upvotes it; both see the count. Screenshots go to test/e2e/screenshots/.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser } from '../helpers/browser-session';
import { noSideScroll, phone, screenshot } from '../helpers/browser';
import { makeForumWorld, type ForumWorld } from '../helpers/forums';

describeBrowser('a connection point’s page on a phone', {}, (t) => {
  let w: ForumWorld;
  const card = async (name: string): Promise<string> => (await t.app.inject({ method: 'POST', url: `/api/forums/${w.forumId}/registrations`, headers: w.s.fac.headers, payload: { name, pointId: w.pointA } })).json().code;
  const body = (page: Page) => page.locator('main').innerText();
  const question = 'Bao giờ xã tôi có trạm y tế mới?';

  it('checks in by a card’s address, asks, and after approval another participant upvotes, without JavaScript at 360 px', async () => {
    w = await makeForumWorld(t, 'dt-phone');
    const pointPage = `${t.base}/f/${w.slug}/p/${w.pointA}`;

    const lan = await t.open(phone, { javaScript: false });
    await lan.goto(`${pointPage}?code=${await card('Chị Lan')}`);
    expect(await noSideScroll(lan)).toBe(true);
    await screenshot(lan, 'forum-phone-check-in');
    await lan.getByRole('button', { name: 'Điểm danh' }).click();
    await lan.getByText('Bạn đã điểm danh tại điểm cầu Thành phố Huế.').waitFor();
    expect(lan.url()).toBe(pointPage);

    await lan.getByLabel('Câu hỏi', { exact: true }).fill(question);
    await lan.getByLabel('Ẩn danh').check();
    await lan.getByRole('button', { name: 'Gửi câu hỏi' }).click();
    await lan.getByText('đang chờ duyệt').waitFor();
    expect(await body(lan)).toContain(question);
    expect(await noSideScroll(lan)).toBe(true);
    await screenshot(lan, 'forum-phone-asked');

    // the point's moderator approves it from their own screen (here through the API)
    const list = await t.app.inject({ method: 'GET', url: `/api/forums/${w.forumId}/questions?pointId=${w.pointA}`, headers: w.s.mod.headers });
    const { id } = list.json().questions.find((q: { text: string }) => q.text === question);
    expect((await t.app.inject({ method: 'POST', url: `/api/forums/${w.forumId}/questions/${id}/moderation`, headers: w.s.mod.headers, payload: { decision: 'approved' } })).statusCode).toBe(200);

    const minh = await t.open(phone, { javaScript: false });
    await minh.goto(pointPage);
    await minh.getByLabel('Mã đăng ký').fill(await card('Anh Minh'));
    await minh.getByRole('button', { name: 'Điểm danh' }).click();
    const theQuestion = minh.locator(`[data-question="${id}"]`);
    expect(await theQuestion.innerText()).toContain('0 bình chọn');
    await theQuestion.getByRole('button', { name: 'Bình chọn' }).click();
    await minh.locator(`[data-question="${id}"]`).getByText('Bạn đã bình chọn').waitFor();
    expect(await minh.locator(`[data-question="${id}"]`).innerText()).toContain('1 bình chọn');
    expect(await noSideScroll(minh)).toBe(true);
    await screenshot(minh, 'forum-phone-upvoted');

    await lan.reload();
    expect(await lan.locator(`[data-question="${id}"]`).innerText()).toContain('1 bình chọn');
    expect(await body(lan)).not.toContain('đang chờ duyệt');
  });
});

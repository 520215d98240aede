// A conversation's page on a phone, in a real browser at 360 px with JavaScript off, over plain http: a
// participant opens /o/{id} (the anonymous cookie must survive without `Secure`), votes on three statements
// with the three buttons, adds a statement and sees it waiting for moderation, answers the last one, and
// follows the link to the report, which says how many more votes a map needs. Screenshots
// opinion-phone-N-*.png go to test/e2e/screenshots/.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { adminHeaders, spaceBody } from '../helpers/app';
import { describeBrowser } from '../helpers/browser-session';
import { noSideScroll, phone, screenshot } from '../helpers/browser';

const SEEDS = [
  'Mọi thủ tục hành chính của phường nên làm được trên điện thoại.',
  'Cần giữ quầy giấy cho người cao tuổi và người không dùng điện thoại.',
  'Thành phố nên ưu tiên xe buýt điện cho các tuyến nội thành.',
  'Chợ nổi Cái Răng cần điểm thu gom rác nhựa riêng.',
];

describeBrowser('a conversation’s page on a phone', {}, (t) => {
  const main = (page: Page) => page.locator('main').innerText();
  const statement = (page: Page) => page.locator('p.st').innerText();

  it('votes on three statements, adds one and sees it waiting, without JavaScript at 360 px over http', async () => {
    const api = (url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: adminHeaders, payload });
    const space = (await api('/api/spaces', spaceBody('hoi-thoai-dien-thoai', 'public'))).json();
    const { id } = (await api(`/api/spaces/${space.id}/conversations`, {
      slug: 'chuyen-doi-so-dien-thoai',
      title: { vi: 'Chuyển đổi số và tăng trưởng xanh (minh họa)', en: 'Digital transformation and green growth (illustrative)' },
      topic: { vi: 'Thành phố nên ưu tiên điều gì trong năm tới?', en: 'What should the city put first next year?' },
    })).json();
    for (const text of SEEDS) expect((await api(`/api/conversations/${id}/statements`, { text })).statusCode).toBe(201);

    const page = await t.open(phone, { javaScript: false });
    await page.goto(`${t.base}/o/${id}`);
    expect(await main(page)).toContain('Thành phố nên ưu tiên điều gì trong năm tới?');
    expect(await main(page)).toContain('Đã trả lời 0 / 4');
    expect(await noSideScroll(page)).toBe(true);
    await screenshot(page, 'opinion-phone-1-statement');

    const seen: string[] = [];
    for (const [i, button] of ['Đồng ý', 'Không đồng ý', 'Bỏ qua'].entries()) {
      seen.push(await statement(page));
      await page.getByRole('button', { name: button, exact: true }).click();
      await page.getByText(`Đã trả lời ${i + 1} / 4`).waitFor();
      expect(await statement(page)).not.toBe(seen[i]);
    }
    expect(new Set(seen).size).toBe(3);
    expect(SEEDS).toEqual(expect.arrayContaining(seen));
    expect(await noSideScroll(page)).toBe(true);
    await screenshot(page, 'opinion-phone-2-voted');

    const mine = 'Cần wifi miễn phí ở các bến xe buýt.';
    await page.getByLabel('Ý kiến của bạn', { exact: true }).fill(mine);
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await page.getByText('Đã gửi, chờ duyệt.').waitFor();
    expect(page.url()).toBe(`${t.base}/o/${id}?sent=1`);
    expect(await noSideScroll(page)).toBe(true);
    await screenshot(page, 'opinion-phone-3-sent');
    const pending = (await t.app.inject({ method: 'GET', url: `/api/conversations/${id}/statements?status=pending`, headers: adminHeaders })).json().statements;
    expect(pending.map((s: { text: string }) => s.text)).toEqual([mine]);

    await page.getByRole('button', { name: 'Đồng ý', exact: true }).click();
    await page.getByText('Cảm ơn bạn! Bạn đã trả lời hết các ý kiến hiện có.').waitFor();
    await screenshot(page, 'opinion-phone-4-done');
    const counts = (await t.app.inject({ method: 'GET', url: `/api/conversations/${id}/statements?status=approved`, headers: adminHeaders })).json().statements;
    expect(counts.reduce((n: number, s: { agree: number; disagree: number; pass: number }) => n + s.agree + s.disagree + s.pass, 0)).toBe(4);

    await page.getByRole('link', { name: 'Xem kết quả: các nhóm quan điểm' }).click();
    // one person with all 4 votes: a second person's 4 votes are still needed (two people with min(7, 4) each)
    await page.getByText('cần thêm 4 lượt bỏ phiếu.').waitFor();
    expect(await main(page)).toContain('Cần thêm 1 người bỏ phiếu.');
    expect(await noSideScroll(page)).toBe(true);
    await screenshot(page, 'opinion-phone-5-report');
  });
});

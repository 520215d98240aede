// The recommendations panel of a forum's staff page in a real browser, on the demo's 2021 dialogue: the
// two demo recommendations show their plan actions KN1 and KN2; the Cần Thơ facilitator captures one
// (owner picked from the plan agencies by name, review date), accepts it with a note, turns it into an
// action of Cần Thơ's plan under MT2 with code KN3, and the list then shows that action with its link;
// another, from a contribution, is declined; the minutes download as a Word file (a zip: "PK"). The page
// with the panel has no side scroll at 360 px. Screenshots go to test/e2e/screenshots/.
import { readFile } from 'node:fs/promises';
import { beforeAll, expect, it } from 'vitest';
import { signIn } from '../helpers/app';
import { DEMO_PASSWORD, describeBrowser } from '../helpers/browser-session';
import { desktop, noSideScroll, phone, poll, screenshot } from '../helpers/browser';

describeBrowser('forum recommendations and minutes in the staff app', { demo: true }, (t) => {
  let forumPath = '';
  const TEXT = 'Mở thêm điểm tiếp nhận hồ sơ đất đai tại các phường (thử nghiệm)';

  beforeAll(async () => {
    const { headers } = await signIn(t.app, 'daumoi@cantho.demo', DEMO_PASSWORD);
    const spaces = (await t.app.inject({ method: 'GET', url: '/api/spaces', headers })).json().spaces as { id: string; slug: string }[];
    const cantho = spaces.find((s) => s.slug === 'can-tho-uu-tien-2024')!;
    const [forum] = (await t.app.inject({ method: 'GET', url: `/api/spaces/${cantho.id}/forums`, headers })).json().forums;
    forumPath = `/forums/${forum.id}`;
  });

  it('captures, accepts and turns a recommendation into a plan action, and downloads the minutes (desktop)', async () => {
    const page = await t.open(desktop, { as: 'daumoi@cantho.demo' });
    await page.goto(`${t.base}${forumPath}`);
    const panel = page.getByTestId('forum-recommendations');
    const items = panel.getByTestId('recommendation');
    await expect.poll(() => items.count(), poll).toBe(2);
    expect((await panel.getByTestId('recommendation-action').allInnerTexts()).sort()).toEqual(['Nhiệm vụ KN1', 'Nhiệm vụ KN2']);

    await panel.getByLabel('Nội dung kiến nghị').fill(TEXT);
    await panel.getByLabel('Cơ quan chủ trì').fill('Sở Nội vụ');
    await panel.getByLabel('Ngày rà soát').fill('2027-06-30');
    await panel.getByRole('button', { name: 'Thêm kiến nghị' }).click();
    const mine = items.filter({ hasText: TEXT });
    await expect.poll(() => mine.count(), poll).toBe(1);
    expect(await mine.innerText()).toContain('đề xuất');
    expect(await mine.innerText()).toContain('30/06/2027');

    await mine.getByLabel('Ghi chú quyết định').fill('Giao Sở Nội vụ nghiên cứu');
    await mine.getByRole('button', { name: 'Chấp nhận', exact: true }).click();
    await expect.poll(() => mine.getByTestId('recommendation-status').innerText(), poll).toBe('đã chấp nhận');
    expect(await mine.innerText()).toContain('Giao Sở Nội vụ nghiên cứu');

    await mine.getByRole('button', { name: 'Chuyển thành nhiệm vụ kế hoạch' }).click();
    const plan = mine.getByLabel('Kế hoạch');
    await expect.poll(() => plan.locator('option').count(), poll).toBeGreaterThan(1);
    await plan.selectOption({ index: 1 });
    const objective = mine.getByLabel('Mục tiêu');
    await expect.poll(() => objective.locator('option').allInnerTexts(), poll).toContainEqual(expect.stringMatching(/^MT2 — /));
    await objective.selectOption({ label: (await objective.locator('option').allInnerTexts()).find((o) => o.startsWith('MT2 — '))! });
    await mine.getByLabel('Mã nhiệm vụ').fill('KN3');
    await mine.getByRole('button', { name: 'Xác nhận chuyển' }).click();
    await expect.poll(() => mine.getByTestId('recommendation-action').innerText(), poll).toBe('Nhiệm vụ KN3');
    expect(await mine.getByTestId('recommendation-follow-up').innerText()).toContain('Chưa có báo cáo tiến độ.');
    expect(await mine.getByTestId('recommendation-action').getAttribute('href')).toMatch(/^\/plans\/[0-9a-f-]+\/actions\/[0-9a-f-]+$/);
    await screenshot(page, 'forum-recommendations');

    // another, sourced from a contribution of the forum, declined with a note: no plan button
    const OTHER = 'Miễn phí gửi xe tại bộ phận một cửa (thử nghiệm)';
    await panel.getByLabel('Nội dung kiến nghị').fill(OTHER);
    await panel.getByLabel('Cơ quan chủ trì').fill('UBND quận Ninh Kiều');
    await panel.getByLabel('Nguồn').selectOption({ label: 'Bồi dưỡng kỹ năng số cho cán bộ, công chức' });
    await panel.getByRole('button', { name: 'Thêm kiến nghị' }).click();
    const other = items.filter({ hasText: OTHER });
    await expect.poll(() => other.count(), poll).toBe(1);
    expect(await other.innerText()).toContain('Tham luận: Bồi dưỡng kỹ năng số cho cán bộ, công chức');
    await other.getByLabel('Ghi chú quyết định').fill('Ngoài thẩm quyền của diễn đàn');
    await other.getByRole('button', { name: 'Không chấp nhận' }).click();
    await expect.poll(() => other.getByTestId('recommendation-status').innerText(), poll).toBe('không chấp nhận');
    expect(await other.getByRole('button', { name: 'Chuyển thành nhiệm vụ kế hoạch' }).count()).toBe(0);

    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Tải biên bản (Word)' }).click()]);
    const bytes = await readFile((await download.path())!);
    expect(bytes.length).toBeGreaterThan(1000);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
  });

  it('fits a phone (360 px)', async () => {
    const page = await t.open(phone, { as: 'daumoi@cantho.demo' });
    await page.goto(`${t.base}${forumPath}`);
    await expect.poll(() => page.getByTestId('recommendation').count(), poll).toBeGreaterThanOrEqual(2);
    await page.getByTestId('forum-recommendations').scrollIntoViewIfNeeded();
    expect(await noSideScroll(page)).toBe(true);
    await screenshot(page, 'forum-recommendations-phone');
  });
});

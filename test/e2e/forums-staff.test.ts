// The forum pages of the staff app in a real browser. The Cần Thơ facilitator creates a forum from the
// space's page (1280 px), adds a session, an item and two connection points (the main hall, and a
// province of the 34 in force on the forum's date) with the page's forms; once it is published (which
// opens registration and links the public page), a check-in at a point raises that point's count and
// the total after a reload. The same page at 360 px has no side scroll. Screenshots go to test/e2e/screenshots/.
import { expect, it } from 'vitest';
import { signIn } from '../helpers/app';
import { DEMO_PASSWORD, describeBrowser } from '../helpers/browser-session';
import { desktop, noSideScroll, phone, poll, screenshot } from '../helpers/browser';

describeBrowser('forum pages of the staff app', { demo: true }, (t) => {
  let forumPath = '';

  it('creates a forum, shows its agenda, points and check-ins, and publishes it (desktop)', async () => {
    const page = await t.open(desktop, { as: 'daumoi@cantho.demo' });
    await page.getByTestId('space-card').filter({ hasText: 'Cần Thơ' }).first().click();
    await page.getByTestId('forum-create-open').click();
    await page.getByTestId('forum-title-vi').fill('Đối thoại phát triển đô thị Cần Thơ 2027');
    // the address is made from the Vietnamese title, đ included
    expect(await page.getByTestId('forum-slug').inputValue()).toBe('doi-thoai-phat-trien-do-thi-can-tho-2027');
    await page.getByTestId('forum-starts').fill('2027-03-15');
    await page.getByTestId('forum-create-submit').click();
    expect(await page.getByTestId('forum-title').innerText()).toBe('Đối thoại phát triển đô thị Cần Thơ 2027');
    expect(await page.getByTestId('forum-status').innerText()).toBe('Bản nháp');
    forumPath = new URL(page.url()).pathname;
    const id = forumPath.split('/').pop()!;

    const { headers } = await signIn(t.app, 'daumoi@cantho.demo', DEMO_PASSWORD);
    const post = async (url: string, payload: object) => {
      const res = await t.app.inject({ method: 'POST', url, headers, payload });
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };
    // the agenda and the points, through the page's forms
    await page.getByTestId('session-title').fill('Phiên toàn thể');
    await page.getByTestId('session-add').click();
    await page.getByTestId('forum-session').waitFor();
    await page.getByTestId('item-time').fill('08:30');
    await page.getByTestId('item-title').fill('Khai mạc');
    await page.getByTestId('item-speakers').fill('Chủ tịch UBND thành phố');
    await page.getByTestId('item-add').click();
    await page.getByTestId('forum-item').waitFor();
    await page.getByTestId('point-kind').selectOption('organisation');
    await page.getByTestId('point-organisation').fill('Hội trường UBND thành phố Cần Thơ');
    await page.getByTestId('point-expected').fill('120');
    await page.getByLabel('Hội trường chính').check();
    await page.getByTestId('point-add').click();
    await expect.poll(() => page.getByTestId('forum-point').count(), poll).toBe(1);
    await page.getByTestId('point-kind').selectOption('locality');
    // a forum of 2027 takes the 34 provinces in force since 1 July 2025
    await expect.poll(() => page.getByTestId('point-province').locator('option').count(), poll).toBe(35);
    await page.getByTestId('point-province').selectOption({ label: 'Cần Thơ' });
    await page.getByTestId('point-expected').fill('40');
    await page.getByTestId('point-add').click();
    await expect.poll(() => page.getByTestId('forum-point').count(), poll).toBe(2);
    const [hall] = (await (await t.app.inject({ method: 'GET', url: `/api/forums/${id}`, headers })).json()).points.filter((p: { mainHall: boolean }) => p.mainHall);

    await page.reload();
    await page.getByTestId('forum-agenda').getByText('Khai mạc').waitFor();
    expect(await page.getByTestId('forum-agenda').innerText()).toContain('08:30');
    expect(await page.getByTestId('forum-point').count()).toBe(2);
    const hallRow = page.getByTestId('forum-point').first();
    expect(await hallRow.innerText()).toContain('Hội trường chính');
    expect(await hallRow.getByTestId('point-checked-in').innerText()).toBe('0');
    expect(await page.getByTestId('forum-attendance').innerText()).toContain('160');

    // registrations open once the forum is published
    await page.getByTestId('forum-publish').click();
    await expect.poll(() => page.getByTestId('forum-status').innerText(), poll).toBe('Đã công bố');
    const { code } = await post(`/api/forums/${id}/registrations`, { name: 'Nguyễn Văn An', pointId: hall.id });
    await post(`/api/forums/${id}/points/${hall.id}/check-ins`, { code });
    await page.reload();
    await expect.poll(() => hallRow.getByTestId('point-checked-in').innerText(), poll).toBe('1');
    expect(await page.getByTestId('forum-checked-in').innerText()).toBe('1');
    await screenshot(page, 'forum-staff-desktop');
    const href = await page.getByTestId('forum-public-link').getAttribute('href');
    expect(href).toBe('/f/doi-thoai-phat-trien-do-thi-can-tho-2027');
    const publicPage = await page.request.get(`${t.base}${href}`);
    expect(publicPage.status()).toBe(200);
    expect(await publicPage.text()).toContain('Đối thoại phát triển đô thị Cần Thơ 2027');
    await page.close();
  });

  it('fits a phone (360 px)', async () => {
    const page = await t.open(phone, { as: 'daumoi@cantho.demo' });
    await page.goto(`${t.base}${forumPath}`);
    await page.getByTestId('forum-points').waitFor();
    expect(await noSideScroll(page)).toBe(true);
    await screenshot(page, 'forum-staff-phone');
    await page.close();
  });
});

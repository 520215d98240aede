// The public plan dashboard in a real browser, at phone and desktop size: the Cần Thơ demo plan, then
// the Department of Natural Resources and Environment (coordinating agency of the riverbank action)
// reports October's progress, and the action's bar and the lead agency's scorecard row change.
// Progress is reported through the API until the staff pages exist. Screenshots go to test/e2e/screenshots/.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { loadDemo } from '../../src/modules/demo/demo.seed';
import { adminHeaders, signIn } from '../helpers/app';
import { describeBrowser } from '../helpers/browser-session';
import { desktop, noSideScroll, phone, screenshot } from '../helpers/browser';

const NOW = new Date('2026-11-22T03:00:00Z');

describeBrowser('public plan dashboard', { clock: NOW, seed: (database) => loadDemo(database.db, NOW) }, (t) => {
  const agriculture = (page: Page) => page.locator('tr', { hasText: 'Sở Nông nghiệp và Phát triển nông thôn' }).locator('td').nth(2).innerText();
  const riverbank = (page: Page) => page.locator('li', { hasText: 'NV1.2' });

  it('shows the plan without signing in, and a report changes the action and the scorecard', async () => {
    const page = await t.open(phone);
    await page.goto(`${t.base}/d/can-tho-uu-tien-2024`);
    expect(await page.locator('h1').innerText()).toContain('Cần Thơ');
    expect(await riverbank(page).locator('.rag').innerText()).toBe('Chậm nghiêm trọng');
    expect(await agriculture(page)).toBe('1/2');
    expect(await noSideScroll(page)).toBe(true);
    await screenshot(page, 'plans-dashboard-phone-before');

    const spaces = (await t.app.inject({ method: 'GET', url: '/api/spaces', headers: adminHeaders })).json().spaces;
    const cantho = spaces.find((s: { slug: string }) => s.slug === 'can-tho-uu-tien-2024');
    const [plan] = (await t.app.inject({ method: 'GET', url: `/api/spaces/${cantho.id}/plans`, headers: adminHeaders })).json().plans;
    const view = (await t.app.inject({ method: 'GET', url: `/api/plans/${plan.id}`, headers: adminHeaders })).json();
    const action = view.objectives.flatMap((o: { actions: { id: string; code: string }[] }) => o.actions).find((a: { code: string }) => a.code === 'NV1.2');
    const session = await signIn(t.app, 'sotnmt@cantho.demo', 'doithoai-demo');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/actions/${action.id}/reports`,
      headers: session.headers,
      payload: { period: '2026-10', percent: 95, statusNote: 'Đã bù tiến độ', narrative: 'Hoàn thành 4,3 km kè.', kpiValues: { ke: 4.3 } },
    });
    expect(res.statusCode, res.body).toBe(201);

    await page.reload();
    expect(await riverbank(page).locator('.rag').innerText()).toBe('Đúng tiến độ');
    expect(await riverbank(page).innerText()).toContain('95\u00a0%');
    expect(await agriculture(page)).toBe('2/2');
    await screenshot(page, 'plans-dashboard-phone-after');
    await page.close();
  });

  it('reads in English at desktop size', async () => {
    const page = await t.open(desktop);
    await page.goto(`${t.base}/d/can-tho-uu-tien-2024?lang=en`);
    expect(await page.locator('h3', { hasText: 'Lead agency scorecard' }).count()).toBe(1);
    expect(await page.locator('svg').count()).toBeGreaterThan(5);
    await screenshot(page, 'plans-dashboard-desktop-en');
    await page.close();
  });
});

// The public plan dashboard in a real browser, at phone and desktop size: the Cần Thơ demo plan, then
// the Department of Natural Resources and Environment (coordinating agency of the riverbank action)
// reports October's progress, and the action's bar and the lead agency's scorecard row change.
// Progress is reported through the API until the staff pages exist. Screenshots go to test/e2e/screenshots/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import type { Database } from '../../src/db/connection';
import { loadDemo } from '../../src/modules/demo/demo.seed';
import type { App } from '../../src/modules/module';
import { buildApp } from '../../src/server';
import { ADMIN_TOKEN, adminHeaders, signIn } from '../helpers/app';
import { desktop, launchBrowser, noSideScroll, phone, screenshot } from '../helpers/browser';
import { openTestDatabase } from '../helpers/database';

const NOW = new Date('2026-11-22T03:00:00Z');

describe('public plan dashboard', () => {
  let database: Database;
  let app: App;
  let browser: Browser;
  let base = '';

  beforeAll(async () => {
    database = await openTestDatabase();
    await loadDemo(database.db, NOW);
    app = await buildApp({ database, config: loadConfig({ DOITHOAI_ADMIN_TOKEN: ADMIN_TOKEN, LOG_LEVEL: 'silent' }), now: () => NOW });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  const agriculture = (page: Page) => page.locator('tr', { hasText: 'Sở Nông nghiệp và Phát triển nông thôn' }).locator('td').nth(2).innerText();
  const riverbank = (page: Page) => page.locator('li', { hasText: 'NV1.2' });

  it('shows the plan without signing in, and a report changes the action and the scorecard', async () => {
    const page = await browser.newPage({ viewport: phone });
    await page.goto(`${base}/d/can-tho-uu-tien-2024`);
    expect(await page.locator('h1').innerText()).toContain('Cần Thơ');
    expect(await riverbank(page).locator('.rag').innerText()).toBe('Chậm nghiêm trọng');
    expect(await agriculture(page)).toBe('1/2');
    expect(await noSideScroll(page)).toBe(true);
    await screenshot(page, 'plans-dashboard-phone-before');

    const spaces = (await app.inject({ method: 'GET', url: '/api/spaces', headers: adminHeaders })).json().spaces;
    const cantho = spaces.find((s: { slug: string }) => s.slug === 'can-tho-uu-tien-2024');
    const [plan] = (await app.inject({ method: 'GET', url: `/api/spaces/${cantho.id}/plans`, headers: adminHeaders })).json().plans;
    const view = (await app.inject({ method: 'GET', url: `/api/plans/${plan.id}`, headers: adminHeaders })).json();
    const action = view.objectives.flatMap((o: { actions: { id: string; code: string }[] }) => o.actions).find((a: { code: string }) => a.code === 'NV1.2');
    const session = await signIn(app, 'sotnmt@cantho.demo', 'doithoai-demo');
    const res = await app.inject({
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
    const page = await browser.newPage({ viewport: desktop });
    await page.goto(`${base}/d/can-tho-uu-tien-2024?lang=en`);
    expect(await page.locator('h3', { hasText: 'Lead agency scorecard' }).count()).toBe(1);
    expect(await page.locator('svg').count()).toBeGreaterThan(5);
    await screenshot(page, 'plans-dashboard-desktop-en');
    await page.close();
  });
});

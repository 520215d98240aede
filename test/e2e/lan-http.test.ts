// A deployment on a LAN address over plain http, as a district office runs it: the browser reaches
// the server by a name that is not localhost (mapped to 127.0.0.1), so nothing is treated as secure.
// With `upgrade-insecure-requests` in the policy the staff app's scripts were fetched over https and
// the page stayed blank, and the ballot form's button did nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConsultation, clusterConferenceSpec } from '../helpers/consultation';
import { poll, WAIT } from '../helpers/browser';
import { openDemoSite, type DemoSite } from '../helpers/demo-site';

const HOST = 'thamvan.test';

describe('plain http on a LAN name', () => {
  let site: DemoSite;
  let base = '';
  beforeAll(async () => {
    site = await openDemoSite({ browserArgs: [`--host-resolver-rules=MAP ${HOST} 127.0.0.1`] });
    base = site.base.replace('127.0.0.1', HOST);
  });
  afterAll(() => site?.close());

  it('loads the staff app, signs a demo user in, and takes a ballot from the citizen form to its receipt, signed in or not', async () => {
    expect(base).toMatch(/^http:\/\/thamvan\.test:\d+$/);
    const { tokens } = await openConsultation(site.app, clusterConferenceSpec(), { count: 2 });
    const context = await site.browser.newContext();
    context.setDefaultTimeout(WAIT);
    const page = await context.newPage();
    try {
      // The sign-in form exists only once the app's scripts have run.
      await page.goto(`${base}/`);
      await page.waitForURL(/\/login/);
      await page.getByTestId('login-email').fill('daumoi@cantho.demo');
      await page.getByTestId('login-password').fill('doithoai-demo');
      await page.getByTestId('login-submit').click();
      await page.getByTestId('space-list').waitFor();
      expect(page.url().startsWith(`${base}/`)).toBe(true);

      // A signed-in staff member votes with an invitation of their own: the form needs no session.
      for (const token of tokens) {
        await page.goto(`${base}/vote/${token}`);
        await page.locator('input[name="approve"][value="r1"]').check();
        await page.locator('input[name="approve"][value="r4"]').check();
        await page.locator('button[type="submit"]').click();
        await expect.poll(() => page.locator('h1').textContent(), poll).toContain('Đã ghi nhận phiếu của bạn');
        expect(await page.locator('[data-receipt]').textContent()).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){4}$/);
        expect(page.url()).toBe(`${base}/vote/${token}?lang=vi`);
        await context.clearCookies();
      }
    } finally {
      await context.close();
    }
  });
});

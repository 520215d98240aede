// A deployment on a LAN address over plain http, as a district office runs it: the browser reaches
// the server by a name that is not localhost (mapped to 127.0.0.1), so nothing is treated as secure.
// With `upgrade-insecure-requests` in the policy the staff app's scripts were fetched over https and
// the page stayed blank, and the ballot form's button did nothing.
import { beforeAll, expect, it } from 'vitest';
import { openConsultation, clusterConferenceSpec } from '../helpers/consultation';
import { poll } from '../helpers/browser';
import { describeBrowser } from '../helpers/browser-session';

const HOST = 'thamvan.test';

describeBrowser('plain http on a LAN name', { demo: true, browserArgs: [`--host-resolver-rules=MAP ${HOST} 127.0.0.1`] }, (t) => {
  let base = '';
  beforeAll(() => {
    base = t.base.replace('127.0.0.1', HOST);
  });

  it('loads the staff app, signs a demo user in, and takes a ballot from the citizen form to its receipt, signed in or not', async () => {
    expect(base).toMatch(/^http:\/\/thamvan\.test:\d+$/);
    const { tokens } = await openConsultation(t.app, clusterConferenceSpec(), { count: 2 });
    const page = await t.open();
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
      await page.context().clearCookies();
    }
  });
});

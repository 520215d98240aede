// The staff app in a real browser, at phone and desktop size: sign in, open a space, switch
// language; a screenshot of each page is kept in test/e2e/screenshots/.
import { expect, it } from 'vitest';
import { desktop, noSideScroll, phone, screenshot } from '../helpers/browser';
import { describeBrowser } from '../helpers/browser-session';

describeBrowser('staff web app', { demo: true }, (t) => {

  for (const [size, viewport] of [['phone', phone], ['desktop', desktop]] as const) {
    it(`signs in, opens the Cần Thơ space and switches language (${size})`, async () => {
      const page = await t.open(viewport);
      await page.goto(`${t.base}/`);
      await page.waitForURL(/\/login/);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('vi');
      await page.getByTestId('login-submit').waitFor();
      await screenshot(page, `${size}-1-login`);

      await page.getByTestId('login-email').fill('daumoi@cantho.demo');
      await page.getByTestId('login-password').fill('sai-mat-khau');
      await page.getByTestId('login-submit').click();
      await expect.poll(() => page.getByTestId('login-error').textContent()).toContain('Email hoặc mật khẩu không đúng');

      await t.signInOn(page, 'daumoi@cantho.demo');
      await expect.poll(() => page.getByTestId('space-card').count()).toBe(2);
      expect(await page.getByTestId('user-name').textContent()).toContain('Nguyễn Thị Thu Hà');
      expect(await noSideScroll(page)).toBe(true);
      await screenshot(page, `${size}-2-spaces`);

      await page.getByTestId('space-card').filter({ hasText: 'Cần Thơ' }).click();
      await page.getByTestId('space-title').waitFor();
      expect(await page.getByTestId('space-title').textContent()).toContain('Cần Thơ: xác định lĩnh vực ưu tiên');
      expect(await page.getByTestId('phase-list').textContent()).toContain('01/03/2024');
      expect(await page.getByTestId('members-table').textContent()).toContain('Trần Văn Minh');
      await page.getByTestId('illustrative-badge').waitFor();
      expect(await noSideScroll(page)).toBe(true);
      await screenshot(page, `${size}-3-space-vi`);

      expect(await page.getByTestId('lang-switch').textContent()).toContain('English');
      await page.getByTestId('lang-switch').click();
      await expect.poll(() => page.getByTestId('space-title').textContent()).toContain('Cần Thơ: priority areas for local capacity development');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await screenshot(page, `${size}-4-space-en`);

      await page.reload();
      await page.getByTestId('space-title').waitFor();
      expect(await page.getByTestId('space-title').textContent()).toContain('priority areas');
      expect(await page.getByTestId('lang-switch').textContent()).toContain('Tiếng Việt');
    });
  }

  it('shows a delegate the space but not its member list', async () => {
    const page = await t.open(phone, { as: 'daibieu@acvn.demo' });
    await page.getByTestId('space-card').filter({ hasText: 'Hội nghị cụm' }).click();
    await page.getByTestId('phase-list').waitFor();
    expect(await page.getByTestId('phase-list').textContent()).toContain('Cụm đô thị Tây Nam Bộ');
    expect(await page.getByTestId('members-table').count()).toBe(0);
    await screenshot(page, 'phone-5-delegate-space');
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login/);
  });
});

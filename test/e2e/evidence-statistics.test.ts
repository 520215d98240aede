// Direct measures in a real browser (issue 16): Cần Thơ's need per priority area on its profile, with the
// administrator's mapping first reduced to the index figures (as before this release) — social protection then
// rests on PAPI's poverty-list transparency alone, scored 100 and marked "governance proxy only" — and then put
// back to the default, where the poverty rate the demo carries from GSO (1,7 % in 2016) feeds it: 41, no mark,
// the poverty rate named among its figures. (The upload of a GSO table through the import page is
// evidence-statistics-upload.test.ts.) Screenshots evidence-statistics-N-*.png in test/e2e/screenshots/.
import { expect, it } from 'vitest';
import { describeBrowser } from '../helpers/browser-session';
import { desktop, noSideScroll, phone, poll, screenshot } from '../helpers/browser';

describeBrowser('direct measures and coverage on the profile', { demo: true }, (t) => {
  it('marks an area on a governance proxy alone, and drops the mark once the poverty rate feeds it', async () => {
    const page = await t.open(desktop, { as: 'quantri@doithoai.demo' });
    const social = () => page.getByTestId('need-list').locator('li[data-area="social-protection"]');

    // The default: the poverty rate is among social protection's figures, no proxy mark.
    await page.goto(`${t.base}/evidence/provinces/92`);
    await expect.poll(() => social().textContent(), poll).toContain('Tỷ lệ hộ nghèo');
    expect(await social().getByTestId('need-proxy-only').count()).toBe(0);
    expect(await social().textContent()).toContain('41,0');
    expect(await page.getByTestId('need-method').innerText()).toContain('số liệu thống kê của Tổng cục Thống kê đo trực tiếp nhu cầu');
    await page.getByTestId('priority-evidence').scrollIntoViewIfNeeded();
    await screenshot(page, 'evidence-statistics-1-direct');

    // The administrator takes the poverty rate out of social protection: it rests on PAPI's poverty lists alone.
    await page.goto(`${t.base}/evidence/mapping`);
    const links = page.getByTestId('mapping-links-social-protection');
    await links.locator('li', { hasText: 'Tỷ lệ hộ nghèo' }).getByRole('button').click();
    expect(await links.innerText()).not.toContain('Tỷ lệ hộ nghèo');
    await page.getByTestId('mapping-save').click();
    await expect.poll(() => page.getByTestId('mapping-outcome').innerText(), poll).toContain('Đã lưu ánh xạ');

    await page.goto(`${t.base}/evidence/provinces/92`);
    await expect.poll(() => social().getByTestId('need-proxy-only').count(), poll).toBe(1);
    expect(await social().getByTestId('need-proxy-only').innerText()).toBe('Chỉ dựa vào chỉ số quản trị');
    expect(await social().textContent()).toContain('100');
    await page.getByTestId('priority-evidence').scrollIntoViewIfNeeded();
    expect(await noSideScroll(page)).toBe(true);
    await screenshot(page, 'evidence-statistics-2-proxy-only');

    const small = await t.open(phone, { as: 'daumoi@cantho.demo' });
    await small.goto(`${t.base}/evidence/provinces/92`);
    await expect.poll(() => small.getByTestId('need-proxy-only').count(), poll).toBeGreaterThan(0);
    await small.getByTestId('priority-evidence').scrollIntoViewIfNeeded();
    expect(await noSideScroll(small)).toBe(true);
    await screenshot(small, 'evidence-statistics-3-phone-proxy-only');

    // Back to the default: the mark goes, the direct measure returns.
    await page.getByTestId('need-mapping-link').click();
    await page.getByTestId('mapping-reset').click();
    await expect.poll(() => page.getByTestId('mapping-outcome').innerText(), poll).toContain('mặc định');
    await page.goto(`${t.base}/evidence/provinces/92`);
    await expect.poll(() => social().textContent(), poll).toContain('Tỷ lệ hộ nghèo');
    expect(await social().getByTestId('need-proxy-only').count()).toBe(0);
  }, 120_000);
});

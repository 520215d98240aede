// Official statistics in a real browser (issue 16): an administrator uploads GSO's poverty-rate table (a PX-Web
// CSV as downloaded) through the import page, which sends it to the statistics import and shows its report; a copy
// with two bad lines is refused and every refused line listed; then Cần Thơ's profile shows the poverty rate —
// latest figure 1,7 % in 2016, preliminary (line 70 of the file, "Pre. 2016") — with its trend drawn as two
// segments, the 2010 poverty-line break named under the chart. Screenshots go to test/e2e/screenshots/.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeBrowser } from '../helpers/browser-session';
import { desktop, noSideScroll, painted, phone, poll, screenshot } from '../helpers/browser';
import { fixture } from '../helpers/fixtures';

const POVERTY = 'Poverty rate by province.csv';
const bytes = readFileSync(fixture('vn', 'gso_2002_2016_choisy', POVERTY));

describeBrowser('official statistics: upload and the province profile', { demo: true }, (t) => {
  it('refuses a table with bad lines, listing each, then imports the table as downloaded', async () => {
    const page = await t.open(desktop, { as: 'quantri@doithoai.demo' });
    await page.goto(`${t.base}/evidence/import`);
    // The demo carries GSO's tables for the priority areas (demo-data/gso/), this one among them.
    const held = page.getByTestId('held-statistics');
    await expect.poll(() => held.innerText(), poll).toContain('Tỷ lệ hộ nghèo');
    const heldBefore = await held.innerText();

    // Line 70 "Can Tho" with a word for its 2006 figure, line 71 a province that does not exist (so Hậu Giang is missing too).
    const lines = bytes.toString('utf8').split('\r\n');
    lines[69] = lines[69].replace('"Can Tho";7.5', '"Can Tho";abc');
    lines[70] = lines[70].replace('"Hau Giang"', '"Hau Giangg"');
    await page.getByTestId('import-file').setInputFiles({ name: POVERTY, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n')) });
    await page.getByTestId('import-submit').click();
    const problems = page.getByTestId('import-problems').locator('tbody tr');
    await expect.poll(() => problems.count(), poll).toBe(3);
    const listed = await page.getByTestId('import-problems').innerText();
    expect(listed).toContain('"abc" không phải là số');
    expect(listed).toContain('"Hau Giangg" không phải tên một tỉnh, thành');
    expect(listed).toContain('tệp thiếu Hau Giang');
    expect(await held.innerText()).toBe(heldBefore);
    await screenshot(page, 'desktop-s1-statistics-refused');

    await page.getByTestId('import-file').setInputFiles({ name: POVERTY, mimeType: 'text/csv', buffer: bytes });
    await page.getByTestId('import-submit').click();
    const report = page.getByTestId('statistics-report');
    await expect.poll(() => report.innerText(), poll).toContain('Tỷ lệ hộ nghèo');
    // The same bytes as the demo's copy: read whole, nothing changed (idempotent).
    expect(await report.locator('tr[data-outcome="unchanged"]').count()).toBe(1);
    await expect.poll(() => page.getByTestId('held-statistics').innerText(), poll).toContain('2006, 2008, 2010');
    await screenshot(page, 'desktop-s2-statistics-imported');
  }, 90_000);

  it('shows the poverty rate on Cần Thơ\'s profile, its trend broken at 2010', async () => {
    const page = await t.open(desktop, { as: 'daumoi@cantho.demo' });
    await page.goto(`${t.base}/evidence/provinces/92`);
    const row = page.getByTestId('statistics-table').locator('tr[data-key="gso.poverty-rate"]');
    await expect.poll(() => row.innerText(), poll).toContain('1,7 (2016, sơ bộ)');
    expect(await row.innerText()).toContain('Tổng cục Thống kê');
    // The demo holds several GSO tables: the poverty rate's trend is picked from its row.
    await row.getByTestId('statistics-pick').click();
    const trend = page.getByTestId('statistics-trend');
    await expect.poll(() => trend.getAttribute('data-key'), poll).toBe('gso.poverty-rate');
    expect(await trend.getAttribute('data-key')).toBe('gso.poverty-rate');
    expect(await trend.getAttribute('data-segments')).toBe('2');
    await expect.poll(() => painted(page, 'statistics-chart'), poll).toBeGreaterThan(2000);
    expect(await page.getByTestId('statistics-breaks').innerText()).toContain('Đứt chuỗi từ năm 2010');
    await page.getByTestId('profile-statistics').scrollIntoViewIfNeeded();
    expect(await noSideScroll(page)).toBe(true);
    await screenshot(page, 'desktop-s3-profile-statistics');

    const small = await t.open(phone, { as: 'daumoi@cantho.demo' });
    await small.goto(`${t.base}/evidence/provinces/92`);
    await expect.poll(() => painted(small, 'statistics-chart'), poll).toBeGreaterThan(1000);
    await small.getByTestId('profile-statistics').scrollIntoViewIfNeeded();
    expect(await noSideScroll(small)).toBe(true);
    await screenshot(small, 'phone-s4-profile-statistics');
  }, 90_000);
});

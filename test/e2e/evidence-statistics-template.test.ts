// Statistics that change a need, end to end in a real browser (issue 16): the demo holds no GRDP figures, so
// Cần Thơ's economy need rests on income alone. An administrator types GSO's GRDP per capita for 2020 into the
// statistics template (the 63 figures of test/fixtures/vn/gso_2011_2022_dstai/grdp_2020.csv: Cần Thơ 72,41) and
// uploads it through the import page; the profile then lists GRDP per capita among the province's statistics
// (72,41 in 2020) and among the figures of its economy need (10 figures instead of 9, none missing), and the
// need changes from 28,1. Screenshots
// evidence-statistics-template-N-*.png in test/e2e/screenshots/.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { csvLine } from '../../src/core/csv';
import { describeBrowser } from '../helpers/browser-session';
import { desktop, poll, screenshot } from '../helpers/browser';
import { fixture } from '../helpers/fixtures';

const HEADER = ['Mã bộ số liệu (dataset key)', 'Mã tỉnh GSO (province code)', 'Tỉnh, thành phố (province, chỉ để đọc / read only)', 'Năm (year)', 'Giá trị (value)', 'Sơ bộ: x (preliminary: x)'];

/** The template filled in from the published file: one row per province, GRDP per capita 2020. */
function filledTemplate(): Buffer {
  const [, ...rows] = readFileSync(fixture('vn', 'gso_2011_2022_dstai', 'grdp_2020.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  const lines = rows.map((r) => r.split(',')).map(([code, name, grdp]) => csvLine(['gso.grdp-per-capita', code.padStart(2, '0'), name, '2020', grdp, '']));
  return Buffer.from(`\uFEFF${[csvLine(HEADER), ...lines].join('\r\n')}\r\n`);
}

describeBrowser('statistics template: an upload that changes a need', { demo: true }, (t) => {
  it('imports GRDP per capita through the upload page and feeds Cần Thơ\'s economy need', async () => {
    const page = await t.open(desktop, { as: 'quantri@doithoai.demo' });
    const economy = () => page.getByTestId('need-list').locator('li[data-area="economy"]');
    await page.goto(`${t.base}/evidence/provinces/92`);
    await expect.poll(() => economy().textContent(), poll).toContain('kinh tế');
    const before = (await economy().textContent())!;
    // the default mapping names GRDP per capita for the economy, but the demo holds none: said so
    expect(before).toContain('Chưa có số liệu: GSO GRDP bình quân đầu người');
    expect(before).toContain('Tính từ 9 chỉ số');

    await page.goto(`${t.base}/evidence/import`);
    await expect.poll(() => page.getByTestId('statistics-template-xlsx').count(), poll).toBe(1);
    await page.getByTestId('import-file').setInputFiles({ name: 'grdp-2020.csv', mimeType: 'text/csv', buffer: filledTemplate() });
    await page.getByTestId('import-submit').click();
    const report = page.getByTestId('statistics-report');
    await expect.poll(() => report.innerText(), poll).toContain('GRDP bình quân đầu người');
    expect(await report.locator('tr[data-outcome="created"]').count()).toBe(1);
    await screenshot(page, 'evidence-statistics-template-1-imported');

    await page.goto(`${t.base}/evidence/provinces/92`);
    const row = page.getByTestId('statistics-table').locator('tr[data-key="gso.grdp-per-capita"]');
    await expect.poll(() => row.innerText(), poll).toContain('72,41 (2020)');
    await expect.poll(() => economy().textContent(), poll).toContain('GSO 2020 · GRDP bình quân đầu người: 72,41');
    const after = (await economy().textContent())!;
    expect(after).not.toContain('Chưa có số liệu');
    expect(after).toContain('Tính từ 10 chỉ số');
    // the need itself moves (its figure stands right after the area's name)
    const need = (text: string) => /^Phát triển, tăng trưởng kinh tế địa phương([\d,]+)/.exec(text)?.[1];
    expect(need(before)).toBe('28,1');
    expect(need(after)).not.toBe(need(before));
    await page.getByTestId('priority-evidence').scrollIntoViewIfNeeded();
    await screenshot(page, 'evidence-statistics-template-2-economy');
  }, 120_000);
});

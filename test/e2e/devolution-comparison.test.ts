// Issue 17's read-only comparison screen, in a real browser on the demo's decentralisation pilot
// (can-tho-phan-cap-2022): the space page lists the current assignment and the two scenarios with their summed
// criterion scores, weighted-sum score and rank, names the leader, and offers each scenario's Word report.
// Figures by hand (test/http/devolution-demo.test.ts): current 0,5; "Thí điểm 2022" 0,4; "Chính quyền hai
// cấp 2025" 2/3 ≈ 0,667. Screenshots: devolution-comparison-*.png.
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeBrowser } from '../helpers/browser-session';
import { desktop, noSideScroll, phone, poll, screenshot } from '../helpers/browser';
import { rowsOf } from '../helpers/forums';

describeBrowser('decentralisation scenarios compared', { demo: true }, (t) => {
  it('shows the scenarios against the current assignment and downloads a Word report', async () => {
    const [space] = await rowsOf<{ id: string }>(t, sql`select id from spaces where slug = 'can-tho-phan-cap-2022'`);
    const page = await t.open(desktop, { as: 'quantri@doithoai.demo' });
    await page.goto(`${t.base}/spaces/${space.id}`);
    const table = page.getByTestId('devolution-comparison');
    await table.waitFor();
    const cells = async (key: string) => (await page.getByTestId(`devolution-row-${key}`).locator('td').allInnerTexts()).slice(0, 7);
    await expect.poll(() => cells('current'), poll).toEqual(['0', '0', '0', '0', '0', '0,5', '2']);
    expect(await cells('thi-diem-2022')).toEqual(['7', '−2', '−1', '−3', '4', '0,4', '3']);
    expect(await cells('hai-cap-2025')).toEqual(['7', '2', '−1', '−2', '4', '0,667', '1']);
    expect(await page.getByTestId('devolution-top').innerText()).toBe('Phương án dẫn đầu: Chính quyền hai cấp 2025.');
    await screenshot(page, 'devolution-comparison-desktop');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('devolution-report-hai-cap-2025').click()]);
    expect(download.suggestedFilename()).toBe('phan-cap-hai-cap-2025.docx');

    const small = await t.open(phone, { as: 'quantri@doithoai.demo' });
    await small.goto(`${t.base}/spaces/${space.id}`);
    await small.getByTestId('devolution-comparison').waitFor();
    expect(await noSideScroll(small)).toBe(true);
    await screenshot(small, 'devolution-comparison-phone');
  });
});

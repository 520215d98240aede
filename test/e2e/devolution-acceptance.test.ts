// Issue 17's acceptance, in a real browser on the demo's decentralisation pilot (can-tho-phan-cap-2022): the
// Department of Transport's official reviews their sector — proposes moving road maintenance to the wards —
// and signs off; the focal side (the administrator, who coordinates) sees who has not yet signed off; then
// builds a scenario moving three activities on 1 January 2026 (no district to pick: it ended on 30 June 2025),
// compares it with the current assignment and downloads its Word report, which LibreOffice opens and
// pdftotext reads back in composed Vietnamese. Screenshots: devolution-acceptance-N-*.png, 1280 and 360 px.
//
// Figures by hand. The new scenario's criterion sums: subsidiarity 2 + 1 = 3, scale −1, spill-overs 0,
// capacity −1, accountability 1. Every criterion's range over the four alternatives stays what it was
// (test/e2e/devolution-comparison.test.ts: subsidiarity 0…7, scale −2…2, spill-overs −1…0, capacity −3…0,
// accountability 0…4), so the others keep 0,5 / 0,4 / 0,667 and the new one scores, min–max normalised with
// weights 1/5: (3/7 + 1/4 + 1 + 2/3 + 1/4) / 5 = 0,519 — second after "Chính quyền hai cấp 2025".
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, expect, it } from 'vitest';
import { PASSWORD, signIn } from '../helpers/app';
import { DEMO_PASSWORD, describeBrowser } from '../helpers/browser-session';
import { desktop, noSideScroll, phone, poll, screenshot } from '../helpers/browser';
import { rowsOf } from '../helpers/forums';

const dir = mkdtempSync(path.join(tmpdir(), 'devolution-acceptance-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeBrowser('decentralisation planning from a department’s sign-off to a scenario’s Word report', { demo: true }, (t) => {
  it('carries a review, a sign-off and a new scenario through the space page', { timeout: 240_000 }, async () => {
    const [space] = await rowsOf<{ id: string }>(t, sql`select id from spaces where slug = 'can-tho-phan-cap-2022'`);
    const admin = await signIn(t.app, 'quantri@doithoai.demo', DEMO_PASSWORD);
    await t.user('sogtvt@phancap.test', { [space.id]: 'official' });
    const [official] = await rowsOf<{ id: string }>(t, sql`select id from users where email = 'sogtvt@phancap.test'`);
    const bind = await t.app.inject({ method: 'PUT', url: `/api/spaces/${space.id}/devolution/officials/${official.id}`, headers: admin.headers, payload: { unit: 'so-gtvt' } });
    expect(bind.statusCode, bind.body).toBe(204);

    // the Department of Transport's official: their two activities, a proposal, the sign-off
    const dept = await t.open(desktop, { as: 'sogtvt@phancap.test', password: PASSWORD });
    await dept.goto(`${t.base}/spaces/${space.id}`);
    const unit = dept.getByTestId('devolution-unit-so-gtvt');
    await unit.waitFor();
    expect(await unit.locator('tbody th').allInnerTexts()).toEqual(['GT-01.1 Lập kế hoạch bảo trì đường đô thị', 'GT-01.2 Bảo trì đường đô thị trong các quận']);
    expect(await dept.getByTestId('devolution-builder').count()).toBe(0);
    // the page's parts as links at its top (no builder for a department); one takes the official to the inventory
    const inPage = dept.getByTestId('devolution-in-page');
    expect(await inPage.getByRole('link').allInnerTexts()).toEqual(['So sánh các kịch bản phân cấp', 'Phân tích kịch bản', 'Rà soát chức năng theo đơn vị', 'Danh mục chức năng và hoạt động']);
    await inPage.getByRole('link', { name: 'Danh mục chức năng và hoạt động' }).click();
    await expect.poll(() => dept.locator('#devolution-inventory-heading').evaluate((h) => Math.round(h.getBoundingClientRect().top) >= 0 && h.getBoundingClientRect().top < innerHeight), poll).toBe(true);
    expect(await dept.locator('#devolution-review-heading').evaluate((h) => h.getBoundingClientRect().bottom < 0)).toBe(true);
    await dept.getByLabel('Loại').selectOption('proposal');
    await dept.getByLabel('Về hoạt động').selectOption('GT-01.2');
    await dept.getByLabel('Chuyển về cấp').selectOption('commune');
    await dept.getByLabel('Nội dung').fill('Đề nghị giao phường bảo trì đường nội bộ, kèm kinh phí.');
    await dept.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await expect.poll(() => unit.getByTestId('devolution-notes').innerText(), poll).toContain('Đề xuất chuyển cấp · GT-01.2 → Xã/phường: Đề nghị giao phường bảo trì đường nội bộ, kèm kinh phí.');
    await dept.getByRole('button', { name: 'Ký xác nhận rà soát' }).click();
    await unit.getByTestId('devolution-signed').waitFor();
    await expect.poll(() => dept.getByTestId('devolution-status-so-gtvt').innerText(), poll).toMatch(/^Sở Giao thông vận tải: Đã ký xác nhận \(\d\d\/\d\d\/\d{4}\)$/);
    await screenshot(dept, 'devolution-acceptance-1-desktop-signed-off');
    const deptPhone = await t.open(phone, { as: 'sogtvt@phancap.test', password: PASSWORD });
    await deptPhone.goto(`${t.base}/spaces/${space.id}`);
    await deptPhone.getByTestId('devolution-signed').waitFor();
    expect(await noSideScroll(deptPhone)).toBe(true);
    await screenshot(deptPhone, 'devolution-acceptance-2-phone-signed-off');

    // the coordinator sees who has not yet signed off (Construction did in the demo, Transport just now)
    const fac = await t.open(desktop, { as: 'quantri@doithoai.demo' });
    await fac.goto(`${t.base}/spaces/${space.id}`);
    await expect.poll(() => fac.getByTestId('devolution-not-yet').innerText(), poll).toBe(
      'Chưa ký xác nhận: Sở Nội vụ; Sở Tài chính; Sở Tài nguyên và Môi trường; Quận Ninh Kiều; Quận Cái Răng; UBND các phường (địa bàn hai quận).',
    );

    // a scenario for 1 January 2026: three moves; the district is not offered after 30 June 2025
    const builder = fac.getByTestId('devolution-builder');
    await builder.getByLabel('Tên kịch bản').fill('Phường tự chủ 2026');
    await builder.getByLabel('Ngày áp dụng').fill('2026-01-01');
    await builder.getByLabel('Giai đoạn').fill('Giai đoạn 2026');
    const to = builder.getByLabel('Chuyển về cấp');
    const addMove = async (activity: string, level: string, rationale: string, scores: Record<string, string>) => {
      await builder.getByLabel('Hoạt động', { exact: true }).selectOption(activity);
      expect(await to.locator('option').allInnerTexts()).not.toContain('Huyện/quận');
      await to.selectOption(level);
      await builder.getByLabel('Lý do').fill(rationale);
      for (const [criterion, score] of Object.entries(scores)) await builder.getByLabel(criterion, { exact: true }).selectOption(score);
      await builder.getByRole('button', { name: 'Thêm bước chuyển' }).click();
    };
    await addMove('XD-01.2', 'commune', 'Phường cấp phép công trình cấp III, IV gần dân.', { 'Gần dân': '2', 'Năng lực': '-1' });
    await addMove('TN-01.1', 'commune', 'Phường nhận hồ sơ giấy chứng nhận.', { 'Gần dân': '1', 'Quy mô': '-1' });
    await addMove('GT-01.1', 'commune', 'Phường lập kế hoạch bảo trì đường nội bộ.', { 'Giải trình': '1' });
    expect(await builder.getByTestId('devolution-moves').locator('li').count()).toBe(3);
    await builder.getByRole('button', { name: 'Lưu kịch bản' }).click();
    await builder.getByTestId('devolution-saved').waitFor();

    const cells = async (key: string) => (await fac.getByTestId(`devolution-row-${key}`).locator('td').allInnerTexts()).slice(0, 7);
    await expect.poll(() => cells('phuong-tu-chu-2026'), poll).toEqual(['3', '−1', '0', '−1', '1', '0,519', '2']);
    expect(await cells('current')).toEqual(['0', '0', '0', '0', '0', '0,5', '3']);
    expect(await cells('hai-cap-2025')).toEqual(['7', '2', '−1', '−2', '4', '0,667', '1']);
    await screenshot(fac, 'devolution-acceptance-3-desktop-compared');

    const [download] = await Promise.all([fac.waitForEvent('download'), fac.getByTestId('devolution-report-phuong-tu-chu-2026').click()]);
    expect(download.suggestedFilename()).toBe('phan-cap-phuong-tu-chu-2026.docx');
    const file = path.join(dir, 'phan-cap-phuong-tu-chu-2026.docx');
    await download.saveAs(file);
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'pipe', timeout: 120_000 });
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file.replace(/\.docx$/, '.pdf'), '-']).toString('utf8').replace(/\s+/g, ' ');
    expect(text.normalize('NFC')).toBe(text);
    // pdftotext may read a table column by column and break a cell's lines: single cells, spaces dropped
    const squeezed = (s: string) => s.replace(/\s+/g, '');
    for (const line of ['Báo cáo kịch bản phân cấp: Phường tự chủ 2026', 'Phường cấp phép công trình cấp III, IV gần dân.', 'Phường lập kế hoạch bảo trì đường nội bộ.', 'Giai đoạn 2026']) expect(squeezed(text), line).toContain(squeezed(line));

    const small = await t.open(phone, { as: 'quantri@doithoai.demo' });
    await small.goto(`${t.base}/spaces/${space.id}`);
    await small.getByTestId('devolution-row-phuong-tu-chu-2026').waitFor();
    expect(await noSideScroll(small)).toBe(true);
    await screenshot(small, 'devolution-acceptance-4-phone-compared');
  });
});

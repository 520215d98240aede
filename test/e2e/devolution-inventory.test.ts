// Issue 17's inventory on screen and in Excel, in a real browser on the demo's decentralisation pilot
// (can-tho-phan-cap-2022) with the demo's officials (src/modules/demo/demo.accounts.ts): Ninh Kiều's official
// sees edit controls on Ninh Kiều's three activities only, has a negative workload refused in the server's words,
// then changes "Kiểm tra, xử lý vi phạm trật tự đô thị" (NK-02.1) to 1.650 cases a year and 8,5 staff; the API
// refuses them another unit's activity. Home Affairs' official (the focal unit, who coordinates) downloads the
// inventory, uploads it unchanged (nothing changes), then a copy with −3 staff on NK-02.1's row, and sees that
// row listed with nothing changed. Screenshots: devolution-inventory-N-*.png at 1280 and 360 px.
//
// Expected by hand: NK-02.1 is the first of the two "Trật tự đô thị" (urban order) activities in the demo
// (NK-02.1, then CR-02.1), so it is row 2 of the sheet named after that sector; staff is the 11th column, K
// (code, unit, function code, function, activity, kind, legal document, article, level, workload, staff, budget).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, expect, it } from 'vitest';
import { adminHeaders, signIn } from '../helpers/app';
import { DEMO_PASSWORD, describeBrowser } from '../helpers/browser-session';
import { desktop, noSideScroll, phone, poll, screenshot } from '../helpers/browser';
import { rowsOf } from '../helpers/forums';

const dir = mkdtempSync(path.join(tmpdir(), 'devolution-inventory-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describeBrowser('the decentralisation inventory edited on screen and round-tripped through Excel', { demo: true }, (t) => {
  it('lets a unit official edit only their own activities and a coordinator re-upload the workbook', { timeout: 240_000 }, async () => {
    const [space] = await rowsOf<{ id: string }>(t, sql`select id from spaces where slug = 'can-tho-phan-cap-2022'`);
    const inventory = async () => (await t.app.inject({ method: 'GET', url: `/api/spaces/${space.id}/devolution/activities`, headers: adminHeaders })).json().activities;

    // Ninh Kiều's official: edit buttons on NK-01.1, NK-03.1 and NK-02.1 only — in the order of their sectors
    // (construction, natural resources, urban order: core/devolution/labels.ts) —; no upload
    const nk = await t.open(desktop, { as: 'ninhkieu@cantho.demo' });
    await nk.goto(`${t.base}/spaces/${space.id}`);
    const panel = nk.getByTestId('devolution-inventory');
    await panel.getByTestId('devolution-inventory-TC-01.1').waitFor();
    const edits = panel.getByRole('button', { name: /^Sửa hoạt động / });
    expect(await edits.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')))).toEqual(['Sửa hoạt động NK-01.1', 'Sửa hoạt động NK-03.1', 'Sửa hoạt động NK-02.1']);
    expect(await panel.getByTestId('devolution-inventory-TC-01.1').getByRole('button').count()).toBe(0);
    expect(await panel.getByTestId('devolution-excel-upload').count()).toBe(0);
    expect(await panel.getByTestId('devolution-excel-download').innerText()).toBe('Tải về Excel');

    await panel.getByRole('button', { name: 'Sửa hoạt động NK-02.1' }).click();
    const form = panel.getByTestId('devolution-activity-form');
    expect(await form.getByLabel('Khối lượng (hồ sơ/năm)').inputValue()).toBe('1500');
    await form.getByLabel('Khối lượng (hồ sơ/năm)').fill('-5');
    await form.getByRole('button', { name: 'Lưu hoạt động' }).click();
    await expect.poll(() => form.getByTestId('devolution-activity-error').innerText(), poll).toBe('Hoạt động "NK-02.1": khối lượng (hồ sơ/năm) phải là một số không âm, không phải -5.');
    expect((await inventory()).find((a: { code: string }) => a.code === 'NK-02.1')).toMatchObject({ workload: 1500, staff: 8 });
    await form.getByLabel('Khối lượng (hồ sơ/năm)').fill('1.650');
    await form.getByLabel('Biên chế', { exact: true }).fill('8,5');
    await form.getByRole('button', { name: 'Lưu hoạt động' }).click();
    await expect.poll(() => panel.getByTestId('devolution-inventory-saved').innerText(), poll).toBe('Đã lưu hoạt động NK-02.1.');
    await expect.poll(async () => (await panel.getByTestId('devolution-inventory-NK-02.1').locator('td').allInnerTexts()).slice(2, 5), poll).toEqual(['1.650', '8,5', '1.600']);
    expect((await inventory()).find((a: { code: string }) => a.code === 'NK-02.1')).toMatchObject({ workload: 1650, staff: 8.5 });
    await screenshot(nk, 'devolution-inventory-1-desktop-official-edited');

    // the server refuses them Finance's activity (the screen offers no control for it)
    const session = await signIn(t.app, 'ninhkieu@cantho.demo', DEMO_PASSWORD);
    const finance = (await inventory()).find((a: { code: string }) => a.code === 'TC-01.1');
    const { editable: _e, ...body } = finance;
    const refused = await t.app.inject({ method: 'PUT', url: `/api/spaces/${space.id}/devolution/activities/TC-01.1`, headers: session.headers, payload: { ...body, staff: 1 } });
    expect(refused.statusCode).toBe(403);

    const nkPhone = await t.open(phone, { as: 'ninhkieu@cantho.demo' });
    await nkPhone.goto(`${t.base}/spaces/${space.id}`);
    await nkPhone.getByTestId('devolution-inventory-NK-02.1').waitFor();
    expect(await noSideScroll(nkPhone)).toBe(true);
    await nkPhone.getByTestId('devolution-inventory-NK-02.1').scrollIntoViewIfNeeded();
    await screenshot(nkPhone, 'devolution-inventory-2-phone-official');

    // Home Affairs (the focal unit): download, upload unchanged, upload a bad copy
    const before = await inventory();
    const ha = await t.open(desktop, { as: 'sonoivu@cantho.demo' });
    await ha.goto(`${t.base}/spaces/${space.id}`);
    const excel = ha.getByTestId('devolution-excel');
    await excel.getByTestId('devolution-excel-upload').waitFor();
    const [download] = await Promise.all([ha.waitForEvent('download'), excel.getByRole('link', { name: 'Tải về Excel' }).click()]);
    expect(download.suggestedFilename()).toBe('inventory-can-tho-phan-cap-2022.xlsx');
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const upload = async (page: typeof ha, files: string | { name: string; mimeType: string; buffer: Buffer }) => {
      const form = page.getByTestId('devolution-excel-upload');
      await form.getByLabel(/^Tệp Excel \(\.xlsx\)/).setInputFiles(files);
      await form.getByRole('button', { name: 'Tải lên Excel' }).click();
    };
    await upload(ha, file);
    await expect.poll(() => excel.getByTestId('devolution-excel-done').innerText(), poll).toBe('Đã nhập: 0 hoạt động mới, 0 hoạt động thay đổi, 0 hoạt động bị bỏ.');
    expect(await inventory()).toEqual(before);

    const bad = { name: 'phan-cap-sai.xlsx', mimeType: XLSX, buffer: await withStaff(readFileSync(file), 'NK-02.1', -3) };
    await upload(ha, bad);
    const problems = excel.getByTestId('import-problems').locator('tbody tr');
    await expect.poll(() => problems.count(), poll).toBe(1);
    expect(await problems.first().locator('td').allInnerTexts()).toEqual(['Trật tự đô thị', '2', 'K', 'Biên chế phải là một số không âm, không phải -3.']);
    expect(await excel.getByTestId('import-error').locator('.form__error').innerText()).toBe('Tệp phan-cap-sai.xlsx không được nhập vì có 1 lỗi ở 1 dòng; chưa có gì được ghi. Hãy sửa các dòng được liệt kê rồi nhập lại.');
    expect(await inventory()).toEqual(before);
    await excel.scrollIntoViewIfNeeded();
    await screenshot(ha, 'devolution-inventory-3-desktop-bad-file');

    const haPhone = await t.open(phone, { as: 'sonoivu@cantho.demo' });
    await haPhone.goto(`${t.base}/spaces/${space.id}`);
    await upload(haPhone, bad);
    await haPhone.getByTestId('import-problems').waitFor();
    expect(await noSideScroll(haPhone)).toBe(true);
    await haPhone.getByTestId('import-problems').scrollIntoViewIfNeeded();
    await screenshot(haPhone, 'devolution-inventory-4-phone-bad-file');
    expect(await inventory()).toEqual(before);
  });
});

/** The workbook with one activity's staff (column "Biên chế") set, found by its code in column A. */
async function withStaff(bytes: Buffer, code: string, staff: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const sheet of book.worksheets) {
    sheet.eachRow((row) => {
      if (row.getCell(1).value === code) row.getCell(11).value = staff;
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

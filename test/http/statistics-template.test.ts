// The plain statistics template through the API (app.inject, PGlite and PostgreSQL): downloaded as CSV and
// as .xlsx, filled in and sent back through the statistics import — stored, idempotent, audited, and a bad
// row refused with nothing stored. Figures: GRDP per capita, million VND, from
// the team's shared data folder, vn/gso_2011_2022_dstai/grdp/grdp_2020.csv (Cần Thơ 72,41; An Giang 46,64).
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { makeUser, signIn, type Session } from '../helpers/app';
import { rowsOf } from '../helpers/forums';
import { describeApp } from '../helpers/http';

describeApp('statistics template', {}, (t) => {
  let admin: Session;
  const upload = (name: string, bytes: Buffer) =>
    t.app.inject({ method: 'POST', url: `/api/indicators/statistics/import?name=${encodeURIComponent(name)}`, headers: { ...admin.headers, 'content-type': 'application/octet-stream' }, payload: bytes });
  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: admin.headers });

  beforeAll(async () => {
    await makeUser(t.database, 'quantri@example.vn', {}, 'administrator');
    admin = await signIn(t.app, 'quantri@example.vn');
  });

  it('downloads the CSV template: a header and a row per province; filled in, it imports once and then changes nothing', async () => {
    const download = await get('/api/indicators/statistics/template.csv');
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toMatch(/^text\/csv/);
    const lines = download.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(64);
    expect(lines[0]).toBe('Mã bộ số liệu (dataset key),Mã tỉnh GSO (province code),"Tỉnh, thành phố (province, chỉ để đọc / read only)",Năm (year),Giá trị (value),Sơ bộ: x (preliminary: x)');
    const filled = lines.map((line) => (line.startsWith(',92,') ? line.replace(/^,92,(.*),,,$/, 'gso.grdp-per-capita,92,$1,2020,72.41,') : line.startsWith(',89,') ? line.replace(/^,89,(.*),,,$/, 'gso.grdp-per-capita,89,$1,2020,"46,64",') : line));
    const body = Buffer.from(`\uFEFF${filled.join('\r\n')}\r\n`);
    const first = await upload('grdp-2020.csv', body);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ changed: true, datasets: [{ key: 'gso.grdp-per-capita', years: [2020], localities: 2, outcome: 'created' }] });
    const values = (await get('/api/indicators/statistics/gso.grdp-per-capita/2020')).json();
    const held = values.rows.filter((r: { value: number | null }) => r.value !== null);
    expect(held.map((r: { locality: { code: string }; value: number }) => [r.locality.code, r.value])).toEqual([['92', 72.41], ['89', 46.64]]);
    expect((await upload('grdp-2020.csv', body)).json()).toMatchObject({ changed: false, datasets: [{ outcome: 'unchanged' }] });
  });

  it('downloads the .xlsx template with the catalogue beside it; a filled sheet imports, a bad one is refused whole', async () => {
    const download = await get('/api/indicators/statistics/template.xlsx');
    expect(download.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(download.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Số liệu', 'Danh mục (datasets)']);
    const sheet = workbook.worksheets[0];
    const row = (code: string) => sheet.getRows(2, 63)!.find((r) => r.getCell(2).value === code)!;
    row('92').getCell(1).value = 'gso.grdp-per-capita';
    row('92').getCell(4).value = 2021;
    row('92').getCell(5).value = 73.93;
    row('89').getCell(1).value = 'gso.grdp-per-capita';
    row('89').getCell(4).value = 2021;
    row('89').getCell(5).value = 'không rõ';
    const bad = await upload('grdp-2021.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.problems).toEqual([expect.objectContaining({ sheet: 'Số liệu', column: 'E', en: '"không rõ" is not a number (a decimal point or comma, no thousands grouping).' })]);
    expect((await get('/api/indicators/statistics/gso.grdp-per-capita/2021')).statusCode).toBe(404);
    row('89').getCell(5).value = null;
    row('89').getCell(1).value = null;
    row('89').getCell(4).value = null;
    const good = await upload('grdp-2021.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(good.statusCode).toBe(200);
    expect(good.json().datasets[0]).toMatchObject({ key: 'gso.grdp-per-capita', years: [2021], localities: 1 });
    // each import that changed figures is audited: 2020 from the CSV above, then 2021 here
    const audited = await rowsOf<{ action: string; years: string }>(t, sql`select action, after->>'years' as years from audit_log where entity_id = 'gso.grdp-per-capita' order by id`);
    expect(audited).toEqual([{ action: 'statistics.import', years: '[2020]' }, { action: 'statistics.import', years: '[2021]' }]);
  });
});

// The inventory's Excel round trip over HTTP, on both storage kinds: export → import changes nothing (not a
// row, not an audit record); a workbook with bad rows is refused whole with every row listed (sheet, row,
// column, vi and en) and nothing stored; an edited workbook changes just what was edited; only
// coordinators import.
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { describeApp } from '../helpers/http';
import { devoTables, makeDevoWorld, type DevoRole, type DevoWorld } from '../helpers/devolution';

describeApp('decentralisation inventory in Excel', { clock: new Date('2026-12-04T03:00:00Z') }, (t) => {
  let w: DevoWorld;
  const url = (rest = '') => `/api/spaces/${w.spaceId}/devolution/inventory.xlsx${rest}`;
  const download = async (who: DevoRole = 'obs') => {
    const res = await t.app.inject({ method: 'GET', url: url(), headers: w.s[who].headers });
    expect(res.statusCode, res.body).toBe(200);
    return res.rawPayload;
  };
  const upload = (bytes: Buffer, who: DevoRole = 'fac') =>
    t.app.inject({ method: 'POST', url: url('?name=kiem-ke.xlsx'), headers: { ...w.s[who].headers, 'content-type': 'application/octet-stream' }, payload: bytes });
  const edit = async (bytes: Buffer, change: (wb: ExcelJS.Workbook) => void) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    change(wb);
    return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  };

  beforeAll(async () => {
    w = await makeDevoWorld(t, 'dx');
  });

  it('is exported one sheet per sector, in Vietnamese', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await download()) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Nội vụ', 'Xây dựng', 'Trật tự đô thị']);
    const sheet = wb.getWorksheet('Xây dựng')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Mã hoạt động / Activity code',
      'Đơn vị (mã) / Unit (code)',
      'Mã chức năng / Function code',
      'Chức năng / Function',
      'Hoạt động / Activity',
      'Loại hoạt động / Kind of activity',
      'Văn bản pháp lý / Legal document',
      'Điều khoản / Article',
      'Cấp hiện tại / Current level',
      'Khối lượng (hồ sơ/năm) / Workload (cases a year)',
      'Biên chế / Staff',
      'Ngân sách (triệu đồng/năm) / Budget (million VND a year)',
    ]);
    expect(sheet.getRow(2).values).toEqual([undefined, 'XD-01.1', 'so-xay-dung', 'XD-01', 'Cấp giấy phép xây dựng', 'Cấp giấy phép xây dựng nhà ở riêng lẻ', 'Tổ chức thực hiện', 'Luật Xây dựng 50/2014/QH13', 'Điều 103', 'Tỉnh/thành phố', 1200, 4, 800]);
  });

  it('reads a workbook headed in Vietnamese alone (as exports before 04/12/2026 were) or in English alone, changing nothing', async () => {
    const before = await devoTables(t);
    for (const keep of [(h: string) => h.split(' / ')[0], (h: string) => h.split(' / ')[1]]) {
      const bytes = await edit(await download(), (wb) => wb.worksheets.forEach((sheet) => sheet.getRow(1).eachCell((cell) => (cell.value = keep(String(cell.value))))));
      const res = await upload(bytes);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ added: 0, changed: 0, removed: 0 });
    }
    expect(await devoTables(t)).toBe(before);
  });

  it('export → import changes nothing', async () => {
    const before = await devoTables(t);
    const res = await upload(await download());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ added: 0, changed: 0, removed: 0 });
    expect(await devoTables(t)).toBe(before);
  });

  it('a workbook with bad rows is refused whole, every bad row listed, nothing stored', async () => {
    const bytes = await edit(await download(), (wb) => {
      const xd = wb.getWorksheet('Xây dựng')!;
      xd.getRow(2).getCell(10).value = -12; // negative workload
      xd.getRow(3).getCell(6).value = 'Bói toán'; // no such kind
      wb.getWorksheet('Trật tự đô thị')!.getRow(2).getCell(12).value = 'nhiều'; // not a number
      wb.getWorksheet('Nội vụ')!.name = 'Chiêm tinh'; // no such sector
    });
    const before = await devoTables(t);
    const res = await upload(bytes);
    expect(res.statusCode, res.body).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('devolution.bad_file');
    expect(error.vi).toBe('Tệp kiem-ke.xlsx không được nhập vì có 4 lỗi ở 4 dòng; chưa có gì được ghi. Hãy sửa các dòng được liệt kê rồi nhập lại.');
    expect(error.problems.map((p: any) => [p.sheet, p.row, p.column])).toEqual([
      ['Chiêm tinh', null, null],
      ['Xây dựng', 3, 'F'],
      ['Trật tự đô thị', 2, 'L'],
      ['Xây dựng', 2, 'J'],
    ]);
    expect(error.problems[3]).toMatchObject({ vi: 'Khối lượng (hồ sơ/năm) phải là một số không âm, không phải -12.', en: 'The workload (cases a year) must be a number of at least 0, not -12.' });
    expect(await devoTables(t)).toBe(before);
  });

  it('an edited workbook changes what was edited; a district level in the file is read by its Vietnamese name', async () => {
    const bytes = await edit(await download(), (wb) => {
      wb.getWorksheet('Xây dựng')!.getRow(2).getCell(10).value = 1500;
      wb.getWorksheet('Xây dựng')!.addRow(['XD-01.3', 'so-xay-dung', 'XD-01', 'Cấp giấy phép xây dựng', 'Thẩm định hồ sơ', 'Tổ chức thực hiện', 'Luật Xây dựng 50/2014/QH13', '', 'Huyện/quận', '1.200', 3, 400]);
    });
    const res = await upload(bytes);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ added: 1, changed: 1, removed: 0 });
    const list = (await t.app.inject({ method: 'GET', url: `/api/spaces/${w.spaceId}/devolution/activities`, headers: w.s.obs.headers })).json().activities;
    expect(list.find((a: any) => a.code === 'XD-01.3')).toMatchObject({ level: 'district', workload: 1200, sector: 'construction' });
    expect(list.find((a: any) => a.code === 'XD-01.1').workload).toBe(1500);
  });

  it('is imported by coordinators only', async () => {
    const bytes = await download();
    for (const who of ['sxd', 'obs'] as const) expect((await upload(bytes, who)).statusCode, who).toBe(403);
    expect((await upload(bytes, 'out')).statusCode).toBe(404);
    expect((await upload(bytes, 'focal')).statusCode).toBe(200);
  });

  it('bytes that are no workbook are refused in one sentence', async () => {
    const res = await upload(Buffer.from('không phải tệp Excel'));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('devolution.file_rejected');
  });
});

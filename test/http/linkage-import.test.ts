// Offers and needs through Excel, on both storage kinds: the template and export read by the region's
// people; an import by the coordinator (any member locality) or an official (their own locality's rows
// only; the 2025 province's official also its predecessors'), all-or-nothing with every bad row listed by
// sheet, row and column in Vietnamese and English, nothing stored on a refusal; importing the same file
// twice, or an export as it is, changes nothing; a workbook that would unpack past the limits refused
// before it is parsed. Expected rows and problems written by hand.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeApp } from '../helpers/http';
import { AG, CM, CT, KG, linkageTables, makeLinkageWorld, type LinkageRole, type LinkageWorld } from '../helpers/linkage';
import { bombSheet, xlsxParts, zipOf } from '../helpers/zip';

const MB = 1024 * 1024;
const SHEET = 'Đề xuất và nhu cầu';
const HEADERS = [
  'Mã (id; để trống cho dòng mới / blank for a new row)',
  'Loại (offer/need)',
  'Mã địa phương (locality id)',
  'Địa phương (chỉ để đọc / read only)',
  'Lĩnh vực (sector)',
  'Hình thức (kind)',
  'Nội dung',
  'Description (English)',
  'Quy mô 1–5 (size)',
  'Từ ngày (from) dd/mm/yyyy',
  'Đến ngày (to) dd/mm/yyyy',
  'Chỉ số minh chứng (index: PCI/PAPI/PGI)',
  'Chỉ tiêu (indicator)',
  'Năm chỉ số (year)',
];
type Row = (string | number | null)[];

async function workbook(rows: Row[], { headers = HEADERS, sheet = SHEET } = {}): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(sheet);
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

async function sheetRows(bytes: Buffer, name = SHEET): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: unknown[][] = [];
  book.getWorksheet(name)!.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

// id, direction, locality, name, sector, kind, vi, en, size, from, to, index, indicator, year
const port: Row = ['', 'offer', CT, '', 'logistics', 'facility', 'Cảng Cái Cui và kho lạnh', 'Cái Cui port and cold storage', 4, '01/01/2026', '31/12/2027', '', '', null];
const riceNeed: Row = ['', 'nhu cầu', AG, '', 'Logistics', 'cơ sở vật chất', 'Cảng để xuất khẩu gạo', null, '3', '', '', '', '', null];
const training: Row = ['', 'need', KG, '', 'human-resources', 'capacity', 'Lao động qua đào tạo', 'Trained workers', '2,5', '', '', 'PCI', 'labour-training', 2016];

describeApp('offers and needs through Excel', { clock: new Date('2026-12-04T03:00:00Z') }, (t) => {
  let w: LinkageWorld;
  const url = (rest: string) => `/api/spaces/${w.spaceId}/linkage/intents${rest}`;
  const get = (who: LinkageRole, rest: string) => t.app.inject({ method: 'GET', url: url(rest), headers: w.s[who].headers });
  const upload = (who: LinkageRole, bytes: Buffer, name = 'de-xuat.xlsx') =>
    t.app.inject({ method: 'POST', url: url(`/import?name=${encodeURIComponent(name)}`), headers: { ...w.s[who].headers, 'content-type': 'application/octet-stream' }, payload: bytes });
  const listed = async () => (await get('obs', '')).json().intents.map((i: any) => [i.direction, i.locality.id, i.sector, i.kind, i.text.vi, i.size]);
  const refusedFile = async (who: LinkageRole, bytes: Buffer) => {
    const before = await linkageTables(t);
    const res = await upload(who, bytes);
    expect(res.statusCode, res.body).toBe(400);
    expect(await linkageTables(t)).toBe(before);
    return res.json().error;
  };

  beforeAll(async () => {
    w = await makeLinkageWorld(t, 'xl');
  });

  it('gives the template (header row, a guide to the codes) and the export to readers, not to outsiders', async () => {
    const res = await get('obs', '/template.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const rows = await sheetRows(res.rawPayload);
    expect(rows).toEqual([HEADERS]);
    const guide = (await sheetRows(res.rawPayload, 'Hướng dẫn')).map((r) => r.slice(0, 3).join(' | '));
    expect(guide).toContain('Lĩnh vực (sector) | flood-salinity | Ứng phó lũ và xâm nhập mặn');
    expect(guide).toContain('Mã địa phương (locality id) | vn63:91 | Kiên Giang (từ 1/7/2025: An Giang)');
    expect((await get('out', '/template.xlsx')).statusCode).toBe(404);
    expect((await get('out', '/export.xlsx')).statusCode).toBe(404);
  });

  it('imports the coordinator’s sheet for any member locality; the same file again, or the export as it is, changes nothing', async () => {
    const file = await workbook([port, riceNeed, training]);
    const res = await upload('coord', file);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ created: 3, updated: 0, unchanged: 0 });
    // Listed offers first, then needs by locality id (vn63:89 An Giang before vn63:91 Kiên Giang).
    expect(await listed()).toEqual([
      ['offer', CT, 'logistics', 'facility', 'Cảng Cái Cui và kho lạnh', 4],
      ['need', AG, 'logistics', 'facility', 'Cảng để xuất khẩu gạo', 3],
      ['need', KG, 'human-resources', 'capacity', 'Lao động qua đào tạo', 2.5],
    ]);
    const kg = (await get('obs', '')).json().intents[2];
    expect(kg).toMatchObject({ evidence: { index: 'PCI', indicator: 'labour-training', year: 2016 }, text: { en: 'Trained workers' } });
    expect((await get('obs', '')).json().intents[0]).toMatchObject({ startsOn: '2026-01-01', endsOn: '2027-12-31' });

    const before = await linkageTables(t);
    expect((await upload('coord', file)).json()).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(await linkageTables(t)).toBe(before);

    const exported = await get('obs', '/export.xlsx');
    expect(exported.statusCode).toBe(200);
    const rows = await sheetRows(exported.rawPayload);
    expect(rows[0]).toEqual(HEADERS);
    expect(rows[1].slice(1, 11)).toEqual(['offer', CT, 'Cần Thơ', 'logistics', 'facility', 'Cảng Cái Cui và kho lạnh', 'Cái Cui port and cold storage', 4, '01/01/2026', '31/12/2027']);
    expect((await upload('coord', exported.rawPayload)).json()).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(await linkageTables(t)).toBe(before);
  });

  it('changes a row by its id, and an official imports only their own locality’s rows', async () => {
    const exported = await sheetRows((await get('ct', '/export.xlsx')).rawPayload);
    const ctRow = exported[1].map((v) => (v === undefined ? null : v)) as Row;
    const bigger: Row = [...ctRow];
    bigger[8] = 5;
    bigger[6] = 'Cảng Cái Cui, kho lạnh và bến thủy nội địa';
    expect((await upload('ct', await workbook([bigger]))).json()).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect((await listed())[0]).toEqual(['offer', CT, 'logistics', 'facility', 'Cảng Cái Cui, kho lạnh và bến thủy nội địa', 5]);

    const agRow = exported[2].map((v) => (v === undefined ? null : v)) as Row;
    const error = await refusedFile('ct', await workbook([bigger, agRow, ['', 'offer', AG, '', 'rice', 'market', 'Đầu mối lúa', null, 5, '', '', '', '', null]]));
    expect(error.code).toBe('linkage.bad_file');
    expect(error.problems.map((p: any) => [p.sheet, p.row, p.column])).toEqual([[SHEET, 3, 'C'], [SHEET, 4, 'C']]);
    expect(error.problems[0].vi).toBe(`bạn không được sửa đề xuất và nhu cầu của ${AG}`);
    expect(error.vi).toBe('Tệp de-xuat.xlsx không được nhập vì có 2 lỗi ở 2 dòng; chưa có gì được ghi. Hãy sửa các dòng được liệt kê rồi nhập lại.');
    expect(error.en).toBe('de-xuat.xlsx was not imported because of 2 problems in 2 rows; nothing was stored. Correct the rows listed and import it again.');
    // The 2025 An Giang's official speaks for Kiên Giang too.
    const kgOffer: Row = ['', 'offer', KG, '', 'tourism', 'expertise', 'Du lịch biển đảo Phú Quốc', null, 2, '', '', '', '', null];
    expect((await upload('agNew', await workbook([kgOffer]))).json()).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect((await upload('ag', await workbook([kgOffer]))).statusCode, "An Giang's pre-2025 official is not Kiên Giang's").toBe(400);
  });

  it('lets no observer import, and tells an outsider the region does not exist', async () => {
    const file = await workbook([port]);
    expect((await upload('obs', file)).statusCode).toBe(403);
    expect((await upload('out', file)).statusCode).toBe(404);
  });

  describe('bad files', () => {
    it('lists every bad row with its column, and stores none of the good ones', async () => {
      const error = await refusedFile(
        'coord',
        await workbook([
          ['', 'offer', CM, '', 'aquaculture', 'expertise', 'Mô hình tôm – rừng', null, 4, '', '', '', '', null],
          ['', 'tặng', CT, '', 'vu-tru', 'facility', 'Tàu vũ trụ', null, 7, '31/02/2026', '', '', '', null],
          ['', 'need', 'vn63:01', '', 'rice', 'market', 'Thị trường lúa', null, 2, '', '', '', '', null],
          ['', 'need', 'vn63:99', '', 'rice', 'market', 'Thị trường lúa', null, 2, '', '', '', '', null],
          ['', 'need', CT, '', 'rice', 'market', '', null, 2, '01/06/2026', '01/01/2026', '', '', null],
          ['', 'need', CT, '', 'rice', 'market', 'Thị trường lúa', null, 2, '01/01/2026', '01/06/2026', 'VCI', '', null],
          ['', 'need', CT, '', 'rice', 'market', 'Thị trường lúa', null, 2, '01/01/2026', '01/06/2026', 'PCI', 'dao-tao', 2016],
          ['', 'need', CT, '', 'rice', 'market', 'Lúa gạo', null, 2, '01/06/2026', '01/01/2026', '', '', null],
        ]),
      );
      expect(error.problems.map((p: any) => [p.row, p.column, p.en])).toEqual([
        [3, 'B', 'the kind of row "tặng" must be offer or need'],
        [3, 'E', 'there is no sector "vu-tru" in the list'],
        [3, 'I', 'the size "7" must be a number from 1 to 5'],
        [3, 'J', '"31/02/2026" is not a date (dd/mm/yyyy)'],
        [4, 'C', 'The locality Hà Nội (vn63:01) is not a member of this region.'],
        [5, 'C', 'There is no locality "vn63:99" (use vn63:… for the 63 provinces before 1 July 2025, vn34:… for the 34 since).'],
        [6, 'G', 'the description is missing'],
        [7, 'L', 'the index "VCI" must be PCI, PAPI or PGI'],
        [8, 'M', 'PCI has no indicator "dao-tao" (2016); use "score" for the headline score or a sub-index key, e.g. PCI\'s labour-training.'],
        [9, 'K', 'The end date 2026-01-01 is before the start date 2026-06-01.'],
      ]);
      expect(error.problems[0].vi).toBe('loại "tặng" phải là offer (đề xuất) hoặc need (nhu cầu)');
      expect(error.problems.every((p: any) => p.sheet === SHEET)).toBe(true);
    });

    it('names a missing column, a missing sheet and two rows claiming one stored offer', async () => {
      const noSize = await refusedFile('coord', await workbook([port.slice(0, 8)], { headers: HEADERS.slice(0, 8) }));
      expect(noSize.problems).toEqual([{ sheet: SHEET, row: 1, column: null, vi: 'thiếu cột "Quy mô 1–5 (size)"', en: 'the column "Quy mô 1–5 (size)" is missing' }]);
      const noSheet = await refusedFile('coord', await workbook([port], { sheet: 'Sheet1' }));
      expect(noSheet.problems[0]).toMatchObject({ row: null, en: `there is no sheet "${SHEET}"` });
      const twice = await refusedFile('coord', await workbook([riceNeed, riceNeed]));
      expect(twice.problems.map((p: any) => [p.row, p.en])).toEqual([[3, 'this row repeats the offer or need of row 2']]);
    });

    it('refuses what is no workbook, and a workbook that would unpack past the limits before parsing it', async () => {
      const notXlsx = await refusedFile('coord', Buffer.from('Mã,Loại\r\n,offer\r\n'));
      expect(notXlsx.code).toBe('linkage.file_rejected');
      expect(notXlsx.vi).toBe('Tệp de-xuat.xlsx không được nhập: de-xuat.xlsx không phải bảng tính .xlsx đọc được.');
      const before = await linkageTables(t);
      const bomb = await upload('coord', zipOf(xlsxParts(await bombSheet(12 * MB))));
      expect(bomb.statusCode).toBe(413);
      expect(bomb.json().error).toMatchObject({ code: 'upload.ratio_too_high', vi: 'Phần "xl/worksheets/sheet1.xml" trong tệp de-xuat.xlsx bị nén 1017 lần, vượt giới hạn 100 lần.' });
      expect(await linkageTables(t)).toBe(before);
    });
  });
});

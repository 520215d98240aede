// The Cần Thơ demo exercise as files: the PDF read back with pdftotext (Vietnamese composed, NFC), the
// Word report opened and converted by LibreOffice, and the workbook read back with exceljs against the
// numbers the API gives.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadDemo } from '../../src/modules/demo/demo.seed';
import { signIn, type Session } from '../helpers/app';
import { describeApp } from '../helpers/http';

const pdfText = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8');

describeApp('reports of a priority exercise', { config: { demo: true } }, (t) => {
  let session: Session;
  let id = '';
  let work = '';

  beforeAll(async () => {
    await loadDemo(t.database.db, new Date('2024-07-01T03:00:00Z'));
    session = await signIn(t.app, 'sotnmt@cantho.demo', 'doithoai-demo');
    const spaces = (await t.app.inject({ method: 'GET', url: '/api/spaces', headers: session.headers })).json().spaces;
    const canTho = spaces.find((x: { slug: string }) => x.slug === 'can-tho-uu-tien-2024');
    id = (await t.app.inject({ method: 'GET', url: `/api/spaces/${canTho.id}/priority-exercises`, headers: session.headers })).json().exercises[0].id;
    work = mkdtempSync(path.join(tmpdir(), 'doithoai-priorities-'));
  });
  afterAll(async () => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const download = async (kind: 'pdf' | 'docx' | 'xlsx') => {
    const res = await t.app.inject({ method: 'GET', url: `/api/priority-exercises/${id}/report.${kind}`, headers: session.headers });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-disposition']).toContain(`.${kind}`);
    const file = path.join(work, `report.${kind}`);
    writeFileSync(file, res.rawPayload);
    return file;
  };

  it('writes a PDF whose text is correct, composed Vietnamese', async () => {
    const text = pdfText(await download('pdf'));
    expect(text.normalize('NFC')).toBe(text);
    const flat = text.replace(/\s+/g, ' ');
    for (const phrase of ['Xếp thứ tự tám lĩnh vực ưu tiên của Cần Thơ năm 2024', 'Khoảng cách bằng chứng', 'Cần Thơ', 'Mức ủng hộ của các bên', 'Trọng số AHP của', 'Độ nhạy của trọng số', 'Khả năng chấp nhận hạng', 'Biểu đồ điểm', 'Trần Văn Minh', 'Cải cách thủ tục hành chính']) {
      expect(flat).toContain(phrase);
    }
    expect(flat).toMatch(/CR kết hợp = 0,0\d\d/);
  });

  it('writes a Word report that LibreOffice opens and converts', async () => {
    const docx = await download('docx');
    if (!existsSync('/usr/bin/libreoffice') && spawnSync('which', ['libreoffice']).status !== 0) {
      throw new Error('LibreOffice is not installed: install libreoffice-writer-nogui (scripts/test-tools.mjs does so as root) to check that the Word report opens.');
    }
    const profile = `file://${path.join(work, 'lo-profile')}`;
    const run = spawnSync('libreoffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], { encoding: 'utf8', timeout: 180_000 });
    const converted = path.join(work, 'report.pdf');
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(existsSync(converted)).toBe(true);
    const flat = pdfText(converted).replace(/\s+/g, ' ');
    for (const phrase of ['Khoảng cách bằng chứng', 'Cần Thơ', 'Kịch bản: Trọng số AHP', 'Vì sao mỗi phương án ở thứ hạng đó']) expect(flat).toContain(phrase);
    // What each area's evidence gap rests on; transport on PAPI's basic infrastructure alone, said so.
    expect(flat).toContain('Khoảng cách bằng chứng dựa trên số liệu nào');
    expect(flat).toContain('Giao thông, đô thị: 1 số liệu (0 thống kê đo trực tiếp, 1 chỉ số quản trị), năm 2024 — CHỈ DỰA VÀO CHỈ SỐ QUẢN TRỊ');
  }, 240_000);

  it('writes a workbook with the weights and scores the API gives', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(await download('xlsx')) as unknown as ExcelJS.Buffer);
    const judgments = (await t.app.inject({ method: 'GET', url: `/api/priority-exercises/${id}/judgments`, headers: session.headers })).json();
    const results = (await t.app.inject({ method: 'GET', url: `/api/priority-exercises/${id}/results`, headers: session.headers })).json();

    const weights = workbook.getWorksheet('Trọng số AHP')!;
    const header = (weights.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(3)).toEqual(judgments.criteria);
    const combined = weights.getRow(5).values as unknown[];
    expect(combined[1]).toBe('Kết hợp (trung bình nhân)');
    judgments.criteria.forEach((k: string, i: number) => expect(combined[4 + i]).toBeCloseTo(judgments.combined.weights[k], 12));
    const names = [2, 3, 4].map((r) => weights.getRow(r).getCell(1).value);
    expect(names.sort()).toEqual(judgments.officials.map((o: { name: string }) => o.name).sort());

    const ahp = results.scenarios[0];
    const sheet = workbook.getWorksheet('Kết quả ahp')!;
    for (let r = 2; r <= 9; r++) {
      const row = sheet.getRow(r);
      const key = row.getCell(2).value as string;
      expect(row.getCell(1).value).toBe(r - 1);
      expect(key).toBe(ahp.ranking[r - 2]);
      expect(row.getCell(4).value).toBeCloseTo(ahp.scores[key], 12);
    }
    const matrix = workbook.getWorksheet('Ma trận')!;
    expect(matrix.getRow(2).getCell(2).value).toBe('Phát triển, tăng trưởng kinh tế địa phương');
    expect(matrix.getRow(2).getCell(3).value).toBeCloseTo(results.matrix.values[0][0], 12);
  });
});

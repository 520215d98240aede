// A scenario's Word report from real rows, on both storage kinds: the file opens in LibreOffice and its PDF
// reads back (pdftotext) in composed Vietnamese with the inventory summary, the moves, the per-level tables,
// the capacity check, the roadmap and the review status. Expected figures by hand from the helper's
// inventory (test/helpers/devolution.ts): XD-01.1 1.200 cases/4 staff/800, XD-01.2 300/2/500 (both province,
// construction), NK-01.1 2.500/6/900 (district, urban order), NV-01.1 150/3/300 (province, home affairs).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeApp } from '../helpers/http';
import { makeDevoWorld, type DevoWorld } from '../helpers/devolution';

const dir = mkdtempSync(path.join(tmpdir(), 'doithoai-devolution-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pdfText = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8').replace(/\s+/g, ' ');
const squeezed = (s: string) => s.replace(/\s+/g, '');

describeApp('decentralisation scenario report', { clock: new Date('2026-12-04T03:00:00Z') }, (t) => {
  let w: DevoWorld;
  let scenarioId: string;

  beforeAll(async () => {
    w = await makeDevoWorld(t, 'dr');
    const send = (who: 'fac' | 'sxd', url: string, payload?: object) => t.app.inject({ method: 'POST', url: `/api/spaces/${w.spaceId}/devolution${url}`, headers: w.s[who].headers, payload });
    expect((await send('sxd', '/reviews/so-xay-dung/sign-off')).statusCode).toBe(204);
    const move = (activity: string, phase: string, date: string, investment: number) => ({ activity, to: 'commune', rationale: 'Gần dân hơn', phase, date, investment });
    const res = await send('fac', '/scenarios', {
      key: 'hai-cap-2025',
      name: { vi: 'Chính quyền hai cấp 2025', en: 'Two-tier local government 2025' },
      date: '2025-07-01',
      moves: [move('XD-01.1', 'Giai đoạn 1', '2025-07-01', 1500), move('NK-01.1', 'Giai đoạn 1', '2025-07-01', 500), move('XD-01.2', 'Giai đoạn 2', '2026-01-01', 250)],
    });
    expect(res.statusCode, res.body).toBe(201);
    scenarioId = res.json().id;
  });

  // pdftotext reads a table column by column, so the checks are a column's cells or a single cell
  const expected = [
    'Báo cáo kịch bản phân cấp: Chính quyền hai cấp 2025',
    'Ngày áp dụng: 01/07/2025. Số hoạt động chuyển cấp: 3.',
    // 1. summary by level (province, district, commune, total): functions 2, 1, 0, 3; cases 1.650, 2.500, 0, 4.150
    '3 chức năng, 4 hoạt động thuộc 3 lĩnh vực: Nội vụ; Xây dựng; Trật tự đô thị.',
    'Chức năng 2 1 0 3',
    'Khối lượng (hồ sơ/năm) 1.650 2.500 0 4.150',
    // 2. moves, with their rationale
    'Cấp giấy phép xây dựng nhà ở riêng lẻ (Xây dựng)',
    'Gần dân hơn',
    // 3. per level × sector: commune construction 0 → 1.500 cases (1.200 + 300), 0 → 6 staff; the district's 2.500 → 0
    '0 → 1.500',
    '2.500 → 0',
    // capacity at the commune: nothing before; after (1.200 + 300 + 2.500) / (4 + 2 + 6) = 333,3
    '— 333,3',
    // 4. roadmap: phase 1 = 1.500 + 500 = 2.000, phase 2 = 250
    'XD-01.1, NK-01.1',
    '2.000 250',
    'Tổng vốn đầu tư: 2.250 triệu đồng.',
    // 5. review status
    'Chưa rà soát Đã ký xác nhận Chưa rà soát Chưa rà soát',
    '04/12/2026',
    'Chưa ký xác nhận: Sở Nội vụ; UBND quận Ninh Kiều; UBND phường An Khánh.',
  ];

  it('comes as a Word file that LibreOffice opens, reading back in composed Vietnamese', { timeout: 180_000 }, async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/spaces/${w.spaceId}/devolution/scenarios/${scenarioId}/report.docx`, headers: w.s.obs.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('phan-cap-hai-cap-2025.docx');
    const file = path.join(dir, `phan-cap-${t.kind}.docx`);
    writeFileSync(file, res.rawPayload);
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'pipe', timeout: 120_000 });
    const text = pdfText(file.replace(/\.docx$/, '.pdf'));
    expect(text.normalize('NFC')).toBe(text);
    for (const line of expected) expect(squeezed(text), line).toContain(squeezed(line));
  });

  // ?lang=en: the same figures the English way (1,650; 333.3), the report's words, levels, sectors, statuses and
  // the names given in English in English; activity names, rationales and phases as typed (Vietnamese)
  const english = [
    'Decentralisation scenario report: Two-tier local government 2025',
    'Effective date: 01/07/2025. Activities moved: 3.',
    '3 functions, 4 activities in 3 sectors: Home affairs; Construction; Urban order.',
    'Province/city District Commune/ward Total',
    'Workload (cases a year) 1,650 2,500 0 4,150',
    'Cấp giấy phép xây dựng nhà ở riêng lẻ (Construction)',
    '0 → 1,500',
    '2,500 → 0',
    // the capacity table's columns are read apart in English: the sentence and the commune's 333.3 after
    'Capacity check: workload per staff member at each receiving level, before and after the moves.',
    '333.3',
    '2,000 250',
    'Total investment: 2,250 million đồng.',
    'Not started Signed off Not started Not started',
    'Not yet signed off: Department of Home Affairs; Ninh Kiều district; An Khánh ward.',
    'Made with Đối Thoại on 04/12/2026.',
  ];

  it('comes in English with lang=en, and refuses a language it does not have', { timeout: 180_000 }, async () => {
    const url = `/api/spaces/${w.spaceId}/devolution/scenarios/${scenarioId}/report.docx`;
    const res = await t.app.inject({ method: 'GET', url: `${url}?lang=en`, headers: w.s.obs.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('phan-cap-hai-cap-2025-en.docx');
    const file = path.join(dir, `phan-cap-en-${t.kind}.docx`);
    writeFileSync(file, res.rawPayload);
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'pipe', timeout: 120_000 });
    const text = pdfText(file.replace(/\.docx$/, '.pdf'));
    expect(text.normalize('NFC')).toBe(text);
    for (const line of english) expect(squeezed(text), line).toContain(squeezed(line));
    expect(text).not.toContain('Báo cáo kịch bản');
    const fr = await t.app.inject({ method: 'GET', url: `${url}?lang=fr`, headers: w.s.obs.headers });
    expect(fr.statusCode).toBe(400);
  });

  it('is not given to an outsider', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/spaces/${w.spaceId}/devolution/scenarios/${scenarioId}/report.docx`, headers: w.s.out.headers });
    expect(res.statusCode).toBe(404);
  });
});

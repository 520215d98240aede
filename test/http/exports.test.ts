// Files officials hand on and halls print, end to end through HTTP: invitation cards read back with
// pdftotext (and one QR code decoded from the rendered page), the results workbook read back with
// exceljs, the Word report and the open-data archive unzipped. Expected figures are counted by hand
// from the ballots cast here.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitationCardsPdf } from '../../src/modules/consultations/exports/invitation-cards.pdf';
import { adminHeaders, makeUser, signIn } from '../helpers/app';
import { castBallot, clusterConferenceSpec, openConsultation } from '../helpers/consultation';
import { describeApp } from '../helpers/http';
import { decodeFirstQr, readPgm } from '../helpers/qr-decode';

const TITLE = 'Hội nghị cụm: khuyến nghị ưu tiên';
const HOST = 'hoi-nghi.example.vn:8080';

describeApp('exports of a consultation', {}, (t) => {
  let id: string;
  let work: string;
  const cards: { pdf: Buffer; text: string; urls: string[] }[] = [];
  const receipts: string[] = [];

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'doithoai-exports-'));
    // The title arrives decomposed (NFD), as some keyboards send it; every export must carry it composed.
    const spec = clusterConferenceSpec({
      title: { vi: TITLE.normalize('NFD'), en: 'Cluster conference: priority recommendations' },
      groups: [
        { key: 'citizens', title: { vi: 'Người dân', en: 'Citizens' } },
        { key: 'officials', title: { vi: 'Cán bộ', en: 'Officials' } },
      ],
      illustrative: true,
      // Clusters and groups of 3 and 2 ballots: shown only because the minimum is set at 2 (withholding: ballot-secrecy.test.ts).
      minGroupSize: 2,
    });
    ({ id } = await openConsultation(t.app, spec, { count: 1, cluster: 'dong-bac' }));
    for (const [count, cluster, group] of [[3, 'dong-bac', 'citizens'], [2, 'tay-nam-bo', 'officials']] as const) {
      const res = await t.app.inject({ method: 'POST', url: `/api/consultations/${id}/invitations.pdf`, headers: { ...adminHeaders, host: HOST }, payload: { count, cluster, group } });
      expect(res.statusCode).toBe(201);
      const file = path.join(work, `cards-${cluster}.pdf`);
      writeFileSync(file, res.rawPayload);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8');
      cards.push({ pdf: res.rawPayload, text, urls: [...text.matchAll(/http:\/\/hoi-nghi\.example\.vn:8080\/vote\/[A-Za-z0-9_-]+/g)].map((m) => m[0]) });
    }
  });
  afterAll(async () => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const tokenOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);
  const get = (url: string, headers: Record<string, string> = adminHeaders) => t.app.inject({ method: 'GET', url, headers });

  it('prints one card per invitation, with the Vietnamese title, whom it is for and a working address', async () => {
    const [east, south] = cards;
    expect(east.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(east.text).toContain(TITLE);
    expect(east.text).toContain('Cụm Đông Bắc · Người dân');
    expect(south.text).toContain('Cụm Tây Nam Bộ · Cán bộ');
    // the instruction wraps in its narrow column
    expect(east.text.replace(/\s+/g, ' ')).toContain('Quét mã để bỏ phiếu — mỗi mã dùng một lần');
    expect(east.urls).toHaveLength(3);
    expect(south.urls).toHaveLength(2);
    expect(new Set([...east.urls, ...south.urls]).size).toBe(5);
    for (const url of [...east.urls, ...south.urls]) {
      const page = await t.app.inject({ method: 'GET', url: `/vote/${tokenOf(url)}` });
      expect(page.statusCode).toBe(200);
    }
  });

  it('draws QR codes that decode to the printed addresses', () => {
    const [east] = cards;
    execFileSync('pdftoppm', ['-gray', '-r', '200', '-f', '1', '-l', '1', path.join(work, 'cards-dong-bac.pdf'), path.join(work, 'page')]);
    const image = readPgm(readFileSync(path.join(work, 'page-1.pgm')));
    // the sheet holds eight cards, two across and four down: a phone frames the first one
    const decoded = decodeFirstQr(image, { left: 0, top: 0, width: 0.5, height: 0.25 });
    expect(east.urls).toContain(decoded);
  });

  it('prints each address whole on one line, even where a token has hyphens', async () => {
    const urls = ['http://tham-van.example.vn/vote/dqYcTTbWV-pPtwBZdjuWZ1', 'https://tham-van.dongthap.gov.vn:8443/vote/a-b-c-d-e-f-g-h-i-j-k-l'];
    const file = path.join(work, 'hyphens.pdf');
    writeFileSync(file, await invitationCardsPdf({ title: { vi: TITLE, en: 'Cluster conference' }, audience: null, urls, createdAt: new Date(0) }));
    const lines = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8').split('\n').map((l) => l.trim());
    for (const url of urls) expect(lines).toContain(url);
  });

  it('names the files, and keeps invitation cards to facilitators and unpublished results to those with a role', async () => {
    const stranger = { host: HOST };
    expect((await t.app.inject({ method: 'POST', url: `/api/consultations/${id}/invitations.pdf`, headers: stranger, payload: { count: 1 } })).statusCode).toBe(401);
    await makeUser(t.database, 'citizen@example.vn');
    const citizen = await signIn(t.app, 'citizen@example.vn');
    expect((await t.app.inject({ method: 'POST', url: `/api/consultations/${id}/invitations.pdf`, headers: { ...citizen.headers, host: HOST }, payload: { count: 1 } })).statusCode).toBe(403);
    // a thousand cards is a big hall; more is a mistake, and nothing is made
    expect((await t.app.inject({ method: 'POST', url: `/api/consultations/${id}/invitations.pdf`, headers: adminHeaders, payload: { count: 1001 } })).statusCode).toBe(400);
    for (const file of ['results.xlsx', 'results.docx', 'open-data.zip']) expect((await get(`/api/consultations/${id}/${file}`, {})).statusCode).toBe(401);

    const xlsx = await get(`/api/consultations/${id}/results.xlsx`);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.headers['content-disposition']).toBe(`attachment; filename="ket-qua-${id}.xlsx"`);
    expect((await get(`/api/consultations/${id}/results.docx`)).headers['content-disposition']).toBe(`attachment; filename="ket-qua-${id}.docx"`);
    expect((await get(`/api/consultations/${id}/open-data.zip`)).headers['content-type']).toBe('application/zip');
  });

  describe('after the cluster conferences voted', () => {
    // Counted by hand: r1 4, r2 2, r3 1, r4 1, r5 2, r6 2; Đông Bắc (citizens) r1 3, r2 2, r3 1, r4 1;
    // Tây Nam Bộ (officials) r1 1, r5 2, r6 2. Ranks: r1 first, r2 r5 r6 tied second, r3 r4 tied fifth.
    const picks = [['r1', 'r2'], ['r1', 'r3', 'r4'], ['r2', 'r1'], ['r5', 'r6', 'r1'], ['r5', 'r6']];
    const expected = {
      r1: { rank: 1, score: 4, east: 3, south: 1 },
      r2: { rank: 2, score: 2, east: 2, south: 0 },
      r3: { rank: 5, score: 1, east: 1, south: 0 },
      r4: { rank: 5, score: 1, east: 1, south: 0 },
      r5: { rank: 2, score: 2, east: 0, south: 2 },
      r6: { rank: 2, score: 2, east: 0, south: 2 },
    };
    beforeAll(async () => {
      const urls = [...cards[0].urls, ...cards[1].urls];
      for (const [i, approve] of picks.entries()) {
        const res = await castBallot(t.app, id, { token: tokenOf(urls[i]), approve });
        expect(res.statusCode).toBe(201);
        receipts.push(res.json().receipt);
      }
      await t.app.inject({ method: 'POST', url: `/api/consultations/${id}/close`, headers: adminHeaders });
    });

    it('fills the workbook with the counts cast, per cluster and group, how they were made, and the ballots', async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await get(`/api/consultations/${id}/results.xlsx`)).rawPayload as unknown as ExcelJS.Buffer);
      expect(workbook.worksheets.map((s) => s.name)).toEqual(['Kết quả', 'Theo cụm', 'Theo nhóm', 'Phương pháp', 'Phiếu']);

      const ranking = rows(workbook.getWorksheet('Kết quả')!).slice(1);
      expect(ranking.map((r) => r[2])).toEqual(['r1', 'r2', 'r5', 'r6', 'r3', 'r4']);
      for (const [, rank, key, vi, en, score] of ranking) {
        const n = Number(String(key).slice(1));
        expect({ rank, score, vi, en }).toEqual({ ...pick(expected[key as keyof typeof expected], 'rank', 'score'), vi: `Khuyến nghị ${n}`, en: `Recommendation ${n}` });
      }

      const clusters = rows(workbook.getWorksheet('Theo cụm')!);
      expect([clusters[0][4], clusters[0][6]]).toEqual(['Cụm Đông Bắc', 'Cụm Tây Nam Bộ']);
      for (const row of clusters.slice(2, -1)) {
        const e = expected[row[2] as keyof typeof expected];
        expect([row[4], row[6]]).toEqual([e.east, e.south]);
      }
      expect(clusters.at(-1)!.slice(3, 7)).toEqual(['Số phiếu', 3, null, 2]);
      const groups = rows(workbook.getWorksheet('Theo nhóm')!);
      expect([groups[0][4], groups[0][6]]).toEqual(['Người dân', 'Cán bộ']);
      expect(groups.at(-1)!.slice(3, 7)).toEqual(['Số phiếu', 3, null, 2]);

      const method = Object.fromEntries(rows(workbook.getWorksheet('Phương pháp')!).map((r) => [r[1], r[2]]));
      expect(method['Số phiếu']).toBe(5);
      expect(method['Cuộc tham vấn']).toBe(TITLE);
      expect(method['Phương pháp đếm']).toContain('approval');
      expect(method['Ngày xuất']).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      expect(method['Lưu ý']).toContain('Dữ liệu minh họa');

      // As in ballots.csv: sorted by content, one breakdown per ballot (the group, as this consultation has groups), no receipts.
      const ballots = rows(workbook.getWorksheet('Phiếu')!);
      expect(ballots[0].slice(1)).toEqual(['Nhóm (group)', 'Cụm (cluster)', 'Lựa chọn (choice)']);
      expect(ballots.slice(1).map((b) => [b[1], b[2] ?? null])).toEqual([...Array(3).fill(['citizens', null]), ...Array(2).fill(['officials', null])]);
      expect(ballots.slice(1).map((b) => JSON.parse(String(b[3])).approve)).toEqual([['r1', 'r2'], ['r1', 'r3', 'r4'], ['r2', 'r1'], ['r5', 'r6', 'r1'], ['r5', 'r6']]);
      expect(JSON.stringify(ballots)).not.toContain(receipts[0]);
      const digest = (await get(`/api/consultations/${id}/ballots.csv`)).headers['x-ballots-digest'];
      expect(method['Mã kiểm tra danh sách phiếu (SHA-256)']).toBe(digest);
    });

    it('writes a Word report with the composed Vietnamese title, the illustrative notice and, when asked, stability', async () => {
      const res = await get(`/api/consultations/${id}/results.docx?stability=200`);
      expect(res.statusCode).toBe(200);
      const xml = strFromU8(unzipSync(new Uint8Array(res.rawPayload))['word/document.xml']);
      expect(xml).toContain(TITLE);
      expect(xml).not.toContain(TITLE.normalize('NFD'));
      expect(xml).toContain('Dữ liệu minh họa');
      expect(xml).toContain('Cụm Tây Nam Bộ (2 phiếu)');
      expect(xml).toContain('Lấy mẫu lại 200 lần');
      const plain = strFromU8(unzipSync(new Uint8Array((await get(`/api/consultations/${id}/results.docx`)).rawPayload))['word/document.xml']);
      expect(plain).not.toContain('Lấy mẫu lại');
    });

    it('packs the open data: the same ballots file, the results with breakdowns, the spec and a README', async () => {
      const files = unzipSync(new Uint8Array((await get(`/api/consultations/${id}/open-data.zip`)).rawPayload));
      expect(Object.keys(files).sort()).toEqual(['README.txt', 'ballots.csv', 'consultation.json', 'results.json']);
      expect(strFromU8(files['ballots.csv'])).toBe((await get(`/api/consultations/${id}/ballots.csv`)).body);
      const results = JSON.parse(strFromU8(files['results.json']));
      expect(results.method).toBe('approval');
      expect(results.scores).toEqual(mapOf(expected, (e) => e.score));
      expect(results.byCluster['dong-bac'].scores).toEqual(mapOf(expected, (e) => e.east));
      expect(results.byGroup.officials.scores).toEqual(mapOf(expected, (e) => e.south));
      const spec = JSON.parse(strFromU8(files['consultation.json']));
      expect(spec.title.vi).toBe(TITLE);
      expect(spec.options).toHaveLength(6);
      expect(spec.ballot).toEqual({ type: 'approval', min: 2, max: 3 });
      expect(spec.clusters.map((c: { key: string }) => c.key)).toEqual(['dong-bac', 'tay-nam-bo']);
      const readme = strFromU8(files['README.txt']);
      expect(readme).toContain(`doithoai verify ballots.csv --consultation ${id}`);
      expect(readme).toContain('CC BY 4.0');
      expect(readme).toContain(String((await get(`/api/consultations/${id}/ballots.csv`)).headers['x-ballots-digest']));
      expect(readme).not.toContain(receipts[0]);
    });

    it('serves the results files to anyone once published', async () => {
      await t.app.inject({ method: 'POST', url: `/api/consultations/${id}/publish`, headers: adminHeaders });
      for (const file of ['results.xlsx', 'results.docx', 'open-data.zip']) expect((await get(`/api/consultations/${id}/${file}`, {})).statusCode).toBe(200);
    });
  });
});

const pick = <T, K extends keyof T>(o: T, ...keys: K[]) => Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>;
const mapOf = <T>(o: Record<string, T>, f: (v: T) => number) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));

/** A sheet's rows as plain values, 1-based like exceljs (index 0 unused), empty cells as null. */
function rows(sheet: ExcelJS.Worksheet): (string | number | null)[][] {
  const out: (string | number | null)[][] = [];
  sheet.eachRow((row) => {
    const cells: (string | number | null)[] = [null];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const v = row.getCell(c).value;
      cells.push(v === null || v === undefined ? null : typeof v === 'number' || typeof v === 'string' ? v : String(v));
    }
    out.push(cells);
  });
  return out;
}

// `doithoai import` and `doithoai indicators` as scripts meet them (docs/contracts.md): the real command on
// a temporary data folder, five runs in all. Expected figures were read by hand from PCI_2016.xlsx's summary
// sheet (cell beside each).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { openDatabase } from '../../src/db/connection';
import { fixture } from '../helpers/fixtures';
import { binPath } from '../helpers/server-process';

// Each run starts the real command (tsx, PGlite, the workbook); on two busy cores one run took 30 s, and a
// case runs up to two. The ceiling bounds a hang, it measures nothing.
vi.setConfig({ testTimeout: 180_000 });

const PCI_2016 = fixture('vn', 'pci_papi_mdtrinh_vietnamdata', 'PCI_2016.xlsx');
const PAPI_2016_CSV = fixture('vn', 'papi_hnks-gh_ml-mcdm', '2016.csv');

describe('doithoai import and doithoai indicators', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'doithoai-evidence-'));
  const data = path.join(scratch, 'data');
  // DATABASE_URL would send the command to a server: these runs are about the embedded folder
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [binPath, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '', DOITHOAI_DATA: '' } });

  beforeAll(async () => {
    // A folder made from the migrated template, so that the runs below skip PGlite's first-open initdb.
    const seeded = await openDatabase({ dataDir: data, loadDataDir: new Blob([readFileSync(inject('pgliteTemplate'))]) });
    await seeded.close();
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('imports PCI_2016.xlsx (exit 0, a JSON report), then says that importing it again changed nothing', () => {
    const first = run('import', PCI_2016, '--data', data, '--json');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({
      file: 'PCI_2016.xlsx',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      index: 'PCI',
      changed: true,
      editions: [{ year: 2016, rows: 63, outcome: 'created', gaps: [] }],
      // docs/contracts.md: one dataset entry per edition, as for a GSO table
      datasets: [{ key: 'PCI', name: { vi: 'Chỉ số năng lực cạnh tranh cấp tỉnh', en: 'Provincial Competitiveness Index' }, unit: { vi: 'điểm', en: 'points' }, years: [2016], localities: 63 }],
    });
    const again = run('import', PCI_2016, '--index', 'pci', '--data', data);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('PCI 2016: không thay đổi');
    expect(again.stdout).toContain('unchanged: this very file was imported before');
    expect(again.stdout).toContain('nothing changed');
  });

  it('prints the scores as the contract says: index, year, and rows of locality, score, rank, dimensions', () => {
    const res = run('indicators', '--index', 'PCI', '--year', '2016', '--data', data, '--json');
    expect(res.status).toBe(0);
    const doc = JSON.parse(res.stdout);
    expect(Object.keys(doc)).toEqual(['index', 'year', 'rows']);
    expect([doc.index, doc.year, doc.rows.length]).toEqual(['PCI', 2016, 63]);
    for (const row of doc.rows) {
      expect(Object.keys(row)).toEqual(['locality', 'score', 'rank', 'dimensions']);
      expect(Object.keys(row.locality)).toEqual(['code', 'name']);
      expect(Object.keys(row.dimensions)).toHaveLength(10);
    }
    expect(doc.rows[0]).toMatchObject({ locality: { code: '48', name: 'Đà Nẵng' }, score: 70.00139617919922, rank: 1 }); // W2, X2
    expect(doc.rows.find((r: { locality: { code: string } }) => r.locality.code === '92')).toEqual({
      locality: { code: '92', name: 'Cần Thơ' },
      score: 61.13789367675781, // W12
      rank: 11, // X12
      dimensions: {
        'entry-costs': 8.64598274230957, // C25
        'land-access': 6.219374179840088, // E15
        transparency: 6.023304462432861, // G48
        'time-costs': 7.248294353485107, // I8
        'informal-charges': 6.058429718017578, // K12
        'policy-bias': 4.473758697509766, // M54
        proactivity: 4.683919429779053, // O40
        'business-support': 5.758384704589844, // Q23
        'labour-training': 6.29988956451416, // S23
        'legal-institutions': 6.561282157897949, // U7
      },
    });
  });

  it('re-aggregates onto the 34 with a top-level method and each row’s constituents', () => {
    const res = run('indicators', '--index', 'pci', '--year', '2016', '--unit', '34', '--data', data, '--json');
    expect(res.status).toBe(0);
    const doc = JSON.parse(res.stdout);
    expect(Object.keys(doc)).toEqual(['index', 'year', 'method', 'rows']);
    expect(doc.method).toMatch(/^equal-weight mean/);
    expect(doc.rows).toHaveLength(34);
    const canTho = doc.rows.find((r: { locality: { code: string } }) => r.locality.code === '92');
    expect(canTho.constituents).toEqual([
      { code: '92', name: 'Cần Thơ', weight: 1 / 3 },
      { code: '93', name: 'Hậu Giang', weight: 1 / 3 },
      { code: '94', name: 'Sóc Trăng', weight: 1 / 3 },
    ]);
    expect(canTho.score).toBeCloseTo((61.13789367675781 + 57.81549835205078 + 60.07257080078125) / 3, 12); // W12, W38, W23
  });

  it('exits 2 on a file with bad rows, listing every one on stderr, and stores nothing', () => {
    const lines = readFileSync(PAPI_2016_CSV, 'utf8').split('\n');
    lines[4] = lines[4].replace(/^P04,[^,]*/, 'P04,n/a'); // line 5
    lines[30] = lines[30].replace(/^P30,[^,]*,[^,]*/, (m) => `${m.split(',').slice(0, 2).join(',')},7`); // line 31, SC12
    const bad = path.join(scratch, '2016.csv');
    writeFileSync(bad, lines.join('\n'));
    const res = run('import', bad, '--data', data);
    expect(res.status).toBe(2);
    expect(res.stdout).toBe('');
    const listed = res.stderr.trim().split('\n');
    expect(listed[0]).toBe(
      'doithoai: không nhập tệp 2016.csv vì có 2 lỗi ở 2 dòng; chưa ghi gì — 2016.csv was not imported because of 2 problems in 2 rows; nothing was stored:',
    );
    // Where (sheet, row, column), then the problem in Vietnamese, then in English.
    expect(listed.slice(1)).toEqual([
      '  sheet 2016.csv, row 5, column SC11: "n/a" không phải là số — "n/a" is not a number',
      '  sheet 2016.csv, row 31, column SC12: 7 nằm ngoài khoảng 0–2,50 của Cơ hội tham gia — 7 is outside 0–2.50 for participation-opportunities',
    ]);
  });
});

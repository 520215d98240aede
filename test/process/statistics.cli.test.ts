// `doithoai import` of a GSO PX-Web table and `doithoai indicators --index <datasetKey>` as scripts meet them
// (docs/contracts.md): the real command on a temporary data folder, five runs. Figures were read by hand from
// test/fixtures/vn/gso_2002_2016_choisy/ (line and column beside each).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { openDatabase } from '../../src/db/connection';
import { fixture } from '../helpers/fixtures';
import { binPath } from '../helpers/server-process';

// Each run starts the real command (tsx, PGlite); the ceiling bounds a hang, it measures nothing.
vi.setConfig({ testTimeout: 180_000 });

const POVERTY = fixture('vn', 'gso_2002_2016_choisy', 'Poverty rate by province.csv');
const BEDS = fixture('vn', 'gso_2002_2016_choisy', 'Number of patient beds under provincial departments of health by province.csv');

describe('doithoai import and indicators with GSO statistics', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'doithoai-statistics-'));
  const data = path.join(scratch, 'data');
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [binPath, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '', DOITHOAI_DATA: '' } });

  beforeAll(async () => {
    const seeded = await openDatabase({ dataDir: data, loadDataDir: new Blob([readFileSync(inject('pgliteTemplate'))]) });
    await seeded.close();
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('imports a multi-measure table and prints one dataset per measure (key, name, unit, years, localities)', () => {
    const res = run('import', BEDS, '--data', data, '--json');
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    const doc = JSON.parse(res.stdout);
    expect(doc.changed).toBe(true);
    expect(doc.datasets.map((d: { key: string }) => d.key)).toEqual([
      'gso.beds.total',
      'gso.beds.hospital',
      'gso.beds.regional-polyclinic',
      'gso.beds.sanatorium-rehabilitation',
      'gso.beds.medical-service-unit',
    ]);
    expect(doc.datasets[0]).toEqual({
      key: 'gso.beds.total',
      name: { vi: 'Số giường bệnh do Sở Y tế quản lý: tổng số', en: 'Patient beds under provincial departments of health: total' },
      unit: { vi: 'giường', en: 'beds' },
      years: [2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016], // line 3
      localities: 63,
      outcome: 'created',
      changedYears: [2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016],
    });
    expect(doc.setAside).toEqual([expect.objectContaining({ line: 7, name: 'Ha Tay' })]);
  });

  it('prints a dataset’s figures with the value as "score", ranked by its direction', () => {
    expect(run('import', POVERTY, '--data', data).status).toBe(0);
    const res = run('indicators', '--index', 'gso.poverty-rate', '--year', '2015', '--data', data, '--json');
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    const doc = JSON.parse(res.stdout);
    expect([doc.index, doc.year, doc.direction, doc.preliminary, doc.rows.length]).toEqual(['gso.poverty-rate', 2015, 'higher-worse', false, 63]);
    for (const row of doc.rows) expect(Object.keys(row)).toEqual(['locality', 'score', 'rank']);
    // "2015": Binh Duong (line 57) and Ho Chi Minh city (line 60) 0.0 share rank 1; Can Tho 3.1 (line 70)
    expect(doc.rows.slice(0, 2)).toEqual([
      { locality: { code: '74', name: 'Bình Dương' }, score: 0, rank: 1 },
      { locality: { code: '79', name: 'Hồ Chí Minh' }, score: 0, rank: 1 },
    ]);
    expect(doc.rows.find((r: { locality: { code: string } }) => r.locality.code === '92').score).toBe(3.1);
  });

  it('sums a count onto the 34 and refuses a rate whose denominator is not held, with one sentence and exit 2', () => {
    const summed = run('indicators', '--index', 'gso.beds.total', '--year', '2015', '--unit', '34', '--data', data, '--json');
    expect(summed.status).toBe(0);
    const doc = JSON.parse(summed.stdout);
    expect(doc.rows).toHaveLength(34);
    // "2015 Total": Can Tho 2,966, Hau Giang 2,500, Soc Trang 2,851 (lines 70–72)
    expect(doc.rows.find((r: { locality: { code: string } }) => r.locality.code === '92')).toMatchObject({ score: 8317, constituents: [{ code: '92' }, { code: '93' }, { code: '94' }] });
    const rate = run('indicators', '--index', 'gso.poverty-rate', '--year', '2015', '--unit', '34', '--data', data, '--json');
    expect(rate.status).toBe(2);
    expect(rate.stdout).toBe('');
    expect(rate.stderr.trim().split('\n')).toHaveLength(1);
    // A share of households, weighted by households on the 34 — not held here, so refused, not averaged.
    expect(rate.stderr).toContain('"gso.poverty-rate" năm 2015 không gộp được lên 34 tỉnh, thành');
    expect(rate.stderr).toContain('weighted by "Households" (gso.households)');
  });

  it('exits 2 on a bad export, listing every bad row on stderr', () => {
    const text = readFileSync(POVERTY, 'utf8').replace('"Vinh Phuc";12.6;11.3;10.4;7.3;6.0;4.9;3.7;2.9', '"Vinh Phuc";12.6;11.3;10.4;7.3;6.0;4.9;3,7;2.9').replace('"Bac Ninh";', '"Bac Ninhh";');
    const bad = path.join(scratch, 'Poverty rate by province.csv');
    writeFileSync(bad, text);
    const res = run('import', bad, '--data', data);
    expect(res.status).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr.trim().split('\n')).toEqual([
      'doithoai: không nhập tệp Poverty rate by province.csv vì có 3 lỗi ở 3 dòng; chưa ghi gì — Poverty rate by province.csv was not imported because of 3 problems in 3 rows; nothing was stored:',
      '  sheet Poverty rate by province.csv, row 8, column 2015: "3,7" không phải là số (hoặc ".." khi không có số liệu) — "3,7" is not a number (or ".." for no figure)',
      '  sheet Poverty rate by province.csv, row 9, column Cities, provincies: "Bac Ninhh" không phải tên một tỉnh, thành, một vùng hay cả nước — "Bac Ninhh" is not the name of a province, a region or the whole country',
      '  sheet Poverty rate by province.csv, column Cities, provincies: tệp thiếu Bac Ninh — the file lacks Bac Ninh',
    ]);
  });
});

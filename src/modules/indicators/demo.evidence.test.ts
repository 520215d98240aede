// The figures the demo carries are the published ones: every carried edition, rebuilt as the demo rebuilds
// it, equals what the readers take from the original file, and names that file's SHA-256.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/helpers/fixtures';
import { findByName } from '../../core/localities/resolve';
import { importIndexFile } from '../../importers/import-file';
import { PAPI_CARRIED, PCI_CARRIED } from './demo.evidence.data';
import { PCI_2019_2022_CARRIED } from './demo.evidence.panel.data';
import { PCI_2017_2018_CARRIED } from './demo.evidence.pci-2017-2018.data';
import { PGI_CARRIED } from './demo.evidence.pgi.data';
import { PCI_ALL_CARRIED, papiEdition, pciEdition, pgiEditions } from './demo.evidence';
import { sha256Of } from './import.service';

const workbook = (file: string) => fixture('vn', 'pci_papi_mdtrinh_vietnamdata', file);
const csv = (file: string) => fixture('vn', 'papi_hnks-gh_ml-mcdm', file);

describe('carried demo evidence', () => {
  it('covers PCI 2012–2022, PAPI 2011–2024 and PGI 2022–2024', () => {
    expect(PCI_CARRIED.map((e) => e.year)).toEqual([2012, 2013, 2014, 2015, 2016]);
    expect(PCI_ALL_CARRIED.map((e) => e.year)).toEqual([2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022]);
    expect(pgiEditions(PGI_CARRIED).years).toEqual([2022, 2023, 2024]);
    expect(PAPI_CARRIED.map((e) => e.year)).toEqual([2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
  });

  it.each(PCI_CARRIED.map((e) => [e.file, e] as const))('%s equals the official workbook', async (file, carried) => {
    expect(sha256Of(readFileSync(workbook(file)))).toBe(carried.sha256);
    expect(pciEdition(carried)).toEqual(await importIndexFile(workbook(file)));
  });

  it.each(PAPI_CARRIED.map((e) => [e.file, e] as const))('PAPI %s equals the published CSV', async (file, carried) => {
    expect(sha256Of(readFileSync(csv(file)))).toBe(carried.sha256);
    expect(papiEdition(carried)).toEqual(await importIndexFile(csv(file)));
  });

  it('keeps single-precision workbook figures exact (PCI_2016.xlsx, Summary_VN W12 and C25: Cần Thơ)', () => {
    const canTho = pciEdition(PCI_CARRIED.find((e) => e.year === 2016)!).rows.find((r) => r.localityCode === '92')!;
    expect(canTho.score).toBe(61.13789367675781);
    expect(canTho.dimensions['entry-costs']).toBe(8.64598274230957);
  });

  it('keeps what the publisher left blank as gaps (2014.csv: lines P15 Bắc Giang and P56 Đồng Tháp are empty)', () => {
    const papi2014 = papiEdition(PAPI_CARRIED.find((e) => e.year === 2014)!);
    expect(papi2014.rows).toHaveLength(61);
    expect(papi2014.gaps.map((g) => g.localityCode)).toEqual(['24', '87']);
  });
});

const english = (year: number) => fixture('vn', 'pci_2017_2019_vietnam_elections', `PCI ${year} summary.xlsx`);
const table = (folder: string, file: string) => parse(readFileSync(fixture('vn', folder, file), 'utf8'), { columns: true }) as Array<Record<string, string>>;

describe('carried PCI 2017–2022 and PGI 2022–2024', () => {
  // The carried editions name the original workbooks (their SHA-256); the fixtures are reduced copies with the same Summary sheet.
  it.each(PCI_2017_2018_CARRIED.map((e) => [e.year, e] as const))('PCI %i equals the official workbook\'s Summary sheet', async (year, carried) => {
    expect(carried.file).toBe(`PCI ${year}.xlsx`);
    expect(pciEdition(carried).rows).toEqual((await importIndexFile(english(year))).rows);
  });

  it('PCI 2019–2022 composites equal the panel\'s, its provinces found by their 2017 and 2018 composites in the workbooks', async () => {
    const panel = table('pci_gso_panel_2016_2022_tnguyentranphuoc', 'panel_2016_2022.csv');
    const [w17, w18] = [(await importIndexFile(english(2017))).rows, (await importIndexFile(english(2018))).rows];
    const codeOf = new Map<string, string>();
    for (const p of panel.filter((p) => p.year === '2017')) {
      const in2018 = Number(panel.find((q) => q.id === p.id && q.year === '2018')!.pci);
      const near = (a: number | null, b: number) => Math.abs(a! - b) < 0.005;
      const hits = w17.filter((r) => near(r.score, Number(p.pci)) && near(w18.find((q) => q.localityCode === r.localityCode)!.score, in2018));
      expect(hits, p.name).toHaveLength(1);
      codeOf.set(p.id, hits[0].localityCode);
    }
    expect(new Set(codeOf.values()).size).toBe(63);
    expect(codeOf.get('59')).toBe('92'); // CTHO: Cần Thơ
    for (const carried of PCI_2019_2022_CARRIED) {
      const expected = panel.filter((p) => Number(p.year) === carried.year).map((p) => [codeOf.get(p.id)!, Number(p.pci)]);
      expect(expected).toHaveLength(63);
      expect(new Map(pciEdition(carried).rows.map((r) => [r.localityCode, r.score]))).toEqual(new Map(expected as Array<[string, number]>));
    }
    // Printed by VCCI and the press (pci_pgi_published_values.csv): 2022 Quảng Ninh 72.95 first, Cao Bằng 59.58 last.
    const y2022 = pciEdition(PCI_2019_2022_CARRIED.find((e) => e.year === 2022)!).rows;
    expect(y2022.find((r) => r.localityCode === '22')!.score).toBe(72.95);
    expect(y2022.find((r) => r.localityCode === '04')!.score).toBe(59.58);
  });

  it('PGI values equal the published ones, each with its page\'s address', () => {
    const measure: Record<string, string> = {
      pgi_climate_hazard_risk: 'pollution-mitigation', pgi_min_env_standards: 'environmental-compliance',
      pgi_env_leadership: 'green-leadership', pgi_env_incentives_support: 'green-business-support',
    };
    const expected = new Map<string, { dimensions: Record<string, number>; score: number | null; rank?: number; source: string }>();
    for (const line of table('pci_pgi_2020_2024_published_refs', 'pci_pgi_published_values.csv').filter((l) => l.index === 'PGI')) {
      const key = `${line.year} ${findByName(63, line.province)!.code}`;
      const row = expected.get(key) ?? { dimensions: {}, score: null, source: line.source_url };
      if (measure[line.measure]) row.dimensions[measure[line.measure]] = Number(line.value);
      else if (line.measure === 'pgi_score') row.score = Number(line.value);
      else if (line.measure === 'pgi_rank') row.rank = Number(line.value);
      expected.set(key, row);
    }
    const carried = pgiEditions(PGI_CARRIED).rows;
    expect(carried).toHaveLength(expected.size);
    for (const r of carried) {
      const { rank, ...rest } = expected.get(`${r.year} ${r.localityCode}`)!;
      expect(r).toEqual({ index: 'PGI', year: r.year, localityCode: r.localityCode, ...rest, ...(rank !== undefined ? { rank } : {}) });
    }
    // Hải Dương 2024 (pcivietnam.vn/en/pgi/provinces/hai-duong): 26.34, 13th.
    expect(carried.find((r) => r.year === 2024 && r.localityCode === '30')).toMatchObject({ score: 26.34, rank: 13, source: 'https://pcivietnam.vn/en/pgi/provinces/hai-duong' });
  });
});

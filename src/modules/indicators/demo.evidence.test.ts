// The figures the demo carries are the published ones: every carried edition, rebuilt as the demo rebuilds
// it, equals what the readers take from the original file, and names that file's SHA-256.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/helpers/fixtures';
import { importIndexFile } from '../../importers/import-file';
import { PAPI_CARRIED, PCI_CARRIED } from './demo.evidence.data';
import { papiEdition, pciEdition } from './demo.evidence';
import { sha256Of } from './import.service';

const workbook = (file: string) => fixture('vn', 'pci_papi_mdtrinh_vietnamdata', file);
const csv = (file: string) => fixture('vn', 'papi_hnks-gh_ml-mcdm', file);

describe('carried demo evidence', () => {
  it('covers PCI 2012–2016 and PAPI 2011–2024', () => {
    expect(PCI_CARRIED.map((e) => e.year)).toEqual([2012, 2013, 2014, 2015, 2016]);
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

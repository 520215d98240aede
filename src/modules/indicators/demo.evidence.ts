// Published index figures for the demo, carried in the project (demo.evidence.data.ts) so the demo runs
// where ../shared is absent. They are stored exactly as `doithoai import` stores the original files — under
// the same names and SHA-256, PAPI through the same CSV reader — so loading twice changes nothing and a later
// import of one of those files reports it unchanged.
import type { IndexRow } from '../../core/indices/types';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { gridFromRows, type Cell } from '../../importers/grid';
import { PAPI_CSV_COLUMNS, readPapiCsv } from '../../importers/papi.csv';
import type { ImportResult } from '../../importers/types';
import { PAPI_CARRIED, PCI_CARRIED } from './demo.evidence.data';
import { PCI_2019_2022_CARRIED } from './demo.evidence.panel.data';
import { PCI_2017_2018_CARRIED } from './demo.evidence.pci-2017-2018.data';
import { PGI_CARRIED } from './demo.evidence.pgi.data';
import { storeImport, type ImportReport } from './import.service';

export type PciCarried = {
  year: number;
  file: string;
  sha256: string;
  /** The workbook holds single-precision numbers, written here as the shortest decimal that rounds back to each. */
  float32: boolean;
  keys: readonly string[];
  /** GSO code, composite, then the sub-indices in the order of `keys`. */
  rows: ReadonlyArray<readonly [string, ...number[]]>;
};

export type PapiCarried = {
  year: number;
  file: string;
  sha256: string;
  /** The CSV columns the year uses (SC11…SC83). */
  columns: readonly string[];
  /** P01…P63 in GSO order: the values of `columns`, null where the cell is blank. */
  rows: ReadonlyArray<readonly (number | null)[]>;
};

/** Published PGI figures, one row per province and year, each with the address it was printed at. */
export type PgiCarried = {
  file: string;
  sha256: string;
  rows: ReadonlyArray<{ year: number; code: string; dimensions: Readonly<Record<string, number>>; score: number | null; rank?: number; source: string }>;
};

/** Every PCI edition the demo carries: 2012–2016 and 2017–2018 with sub-indices, 2019–2022 composites only. */
export const PCI_ALL_CARRIED: readonly PciCarried[] = [...PCI_CARRIED, ...PCI_2017_2018_CARRIED, ...PCI_2019_2022_CARRIED];

const loader: Actor = { userId: null, label: 'demo loader', platformRole: 'administrator', spaceRoles: new Map(), via: 'admin-token' };

export function pciEdition(carried: PciCarried): ImportResult {
  const exact = carried.float32 ? Math.fround : (v: number) => v;
  const rows: IndexRow[] = carried.rows.map(([code, score, ...subindices]) => ({
    index: 'PCI',
    year: carried.year,
    localityCode: code,
    dimensions: Object.fromEntries(carried.keys.map((key, i) => [key, exact(subindices[i])])),
    score: exact(score),
  }));
  return { index: 'PCI', file: carried.file, years: [carried.year], rows, gaps: [] };
}

export function pgiEditions(carried: PgiCarried): ImportResult {
  const rows: IndexRow[] = carried.rows.map((r) => ({
    index: 'PGI',
    year: r.year,
    localityCode: r.code,
    dimensions: { ...r.dimensions },
    score: r.score,
    ...(r.rank !== undefined ? { rank: r.rank } : {}),
    source: r.source,
  }));
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  return { index: 'PGI', file: carried.file, years, rows, gaps: [] };
}

/** The CSV as its reader sees it, rebuilt from the carried columns, then read like the file itself. */
export function papiEdition(carried: PapiCarried): ImportResult {
  const lines: Cell[][] = [['Province', ...PAPI_CSV_COLUMNS]];
  carried.rows.forEach((values, i) => {
    const at = (column: string) => {
      const k = carried.columns.indexOf(column);
      return k < 0 ? null : values[k];
    };
    lines.push([`P${String(i + 1).padStart(2, '0')}`, ...PAPI_CSV_COLUMNS.map(at)]);
  });
  const { rows, gaps } = readPapiCsv(gridFromRows(carried.file, lines), carried.file, carried.year);
  return { index: 'PAPI', file: carried.file, years: [carried.year], rows, gaps };
}

/** Stores PCI 2012–2022, PAPI 2011–2024 and PGI 2022–2024 (in part), all or nothing; editions already there are left as they are. */
export async function loadDemoEvidence(db: Db, now: Date): Promise<{ stored: number; unchanged: number }> {
  const reports: ImportReport[] = await db.transaction(async (tx) => {
    const done: ImportReport[] = [];
    for (const carried of PCI_ALL_CARRIED) done.push(await storeImport(tx, loader, pciEdition(carried), carried.sha256, now));
    for (const carried of PAPI_CARRIED) done.push(await storeImport(tx, loader, papiEdition(carried), carried.sha256, now));
    done.push(await storeImport(tx, loader, pgiEditions(PGI_CARRIED), PGI_CARRIED.sha256, now));
    return done;
  });
  const editions = reports.flatMap((r) => r.editions);
  const unchanged = editions.filter((e) => e.outcome === 'unchanged').length;
  return { stored: editions.length - unchanged, unchanged };
}

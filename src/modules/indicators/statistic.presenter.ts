// Exactly the fields of official statistics that leave the server, and the command line's documents
// (docs/contracts.md: `doithoai import --json` lists datasets; `doithoai indicators --index <key>`).
import { INDICES } from '../../core/indices/frameworks';
import type { ImportReport } from './import.service';
import { presentImport, localityRef } from './indicator.presenter';
import type { StatisticsReport } from './statistic.import';
import type { ProvinceStatistics } from './statistic.profile';
import type { DatasetScores, DatasetYears } from './statistic.service';

const POINTS = { vi: 'điểm', en: 'points' };

/** `doithoai import --json` for an index file: the report as before, and one dataset entry per edition. */
export function presentIndexImportForCli(report: ImportReport) {
  const info = INDICES.find((i) => i.key === report.index)!;
  return {
    ...presentImport(report),
    datasets: report.editions.map((e) => ({ key: report.index, name: { vi: info.vi, en: info.en }, unit: POINTS, years: [e.year], localities: e.rows })),
  };
}

/** `doithoai import --json` and the upload's answer for a GSO table: one entry per measure of the file. */
export function presentStatisticsImport(report: StatisticsReport) {
  return {
    file: report.file,
    sha256: report.sha256,
    title: report.title,
    changed: report.changed,
    datasets: report.datasets.map(({ key, name, unit, years, localities, outcome, changedYears }) => ({ key, name, unit, years, localities, outcome, changedYears })),
    setAside: report.setAside.map(({ line, name, vi, en }) => ({ line, name, vi, en })),
  };
}

export function presentDatasets(datasets: DatasetYears[]) {
  return { datasets };
}

/** `doithoai indicators --index <key> --json`: the contract's rows, the value as `score`. */
export function presentDatasetForCli(s: DatasetScores) {
  return {
    index: s.dataset.key,
    year: s.year,
    name: s.dataset.name,
    unit: s.dataset.unit,
    direction: s.dataset.direction,
    preliminary: s.preliminary,
    ...(s.dataset.breaks.length ? { breaks: s.dataset.breaks.map((b) => ({ year: b.year, why: b.why.en })) } : {}),
    ...(s.method ? { method: s.method.en } : {}),
    ...(s.derived ? { derived: presentDerived(s.derived) } : {}),
    rows: s.rows.map((r) => ({
      locality: localityRef(s.unit, r.code),
      score: r.value,
      rank: r.rank,
      ...(r.constituents ? { constituents: r.constituents.map((c) => localityRef(63, c)) } : {}),
      ...(r.missing?.length ? { missing: r.missing.map((c) => localityRef(63, c)) } : {}),
      ...(s.derived ? { inputs: { numerator: r.numerator ?? null, denominator: r.denominator ?? null } } : {}),
      ...(!s.derived && r.denominator !== undefined ? { weight: r.denominator } : {}),
    })),
  };
}

export function presentDatasetScores(s: DatasetScores) {
  return {
    dataset: s.dataset,
    year: s.year,
    unit: s.unit,
    preliminary: s.preliminary,
    source: { file: s.source.file, sha256: s.source.sha256, importedAt: s.source.importedAt.toISOString() },
    ...(s.method ? { method: s.method } : {}),
    ...(s.derived ? { derived: presentDerived(s.derived) } : {}),
    rows: s.rows.map((r) => ({
      locality: localityRef(s.unit, r.code),
      value: r.value,
      rank: r.rank,
      ...(r.constituents ? { constituents: r.constituents.map((c) => localityRef(63, c)) } : {}),
      ...(r.missing ? { missing: r.missing.map((c) => localityRef(63, c)) } : {}),
      ...(s.derived ? { numerator: r.numerator ?? null, denominator: r.denominator ?? null } : {}),
      ...(!s.derived && r.denominator !== undefined ? { denominator: r.denominator } : {}),
    })),
  };
}

function presentDerived(d: NonNullable<DatasetScores['derived']>) {
  const input = (i: typeof d.numerator) => ({ key: i.key, name: i.name, source: { file: i.source.file, sha256: i.source.sha256, importedAt: i.source.importedAt.toISOString() } });
  return { formula: d.formula, numerator: input(d.numerator), denominator: input(d.denominator) };
}

/** GET /api/localities/{code}/statistics. */
export function presentProvinceStatistics(p: ProvinceStatistics) {
  return { locality: { code: p.locality.code, name: p.locality.name }, unit: p.unit, datasets: p.datasets, withheld: p.withheld };
}

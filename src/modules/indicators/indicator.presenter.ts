// Exactly the fields of the evidence hub that leave the server — and the command line's JSON document,
// whose shape is fixed by docs/contracts.md (`doithoai indicators`).
import type { AreaCoverage } from '../../core/indices/coverage';
import { indexFramework } from '../../core/indices/frameworks';
import { regionOf } from '../../core/localities/regions';
import { fullNameOn } from '../../core/localities/styles';
import type { Locality, UnitSet } from '../../core/localities/types';
import { locality, localitiesOf, predecessorsOf, setInForce, successorOf } from '../../core/localities/units';
import { AppError } from '../../http/errors';
import type { ImportReport } from './import.service';
import type { EditionScores, Source } from './indicator.service';
import type { compareLocalities, priorityEvidence, provinceProfile } from './profile.service';

export function localityRef(set: UnitSet, code: string) {
  return { code, name: locality(set, code)?.name ?? code };
}

export function presentLocality(unit: Locality) {
  const r = regionOf(unit);
  return { code: unit.code, name: unit.name, set: unit.set, fullName: unit.fullName, nameEn: unit.nameEn, region: { key: r.key, vi: r.vi, en: r.en } };
}

const presentSource = (s: Source) => ({ file: s.file, sha256: s.sha256, importedAt: s.importedAt.toISOString() });

/** `doithoai indicators --json`: the contract's document; on the 34, `method` and each row's constituents besides. */
export function presentEditionForCli(e: EditionScores) {
  return {
    index: e.index,
    year: e.year,
    ...(e.method ? { method: e.method } : {}),
    rows: e.rows.map((r) => ({
      locality: localityRef(e.unit, r.code),
      score: r.score,
      rank: r.rank,
      dimensions: r.dimensions,
      ...(r.merged ? { constituents: r.merged.constituents.map((c) => ({ ...localityRef(63, c.code), weight: c.weight })) } : {}),
    })),
  };
}

export function presentEdition(e: EditionScores) {
  return {
    index: e.index,
    year: e.year,
    unit: e.unit,
    source: presentSource(e.source),
    ...(e.method ? { method: e.method, uncovered: (e.uncovered ?? []).map((c) => localityRef(34, c)) } : {}),
    dimensions: indexFramework(e.index, e.year).dimensions.map(({ key, vi, en }) => ({ key, vi, en })),
    rows: e.rows.map((r) => ({
      locality: localityRef(e.unit, r.code),
      score: r.score,
      rank: r.rank,
      dimensions: r.dimensions,
      ...(r.merged
        ? {
            constituents: r.merged.constituents.map((c) => ({ ...localityRef(63, c.code), weight: c.weight })),
            missing: r.merged.missing.map((c) => localityRef(63, c)),
            partial: r.merged.partial,
          }
        : {}),
    })),
  };
}

export function presentImport(report: ImportReport) {
  return {
    file: report.file,
    sha256: report.sha256,
    index: report.index,
    changed: report.changed,
    editions: report.editions.map(({ year, rows, outcome, reason, previous, gaps }) => ({
      year,
      rows,
      outcome,
      ...(reason ? { reason } : {}),
      ...(previous ? { previous } : {}),
      gaps,
    })),
  };
}

/** The province-level units in force on a date, with the merger relation in both directions. */
export function presentLocalities(date: string) {
  const set = setInForce(date);
  if (set === null) throw AppError.of(404, 'locality.no_units_on_date', { date });
  return {
    date,
    set,
    localities: localitiesOf(set).map((unit) => ({
      ...presentLocality(unit),
      id: unit.id,
      ...fullNameOn(unit, date),
      validFrom: unit.validFrom,
      validTo: unit.validTo,
      ...(set === 63 ? { successor: localityRef(34, successorOf(unit).code) } : { predecessors: predecessorsOf(unit).map((p) => localityRef(63, p.code)) }),
    })),
  };
}

type Profile = Awaited<ReturnType<typeof provinceProfile>>;
export function presentProfile(p: Profile) {
  return {
    locality: presentLocality(p.locality),
    unit: p.unit,
    indices: p.indices.map((i) => ({
      ...i,
      years: i.years.map((y) => ({ ...y, source: presentSource(y.source) })),
    })),
  };
}

type Comparison = Awaited<ReturnType<typeof compareLocalities>>;
export function presentComparison(c: Comparison) {
  return { ...c, localities: c.localities.map((l) => ({ ...l, locality: presentLocality(l.locality) })) };
}

type Evidence = Awaited<ReturnType<typeof priorityEvidence>>;
export function presentEvidence(e: Evidence) {
  return {
    locality: presentLocality(e.locality),
    unit: e.unit,
    year: e.year,
    method: e.method,
    editions: e.editions.map((x) => ({ index: x.index, year: x.year, source: presentSource(x.source) })),
    areas: e.areas.map((a) => ({
      area: a.area,
      vi: a.vi,
      en: a.en,
      need: a.need,
      coverage: presentCoverage(a.coverage),
      used: a.used.map(({ index, key, vi, en, year, value, percentile, weight, need, direct }) => ({ index, key, vi, en, year, value, percentile, weight, need, direct })),
      unavailable: a.unavailable.map(({ index, key, vi, en }) => ({ index, key, vi, en })),
    })),
  };
}

/** The coverage of one area's need score, as the priority exercise and the profile show it. */
export function presentCoverage(c: AreaCoverage) {
  return { figures: c.figures, direct: c.direct, governance: c.governance, unavailable: c.unavailable, latestYear: c.latestYear, oldestYear: c.oldestYear, basis: c.basis, directShare: c.directShare };
}

// What the stored figures say about provinces: one province's profile over every index and year, several
// provinces side by side, and the evidence score of each priority area. The numbers come from the pure
// analyses in src/core/indices; this file only gathers the editions, on the 63 or read onto the 34.
import { gapsFor, median, weakestDimensions } from '../../core/indices/analysis.gaps';
import { PRIORITY_AREAS, areaEvidence, type AreaEvidence } from '../../core/indices/analysis.priorities';
import { figureOf, regionOfCode, standings, type RowStanding } from '../../core/indices/analysis.rank';
import { reaggregateTo34 } from '../../core/indices/analysis.reaggregate';
import { seriesOf, trend } from '../../core/indices/analysis.trend';
import { areaCoverage } from '../../core/indices/coverage';
import { INDICES, indexFramework } from '../../core/indices/frameworks';
import { PAPI_DIMENSIONS, PAPI_FIRST_YEAR, papiSubdimensions } from '../../core/indices/papi';
import { PCI_SUBINDICES } from '../../core/indices/pci';
import { PGI_SUBINDICES } from '../../core/indices/pgi';
import type { Dimension, IndexKey, IndexRow } from '../../core/indices/types';
import type { Locality, UnitSet } from '../../core/localities/types';
import { locality } from '../../core/localities/units';
import type { Db } from '../../db/connection';
import { AppError } from '../../http/errors';
import { currentAreaMapping } from './area-mapping.service';
import { loadEditions, type Source } from './indicator.service';
import { statisticEditions, statisticLabel } from './statistic.evidence';

/**
 * An edition as seen on one configuration of units: published rows on the 63, merged rows on the 34. `printedRanks`:
 * for an edition held only in part (fewer than half the units have a score — PGI's published values), the national
 * ranks as printed (on the 63; none on the 34), since standings among the few rows held are no national standing.
 */
type UnitEdition = { index: IndexKey; year: number; source: Source; rows: IndexRow[]; printedRanks?: Map<string, number | null> };

const heldInPart = (rows: readonly IndexRow[], unit: UnitSet) => rows.filter((r) => r.score !== null).length * 2 < unit;

async function editionsOn(db: Db, unit: UnitSet, index?: IndexKey): Promise<UnitEdition[]> {
  const stored = await loadEditions(db, index);
  return stored
    .map((e): UnitEdition => {
      const rows = e.unitSet === unit ? e.rows : unit === 34 ? reaggregateTo34(e.rows).rows : [];
      const printedRanks = heldInPart(rows, unit) ? (e.unitSet === unit ? e.ranks : new Map<string, number | null>()) : undefined;
      return { index: e.index, year: e.year, source: e.source, rows, ...(printedRanks ? { printedRanks } : {}) };
    })
    .filter((e) => e.rows.length > 0);
}

export function requireLocality(unit: UnitSet, code: string): Locality {
  const found = locality(unit, code);
  if (!found) throw AppError.of(404, 'locality.not_found', { code, set: unit });
  return found;
}

export type Label = { vi: string; en: string };

const DIMENSIONS: Record<IndexKey, readonly Dimension[]> = { PCI: PCI_SUBINDICES, PAPI: PAPI_DIMENSIONS, PGI: PGI_SUBINDICES };

/** The name of a figure: the headline score, a dimension, or a PAPI sub-dimension as named in `year` (or nearest). */
export function figureLabel(index: IndexKey, year: number, key: string): Label {
  if (key === 'score') return { vi: `${index}: điểm tổng hợp`, en: `${index} score` };
  const dimension = DIMENSIONS[index].find((d) => d.key === key);
  if (dimension) return { vi: dimension.vi, en: dimension.en };
  if (index === 'PAPI') {
    // Sub-dimension names changed over the years; the year's own name first, then the nearest year's.
    const years = Array.from({ length: 40 }, (_, i) => year + (i % 2 ? (i + 1) / 2 : -i / 2));
    for (const y of years.filter((y) => y >= PAPI_FIRST_YEAR)) {
      const sub = papiSubdimensions(y).find((s) => s.key === key);
      if (sub) return { vi: sub.vi, en: sub.en };
    }
  }
  return { vi: key, en: key };
}

const placing = (s: RowStanding['national']) => ({ rank: s.rank, of: s.of, percentile: s.percentile });

// A printed rank among all the units, as a placing: the mid-rank percentile of analysis.rank.ts, ties unknown.
function printedPlacing(rank: number | null | undefined, unit: UnitSet) {
  return typeof rank === 'number' ? { rank, of: unit as number, percentile: (100 * (unit - rank)) / (unit - 1) } : null;
}

/** An edition held in part: its figures and printed rank, no medians or standings made from the few rows held. */
function partStanding(edition: UnitEdition, row: IndexRow, unit: UnitSet) {
  return {
    year: edition.year,
    score: row.score,
    national: printedPlacing(edition.printedRanks?.get(row.localityCode), unit),
    regional: null,
    nationalMedian: null,
    regionalMedian: null,
    dimensions: [],
    weakest: [],
    source: row.source ? { ...edition.source, file: row.source } : edition.source,
  };
}

function yearStanding(edition: UnitEdition, row: IndexRow, unit: UnitSet) {
  if (edition.printedRanks) return partStanding(edition, row, unit);
  const code = row.localityCode;
  const region = regionOfCode(unit, code);
  const inRegion = edition.rows.filter((r) => regionOfCode(unit, r.localityCode) === region);
  const scores = (rows: IndexRow[]) => rows.map((r) => r.score).filter((v): v is number => v !== null);
  const standing = standings(edition.rows, 'score', unit).find((s) => s.code === code);
  const gaps = gapsFor(edition.rows, code, unit);
  return {
    year: edition.year,
    score: row.score,
    national: standing ? placing(standing.national) : null,
    regional: standing ? placing(standing.regional) : null,
    nationalMedian: scores(edition.rows).length ? median(scores(edition.rows)) : null,
    regionalMedian: scores(inRegion).length ? median(scores(inRegion)) : null,
    dimensions: gaps.map((g) => ({ ...g, ...figureLabel(edition.index, edition.year, g.key) })),
    weakest: weakestDimensions(edition.rows, code, 3, unit).map((g) => g.key),
    source: edition.source,
  };
}

export async function provinceProfile(db: Db, code: string, unit: UnitSet) {
  const unitRef = requireLocality(unit, code);
  const editions = await editionsOn(db, unit);
  const indices = INDICES.flatMap((info) => {
    const own = editions.filter((e) => e.index === info.key);
    if (!own.length) return [];
    const years = [];
    const missingYears: number[] = [];
    for (const edition of own) {
      const row = edition.rows.find((r) => r.localityCode === code);
      if (row) years.push(yearStanding(edition, row, unit));
      else missingYears.push(edition.year);
    }
    const series = seriesOf(own.flatMap((e) => e.rows), code, 'score');
    return [{ index: info.key, vi: info.vi, en: info.en, years, missingYears, trend: trend(series, info.key) }];
  });
  return { locality: unitRef, unit, indices };
}

export async function compareLocalities(db: Db, input: { codes: string[]; index: IndexKey; unit: UnitSet; year?: number }) {
  const units = input.codes.map((code) => requireLocality(input.unit, code));
  const editions = await editionsOn(db, input.unit, input.index);
  const year = input.year ?? editions.at(-1)?.year;
  const detail = editions.find((e) => e.year === year);
  if (input.year !== undefined && !detail) throw AppError.of(404, 'indicators.not_imported', { index: input.index, year: input.year });
  const standingsOf = (edition: UnitEdition, key: string) => new Map(standings(edition.rows, key, input.unit).map((s) => [s.code, s]));
  const scoreStandings = new Map(editions.map((e) => [e.year, standingsOf(e, 'score')]));
  const dimensionKeys = detail ? indexFramework(input.index, detail.year).dimensions.map((d) => d.key) : [];
  const dimensionStandings = detail ? new Map(dimensionKeys.map((k) => [k, standingsOf(detail, k)])) : new Map<string, Map<string, RowStanding>>();
  return {
    index: input.index,
    unit: input.unit,
    year: detail?.year ?? null,
    dimensions: detail ? dimensionKeys.map((key) => ({ key, ...figureLabel(input.index, detail.year, key) })) : [],
    localities: units.map((unitRef) => {
      const code = unitRef.code;
      const series = editions.flatMap((e) => {
        const row = e.rows.find((r) => r.localityCode === code);
        if (!row) return [];
        const s = scoreStandings.get(e.year)!.get(code);
        return [{ year: e.year, score: row.score, rank: s?.national.rank ?? null, percentile: s?.national.percentile ?? null }];
      });
      const row = detail?.rows.find((r) => r.localityCode === code);
      const dimensions = row
        ? Object.fromEntries(
            dimensionKeys.flatMap((key) => {
              const s = dimensionStandings.get(key)!.get(code);
              const value = figureOf(row, key);
              return value === null || !s ? [] : [[key, { value, rank: s.national.rank, percentile: s.national.percentile }]];
            }),
          )
        : null;
      return { locality: unitRef, series, dimensions };
    }),
  };
}

export const EVIDENCE_METHOD: Label = {
  vi:
    'Điểm nhu cầu = 100 − bình quân phân vị toàn quốc của tỉnh trên các chỉ số thành phần gắn với lĩnh vực, mỗi chỉ số lấy ' +
    'theo kỳ công bố gần nhất không muộn hơn năm đã chọn; 0 = dẫn đầu cả nước ở mọi chỉ số, 100 = thấp nhất ở mọi chỉ số.',
  en:
    "Need = 100 − the mean national percentile of the province on the figures mapped to the area, each taken from its latest " +
    'edition no later than the year chosen; 0 = best in the country on all of them, 100 = worst on all.',
};

/**
 * Said after EVIDENCE_METHOD when an area's figures are weighted or include official statistics (with every
 * weight 1 and indices only, the mean above is exactly what is computed, and stays the whole description).
 */
export const EVIDENCE_WEIGHTED: Label = {
  vi:
    ' Bình quân có trọng số theo ánh xạ; số liệu thống kê của Tổng cục Thống kê đo trực tiếp nhu cầu và được xếp theo chiều ' +
    'của nhu cầu (ví dụ tỷ lệ hộ nghèo càng cao càng cần), còn chỉ số PCI, PAPI, PGI đo việc quản trị lĩnh vực đó.',
  en:
    ' The mean is weighted as the mapping says; GSO statistics measure the need directly and are ranked by the side of need ' +
    '(e.g. a higher poverty rate means more need), while PCI, PAPI and PGI figures measure how the area is governed.',
};

/** The method sentence for the evidence computed: the plain mean unless a weight or a statistic was used. */
export function evidenceMethod(evidence: readonly AreaEvidence[]): Label {
  const plain = evidence.every((a) => a.used.every((u) => !u.direct && u.weight === 1));
  return plain ? EVIDENCE_METHOD : { vi: EVIDENCE_METHOD.vi + EVIDENCE_WEIGHTED.vi, en: EVIDENCE_METHOD.en + EVIDENCE_WEIGHTED.en };
}

export async function priorityEvidence(db: Db, code: string, unit: UnitSet, year?: number) {
  const unitRef = requireLocality(unit, code);
  const editions = await editionsOn(db, unit);
  const asOf = year ?? (editions.length ? Math.max(...editions.map((e) => e.year)) : null);
  // An edition held in part (PGI's published values) gives no national percentile: it is left out of the need.
  const usable = asOf === null ? [] : editions.filter((e) => e.year <= asOf && !e.printedRanks);
  // The mapping an administrator set (or the default): see area-mapping.service.ts.
  const mapping = await currentAreaMapping(db);
  const statistics = await statisticEditions(db, mapping, code, unit, asOf);
  const evidence = areaEvidence(usable, code, mapping, unit, statistics);
  const label = (l: { index: IndexKey | 'GSO'; key: string }, y: number) => (l.index === 'GSO' ? statisticLabel(l.key) : figureLabel(l.index, y, l.key));
  return {
    locality: unitRef,
    unit,
    year: asOf,
    method: evidenceMethod(evidence),
    editions: usable.map((e) => ({ index: e.index, year: e.year, source: e.source })),
    areas: evidence.map((a) => {
      const { vi, en } = PRIORITY_AREAS.find((p) => p.key === a.area)!;
      return {
        ...a,
        vi,
        en,
        coverage: areaCoverage(a),
        used: a.used.map((u) => ({ ...u, ...label(u, u.year) })),
        unavailable: a.unavailable.map((u) => ({ ...u, ...label(u, asOf ?? 2016) })),
      };
    }),
  };
}

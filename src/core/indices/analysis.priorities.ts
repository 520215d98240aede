// From evidence to the eight priority areas a province consults on: an editable mapping of each area to the
// figures that bear on it — index sub-indices (PCI, PAPI, PGI: how well the need is governed) and official
// statistics (GSO datasets: the need itself) — and an evidence score per area: how far the province lags the
// country on those figures.
//
// Need score = 100 − the weighted mean national percentile (see analysis.rank.ts) of the area's mapped figures
// that exist for the province in the editions given, each figure oriented so that its percentile is high where
// the need is low: an index figure as published (higher is better governance), a statistic by the side its
// link names (`need: 'higher'` — a higher poverty rate means more need — counts the percentile of the negated
// value). 0 = best in the country on all of them, 100 = worst on all, 50 = in the middle. Areas with no figure
// get null.
import type { UnitSet } from '../localities/types';
import { GSO_DATASETS } from '../statistics/catalogue';
import { derivedSpec } from '../statistics/derived';
import type { DatasetSpec } from '../statistics/types';
import { figureOf, rankValues, standings, type ScoredRow } from './analysis.rank';
import type { IndexKey } from './types';

import { PRIORITY_AREAS, type PriorityAreaKey } from '../priority-areas';

export { PRIORITY_AREAS, type PriorityAreaKey };

/** Where a figure comes from: a governance index, or the official statistics (GSO) catalogue. */
export type EvidenceSource = IndexKey | 'GSO';

/** Which side of a statistic means more need: `higher` (poverty rate), `lower` (doctors per 10,000 people). */
export type NeedSide = 'higher' | 'lower';

/**
 * One figure linked to an area: an index's dimension or PAPI sub-dimension key, or (index `GSO`) a statistics
 * dataset key of core/statistics (imported or derived). `weight` (default 1) is its share in the area's mean;
 * `need` (statistics only) overrides the dataset's direction and is required for a dataset without one
 * (agriculture's share of GRDP: neither good nor bad, but a higher share makes farming weigh more). Mappings
 * stored before statistics and weights existed are `{ index, key }` only, and read as weight 1.
 */
export interface EvidenceLink {
  index: EvidenceSource;
  key: string;
  weight?: number;
  need?: NeedSide;
}

export type AreaMapping = Readonly<Record<PriorityAreaKey, readonly EvidenceLink[]>>;

/** A statistics dataset a link may name: the catalogue's imported ones and the derived measures. */
export function statisticSpec(key: string): DatasetSpec | undefined {
  return GSO_DATASETS.get(key) ?? derivedSpec(key);
}

/** The side of need a link stands for: index figures are lower-is-needier; statistics by their link or direction. */
export function needSideOf(link: EvidenceLink): NeedSide | null {
  if (link.index !== 'GSO') return 'lower';
  if (link.need) return link.need;
  const direction = statisticSpec(link.key)?.direction;
  return direction === 'higher-worse' ? 'higher' : direction === 'higher-better' ? 'lower' : null;
}

const pci = (key: string): EvidenceLink => ({ index: 'PCI', key });
const papi = (key: string): EvidenceLink => ({ index: 'PAPI', key });
const pgi = (key: string): EvidenceLink => ({ index: 'PGI', key });
const gso = (key: string, weight: number, need?: NeedSide): EvidenceLink => ({ index: 'GSO', key, weight, ...(need ? { need } : {}) });

/**
 * A starting point for a focal unit to edit, not a published crosswalk.
 *
 * Weights. Every index figure weighs 1. The statistics of an area together weigh twice its index figures
 * together, shared equally among them: the indices measure how well a need is governed (PAPI's poverty-list
 * sub-dimension is how openly communes publish their lists of poor households, not how many are poor), the
 * statistics measure the need, so where both exist the need decides two thirds of the score and governance one
 * third — governance still counts, since a badly run service is a need of its own. So: social protection 1
 * proxy → poverty rate 2; health 1 → beds, doctors per 10,000 and under-five mortality 2/3 each; education 2 →
 * literacy and trained workers 2 each; environment 5 → treated solid waste 10; economy 8 → income and GRDP per
 * capita 8 each; agriculture 3 → agriculture's share of GRDP 6. Transport and administrative reform have no
 * GSO measure here and stay on the indices.
 */
export const DEFAULT_AREA_MAPPING: AreaMapping = {
  economy: [...['entry-costs', 'land-access', 'time-costs', 'informal-charges', 'policy-bias', 'proactivity', 'business-support', 'legal-institutions'].map(pci), gso('gso.income.total', 8), gso('gso.grdp-per-capita', 8)],
  environment: [papi('environmental-governance'), pgi('pollution-mitigation'), pgi('environmental-compliance'), pgi('green-leadership'), pgi('green-business-support'), gso('gso.solid-waste.treated-share', 10)],
  education: [papi('primary-education'), pci('labour-training'), gso('gso.literacy-15-plus', 2), gso('gso.trained-workers', 2)],
  health: [papi('public-health'), gso('gso.beds-per-10000', 2 / 3), gso('gso.doctors-per-10000', 2 / 3), gso('gso.under-five-mortality', 2 / 3)],
  'transport-urban': [papi('basic-infrastructure')],
  'social-protection': [papi('poverty-lists'), gso('gso.poverty-rate', 2)],
  agriculture: [pci('land-access'), papi('land-titles'), papi('land-use-plans'), gso('gso.agriculture-share-of-grdp', 6, 'higher')],
  'admin-reform': [papi('administrative-procedures'), papi('control-of-corruption'), papi('e-governance'), pci('time-costs'), pci('transparency')],
};

/** One national cross-section: all provinces' rows of one index and one year. */
export interface Edition {
  index: IndexKey;
  year: number;
  rows: readonly ScoredRow[];
}

/** One year of one statistics dataset on the unit set: province code → figure. */
export interface StatisticEdition {
  dataset: string;
  year: number;
  values: ReadonlyMap<string, number>;
}

export type UsedFigure = EvidenceLink & {
  year: number;
  value: number;
  /** Percentile of the province, oriented so that 100 = least need in the country. */
  percentile: number;
  weight: number;
  need: NeedSide;
  /** True for a statistic (the need measured directly), false for an index figure (the governance of it). */
  direct: boolean;
};

export interface AreaEvidence {
  area: PriorityAreaKey;
  /** 0–100, higher = lagging more = more need; null when no mapped figure exists. */
  need: number | null;
  used: UsedFigure[];
  /** Mapped figures with no value for the province in the editions given. */
  unavailable: EvidenceLink[];
}

function indexFigure(link: EvidenceLink, editions: readonly Edition[], code: string, set: UnitSet) {
  const found = editions
    .filter((e) => e.index === link.index)
    .map((e) => ({ e, own: e.rows.find((r) => r.localityCode === code) }))
    .filter(({ own }) => own && figureOf(own, link.key) !== null)
    .sort((a, b) => b.e.year - a.e.year)[0];
  if (!found) return null;
  const standing = standings(found.e.rows, link.key, set).find((s) => s.code === code)!;
  return { year: found.e.year, value: standing.value, percentile: standing.national.percentile };
}

function statisticFigure(link: EvidenceLink, side: NeedSide, statistics: readonly StatisticEdition[], code: string) {
  const found = statistics
    .filter((s) => s.dataset === link.key && s.values.has(code))
    .sort((a, b) => b.year - a.year)[0];
  if (!found) return null;
  // Oriented so that a higher percentile is less need, as for the indices.
  const sign = side === 'higher' ? -1 : 1;
  const ranked = rankValues([...found.values].map(([c, v]) => ({ code: c, value: sign * v })));
  return { year: found.year, value: found.values.get(code)!, percentile: ranked.find((s) => s.code === code)!.percentile };
}

export function areaEvidence(
  editions: readonly Edition[],
  code: string,
  mapping: AreaMapping = DEFAULT_AREA_MAPPING,
  set: UnitSet = 63,
  statistics: readonly StatisticEdition[] = [],
): AreaEvidence[] {
  return PRIORITY_AREAS.map(({ key: area }) => {
    const used: UsedFigure[] = [];
    const unavailable: EvidenceLink[] = [];
    for (const link of mapping[area] ?? []) {
      const side = needSideOf(link);
      const figure = side === null ? null : link.index === 'GSO' ? statisticFigure(link, side, statistics, code) : indexFigure(link, editions, code, set);
      if (!figure || side === null) {
        unavailable.push(link);
        continue;
      }
      used.push({ ...link, ...figure, weight: link.weight ?? 1, need: side, direct: link.index === 'GSO' });
    }
    const total = used.reduce((s, u) => s + u.weight, 0);
    const need = used.length && total > 0 ? 100 - used.reduce((s, u) => s + u.weight * u.percentile, 0) / total : null;
    return { area, need, used, unavailable };
  });
}

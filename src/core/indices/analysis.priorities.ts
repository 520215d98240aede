// From index figures to the eight priority areas a province consults on: an editable mapping of each area
// to the sub-indices that bear on it, and an evidence score per area — how far the province lags the
// country on those sub-indices.
//
// Need score = 100 − the mean national percentile (see analysis.rank.ts) of the area's mapped figures that
// exist for the province in the editions given. 0 = best in the country on all of them, 100 = worst on all,
// 50 = in the middle. Each figure counts once, whatever its index; areas with no figure get null.
import type { UnitSet } from '../localities/types';
import { figureOf, standings, type ScoredRow } from './analysis.rank';
import type { IndexKey } from './types';

import { PRIORITY_AREAS, type PriorityAreaKey } from '../priority-areas';

export { PRIORITY_AREAS, type PriorityAreaKey };

/** One figure of one index: a dimension key or, for PAPI, a sub-dimension key. */
export interface EvidenceLink {
  index: IndexKey;
  key: string;
}

export type AreaMapping = Readonly<Record<PriorityAreaKey, readonly EvidenceLink[]>>;

const pci = (key: string): EvidenceLink => ({ index: 'PCI', key });
const papi = (key: string): EvidenceLink => ({ index: 'PAPI', key });
const pgi = (key: string): EvidenceLink => ({ index: 'PGI', key });

// A starting point for a focal unit to edit, not a published crosswalk. Agriculture and social protection
// have no index of their own; their links (land, poverty-list transparency) are the nearest proxies.
export const DEFAULT_AREA_MAPPING: AreaMapping = {
  economy: ['entry-costs', 'land-access', 'time-costs', 'informal-charges', 'policy-bias', 'proactivity', 'business-support', 'legal-institutions'].map(pci),
  environment: [papi('environmental-governance'), pgi('pollution-mitigation'), pgi('environmental-compliance'), pgi('green-leadership'), pgi('green-business-support')],
  education: [papi('primary-education'), pci('labour-training')],
  health: [papi('public-health')],
  'transport-urban': [papi('basic-infrastructure')],
  'social-protection': [papi('poverty-lists')],
  agriculture: [pci('land-access'), papi('land-titles'), papi('land-use-plans')],
  'admin-reform': [papi('administrative-procedures'), papi('control-of-corruption'), papi('e-governance'), pci('time-costs'), pci('transparency')],
};

/** One national cross-section: all provinces' rows of one index and one year. */
export interface Edition {
  index: IndexKey;
  year: number;
  rows: readonly ScoredRow[];
}

export interface AreaEvidence {
  area: PriorityAreaKey;
  /** 0–100, higher = lagging more = more need; null when no mapped figure exists. */
  need: number | null;
  used: Array<EvidenceLink & { year: number; value: number; percentile: number }>;
  /** Mapped figures with no value for the province in the editions given. */
  unavailable: EvidenceLink[];
}

export function areaEvidence(editions: readonly Edition[], code: string, mapping: AreaMapping = DEFAULT_AREA_MAPPING, set: UnitSet = 63): AreaEvidence[] {
  return PRIORITY_AREAS.map(({ key: area }) => {
    const used: AreaEvidence['used'] = [];
    const unavailable: EvidenceLink[] = [];
    for (const link of mapping[area] ?? []) {
      const found = editions
        .filter((e) => e.index === link.index)
        .map((e) => ({ e, own: e.rows.find((r) => r.localityCode === code) }))
        .filter(({ own }) => own && figureOf(own, link.key) !== null)
        .sort((a, b) => b.e.year - a.e.year)[0];
      if (!found) {
        unavailable.push(link);
        continue;
      }
      const standing = standings(found.e.rows, link.key, set).find((s) => s.code === code)!;
      used.push({ ...link, year: found.e.year, value: standing.value, percentile: standing.national.percentile });
    }
    const need = used.length ? 100 - used.reduce((s, u) => s + u.percentile, 0) / used.length : null;
    return { area, need, used, unavailable };
  });
}

// Shapes of the evidence API as the screens read them (kept by hand to match the server's presenters in
// src/modules/indicators/indicator.presenter.ts), and the paths that ask for them.
import type { Localized } from '../../shared/i18n/i18n';

export type IndexKey = 'PCI' | 'PAPI' | 'PGI';
export type UnitSet = 63 | 34;

export interface Labelled extends Localized {
  key: string;
}
export interface LocalityRef {
  code: string;
  name: string;
}
export interface Region extends Localized {
  key: string;
}
export interface LocalityDetail extends LocalityRef {
  set: UnitSet;
  fullName: string;
  nameEn: string;
  region: Region;
}
export interface Source {
  file: string;
  sha256: string;
  importedAt: string;
}
export interface Gap {
  year: number;
  localityCode: string;
  missing: string[];
}

export interface Editions {
  indices: (Localized & { key: IndexKey; publisher: string; firstYear: number })[];
  editions: { index: IndexKey; year: number; rows: number; source: Source; importedBy: string; gaps: Gap[] }[];
}

export interface EditionRow {
  locality: LocalityRef;
  score: number | null;
  rank: number | null;
  dimensions: Record<string, number>;
  /** Only on the 34: the published rows the figure is the mean of, predecessors without a row, withheld figures. */
  constituents?: (LocalityRef & { weight: number })[];
  missing?: LocalityRef[];
  partial?: Record<string, string[]>;
}

export interface Edition {
  index: IndexKey;
  year: number;
  unit: UnitSet;
  source: Source;
  method?: string;
  uncovered?: LocalityRef[];
  dimensions: Labelled[];
  rows: EditionRow[];
}

export interface Placing {
  rank: number;
  of: number;
  percentile: number;
}

export interface DimensionGap extends Labelled {
  value: number;
  best: number;
  bestCodes: string[];
  gapToBest: number;
  regionalMedian: number;
  gapToRegionalMedian: number;
  nationalRank: number;
  nationalPercentile: number;
  regionalPercentile: number;
}

export interface ProfileYear {
  year: number;
  score: number | null;
  national: Placing | null;
  regional: Placing | null;
  nationalMedian: number | null;
  regionalMedian: number | null;
  dimensions: DimensionGap[];
  weakest: string[];
  source: Source;
}

export interface ProfileIndex extends Localized {
  index: IndexKey;
  years: ProfileYear[];
  missingYears: number[];
  trend: { from: { year: number; value: number }; to: { year: number; value: number }; change: number; slopePerYear: number | null; points: number; methodBreaks: number[] } | null;
}

export interface Profile {
  locality: LocalityDetail;
  unit: UnitSet;
  indices: ProfileIndex[];
}

export interface Comparison {
  index: IndexKey;
  unit: UnitSet;
  year: number | null;
  dimensions: Labelled[];
  localities: {
    locality: LocalityDetail;
    series: { year: number; score: number | null; rank: number | null; percentile: number | null }[];
    dimensions: Record<string, { value: number; rank: number; percentile: number }> | null;
  }[];
}

export interface FigureLink extends Localized {
  index: IndexKey;
  key: string;
}

export interface PriorityEvidence {
  locality: LocalityDetail;
  unit: UnitSet;
  year: number | null;
  method: Localized;
  editions: { index: IndexKey; year: number; source: Source }[];
  areas: (Localized & {
    area: string;
    need: number | null;
    used: (FigureLink & { year: number; value: number; percentile: number })[];
    unavailable: FigureLink[];
  })[];
}

export interface Unit extends LocalityDetail {
  id: string;
  kind: 'province' | 'city';
  successor?: LocalityRef;
  predecessors?: LocalityRef[];
}

export interface Units {
  date: string;
  set: UnitSet;
  localities: Unit[];
}

export interface ImportReport {
  file: string;
  sha256: string;
  index: IndexKey;
  changed: boolean;
  editions: { year: number; rows: number; outcome: 'created' | 'replaced' | 'unchanged'; reason?: 'same-file' | 'same-values'; previous?: { file: string; sha256: string }; gaps: Gap[] }[];
}

/** One bad cell or row of a refused file; what is wrong in both languages. */
export interface ImportProblem extends Localized {
  sheet: string;
  row: number | null;
  column: string | null;
}

export interface MappingLink {
  index: IndexKey;
  key: string;
}

/** A figure a mapping may name; PAPI sub-dimensions carry their dimension's key. */
export interface MappableFigure extends Localized, MappingLink {
  dimension?: string;
}

export type AreaLinks = Record<string, MappingLink[]>;

export interface AreaMappingDoc {
  mapping: AreaLinks;
  isDefault: boolean;
  version: number;
  changedBy: string | null;
  changedAt: string | null;
  areas: Labelled[];
  figures: MappableFigure[];
}

export interface Boundaries {
  type: 'FeatureCollection';
  unit: UnitSet;
  codeProperty: string;
  attribution: Localized;
  features: unknown[];
}

export const unitOf = (value: string | null): UnitSet => (value === '34' ? 34 : 63);
const unitQuery = (unit: UnitSet) => (unit === 34 ? '?unit=34' : '');

export const paths = {
  editions: '/api/indicators',
  edition: (index: IndexKey, year: number, unit: UnitSet) => `/api/indicators/${index}/${year}${unitQuery(unit)}`,
  profile: (code: string, unit: UnitSet) => `/api/localities/${encodeURIComponent(code)}/profile${unitQuery(unit)}`,
  evidence: (code: string, unit: UnitSet, year: number | null) =>
    `/api/localities/${encodeURIComponent(code)}/priority-evidence?unit=${unit}${year ? `&year=${year}` : ''}`,
  compare: (codes: string[], index: IndexKey, unit: UnitSet, year: number | null) =>
    `/api/localities/compare?codes=${codes.join(',')}&index=${index}&unit=${unit}${year ? `&year=${year}` : ''}`,
  boundaries: (unit: UnitSet) => `/api/localities/boundaries?unit=${unit}`,
  import: '/api/indicators/import',
  areaMapping: '/api/indicators/area-mapping',
  areaMappingReset: '/api/indicators/area-mapping/reset',
};

// The last day of the 63 and the first of the 34 (Resolution 202/2025/QH15).
export const UNIT_DATES: Record<UnitSet, string> = { 63: '2025-06-30', 34: '2025-07-01' };
export const unitsPath = (unit: UnitSet) => `/api/localities?date=${UNIT_DATES[unit]}`;

/** Screens' own links, so a page can be shared or reloaded as it is. */
export const links = {
  ranking: (index?: IndexKey, year?: number, unit: UnitSet = 63) => {
    const q = new URLSearchParams();
    if (index) q.set('index', index);
    if (year) q.set('year', String(year));
    if (unit === 34) q.set('unit', '34');
    const s = q.toString();
    return `/evidence${s ? `?${s}` : ''}`;
  },
  profile: (code: string, unit: UnitSet = 63) => `/evidence/provinces/${encodeURIComponent(code)}${unit === 34 ? '?unit=34' : ''}`,
  compare: (codes: string[], index?: IndexKey, unit: UnitSet = 63) =>
    `/evidence/compare?codes=${codes.join(',')}${index ? `&index=${index}` : ''}${unit === 34 ? '&unit=34' : ''}`,
  import: '/evidence/import',
  mapping: '/evidence/mapping',
};

// Shapes of the evidence API as the screens read them: the server's own, from the generated openapi.ts
// (src/modules/indicators/*.schema.ts); and the paths that ask for them.
import type { Schema } from '../../shared/api/schema';

export type Editions = Schema<'Editions'>;
export type IndexKey = Editions['indices'][number]['key'];
export type Edition = Schema<'Edition'>;
export type UnitSet = Edition['unit'];
export type EditionRow = Schema<'EditionRow'>;
export type Labelled = Schema<'IndexFigureLabel'>;
export type Region = Schema<'Region'>;
export type Source = Schema<'EditionSource'>;

export type Profile = Schema<'Profile'>;
export type ProfileIndex = Schema<'ProfileIndex'>;
export type ProfileYear = Schema<'ProfileYear'>;
export type Comparison = Schema<'Comparison'>;
export type PriorityEvidence = Schema<'PriorityEvidence'>;

export type Unit = Schema<'LocalityUnit'>;
export type Units = Schema<'LocalityUnits'>;

export type ImportReport = Schema<'IndexImportReport'>;
/** One bad cell or row of a refused file; what is wrong in both languages. */
export type ImportProblem = Schema<'FileProblem'>;

export type ProvinceStatistics = Schema<'ProvinceStatistics'>;
export type ProvinceDataset = ProvinceStatistics['datasets'][number];
export type StatisticsImportReport = Schema<'StatisticsImportReport'>;

export type MappingLink = Schema<'MappingLink'>;
/** A figure a mapping may name; PAPI sub-dimensions carry their dimension's key. */
export type MappableFigure = Schema<'MappableFigure'>;
export type AreaMappingDoc = Schema<'AreaMapping'>;
export type AreaLinks = AreaMappingDoc['mapping'];
export type Boundaries = Schema<'Boundaries'>;

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
  statistics: (code: string, unit: UnitSet) => `/api/localities/${encodeURIComponent(code)}/statistics${unitQuery(unit)}`,
  statisticsImport: '/api/indicators/statistics/import',
  statisticsTemplate: (format: 'csv' | 'xlsx') => `/api/indicators/statistics/template.${format}`,
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

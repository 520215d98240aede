// The figures an administrator may link to a priority area — every PCI sub-index, PAPI dimension and
// sub-dimension (of any year) and PGI sub-index, as the frameworks carry them, and every official statistics
// dataset the catalogue declares (index `GSO`) — and the check of an edited mapping: known areas, known
// figures, no link twice in one area, a positive weight, a side of need for a statistic without a direction.
// Pure: the module stores what passes.
import { GSO_DATASETS } from '../statistics/catalogue';
import { DERIVED } from '../statistics/derived';
import { PRIORITY_AREAS, needSideOf, type AreaMapping, type EvidenceLink, type EvidenceSource, type NeedSide, type PriorityAreaKey } from './analysis.priorities';
import { PAPI_DIMENSIONS, PAPI_FIRST_YEAR, papiSubdimensions } from './papi';
import { PCI_SUBINDICES } from './pci';
import { PGI_SUBINDICES } from './pgi';

export interface MappableFigure {
  index: EvidenceSource;
  key: string;
  vi: string;
  en: string;
  /** PAPI sub-dimensions: the dimension they belong to. */
  dimension?: string;
  /** Statistics: which side means more need by the dataset's direction; null when it has none (a link must say). */
  need?: NeedSide | null;
}

const gsoFigure = (d: { key: string; name: { vi: string; en: string } }): MappableFigure => ({ index: 'GSO', key: d.key, vi: d.name.vi, en: d.name.en, need: needSideOf({ index: 'GSO', key: d.key }) });

// Sub-dimensions change over the years; every year up to this one is looked at, the latest label kept.
const LAST_YEAR_LOOKED_AT = 2100;

function papiSubFigures(): MappableFigure[] {
  const byKey = new Map<string, MappableFigure>();
  for (let year = PAPI_FIRST_YEAR; year <= LAST_YEAR_LOOKED_AT; year++) {
    for (const s of papiSubdimensions(year)) byKey.set(s.key, { index: 'PAPI', key: s.key, vi: s.vi, en: s.en, dimension: s.dimension });
  }
  // In the published order of their dimensions.
  const order = PAPI_DIMENSIONS.map((d) => d.key);
  return [...byKey.values()].sort((a, b) => order.indexOf(a.dimension!) - order.indexOf(b.dimension!));
}

/** Every figure a mapping may name, grouped by index: PCI, then PAPI (each dimension, then its sub-dimensions), then PGI. */
export const MAPPABLE_FIGURES: readonly MappableFigure[] = (() => {
  const subs = papiSubFigures();
  return [
    ...PCI_SUBINDICES.map((d): MappableFigure => ({ index: 'PCI', key: d.key, vi: d.vi, en: d.en })),
    ...PAPI_DIMENSIONS.flatMap((d): MappableFigure[] => [{ index: 'PAPI', key: d.key, vi: d.vi, en: d.en }, ...subs.filter((s) => s.dimension === d.key)]),
    ...PGI_SUBINDICES.map((d): MappableFigure => ({ index: 'PGI', key: d.key, vi: d.vi, en: d.en })),
    ...[...GSO_DATASETS.values(), ...DERIVED].map(gsoFigure),
  ];
})();

export function mappableFigure(index: string, key: string): MappableFigure | undefined {
  return MAPPABLE_FIGURES.find((f) => f.index === index && f.key === key);
}

/** What is wrong with a proposed mapping, naming the area and the link at fault. */
export type MappingProblem =
  | { kind: 'unknown-area'; area: string }
  | { kind: 'unknown-figure'; area: string; index: string; key: string }
  | { kind: 'duplicate'; area: string; index: string; key: string }
  | { kind: 'bad-weight'; area: string; index: string; key: string }
  | { kind: 'need-side'; area: string; index: string; key: string };

export type ProposedLink = { index: string; key: string; weight?: number; need?: NeedSide };
export type ProposedMapping = Readonly<Record<string, ReadonlyArray<ProposedLink>>>;

// A weight above this is a typing slip, not a judgement: the default's largest is 10.
const MAX_WEIGHT = 1000;

/**
 * The mapping in canonical form (all eight areas in their order, links as given; an area left out is
 * empty), or the first problem found, areas in their order.
 */
export function checkMapping(proposed: ProposedMapping): { ok: true; mapping: AreaMapping } | { ok: false; problem: MappingProblem } {
  const known = new Set<string>(PRIORITY_AREAS.map((a) => a.key));
  const unknown = Object.keys(proposed).find((area) => !known.has(area));
  if (unknown !== undefined) return { ok: false, problem: { kind: 'unknown-area', area: unknown } };
  const mapping = {} as Record<PriorityAreaKey, EvidenceLink[]>;
  for (const { key: area } of PRIORITY_AREAS) {
    const links: EvidenceLink[] = [];
    for (const { index, key, weight, need } of proposed[area] ?? []) {
      const figure = mappableFigure(index, key);
      const at = { area, index, key };
      if (!figure) return { ok: false, problem: { kind: 'unknown-figure', ...at } };
      if (links.some((l) => l.index === index && l.key === key)) return { ok: false, problem: { kind: 'duplicate', ...at } };
      if (weight !== undefined && !(Number.isFinite(weight) && weight > 0 && weight <= MAX_WEIGHT)) return { ok: false, problem: { kind: 'bad-weight', ...at } };
      // Only a statistic has a side to choose; one without a direction must be given it.
      if ((need !== undefined && figure.index !== 'GSO') || (figure.index === 'GSO' && !need && !figure.need)) return { ok: false, problem: { kind: 'need-side', ...at } };
      links.push({ index: figure.index, key: figure.key, ...(weight !== undefined ? { weight } : {}), ...(need ? { need } : {}) });
    }
    mapping[area] = links;
  }
  return { ok: true, mapping };
}

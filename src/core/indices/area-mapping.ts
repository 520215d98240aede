// The figures an administrator may link to a priority area — every PCI sub-index, PAPI dimension and
// sub-dimension (of any year) and PGI sub-index, as the frameworks carry them — and the check of an edited
// mapping: known areas, known figures, no link twice in one area. Pure: the module stores what passes.
import { PRIORITY_AREAS, type AreaMapping, type EvidenceLink, type PriorityAreaKey } from './analysis.priorities';
import { PAPI_DIMENSIONS, PAPI_FIRST_YEAR, papiSubdimensions } from './papi';
import { PCI_SUBINDICES } from './pci';
import { PGI_SUBINDICES } from './pgi';
import type { IndexKey } from './types';

export interface MappableFigure {
  index: IndexKey;
  key: string;
  vi: string;
  en: string;
  /** PAPI sub-dimensions: the dimension they belong to. */
  dimension?: string;
}

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
  ];
})();

export function mappableFigure(index: string, key: string): MappableFigure | undefined {
  return MAPPABLE_FIGURES.find((f) => f.index === index && f.key === key);
}

/** What is wrong with a proposed mapping, naming the area and the link at fault. */
export type MappingProblem =
  | { kind: 'unknown-area'; area: string }
  | { kind: 'unknown-figure'; area: string; index: string; key: string }
  | { kind: 'duplicate'; area: string; index: string; key: string };

export type ProposedMapping = Readonly<Record<string, ReadonlyArray<{ index: string; key: string }>>>;

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
    for (const { index, key } of proposed[area] ?? []) {
      const figure = mappableFigure(index, key);
      if (!figure) return { ok: false, problem: { kind: 'unknown-figure', area, index, key } };
      if (links.some((l) => l.index === index && l.key === key)) return { ok: false, problem: { kind: 'duplicate', area, index, key } };
      links.push({ index: figure.index, key: figure.key });
    }
    mapping[area] = links;
  }
  return { ok: true, mapping };
}

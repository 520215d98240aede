// How much a priority area's need score rests on, said plainly: how many figures feed it, how recent they
// are, and whether they measure the need itself (official statistics) or only how it is governed (index
// figures: PAPI's poverty-list transparency is how openly communes publish their lists, not how many are
// poor). An area scored on governance figures alone is marked, so nobody reads its score as a measured need.
import type { AreaEvidence, PriorityAreaKey } from './analysis.priorities';

/**
 * `direct`: statistics only; `mixed`: both; `governance-only`: index figures only (a proxy); `none`: no figure.
 */
export type CoverageBasis = 'direct' | 'mixed' | 'governance-only' | 'none';

export interface AreaCoverage {
  area: PriorityAreaKey;
  /** Figures that feed the score (direct + governance). */
  figures: number;
  direct: number;
  governance: number;
  /** Mapped figures with no value for the province. */
  unavailable: number;
  /** The most recent and the oldest year among the figures used; null with none. */
  latestYear: number | null;
  oldestYear: number | null;
  basis: CoverageBasis;
  /** Share of the score's weight carried by direct measures (0–1); null with no figure. */
  directShare: number | null;
}

export function areaCoverage(evidence: AreaEvidence): AreaCoverage {
  const direct = evidence.used.filter((u) => u.direct);
  const governance = evidence.used.length - direct.length;
  const years = evidence.used.map((u) => u.year);
  const total = evidence.used.reduce((s, u) => s + u.weight, 0);
  const basis: CoverageBasis = !evidence.used.length ? 'none' : !direct.length ? 'governance-only' : governance ? 'mixed' : 'direct';
  return {
    area: evidence.area,
    figures: evidence.used.length,
    direct: direct.length,
    governance,
    unavailable: evidence.unavailable.length,
    latestYear: years.length ? Math.max(...years) : null,
    oldestYear: years.length ? Math.min(...years) : null,
    basis,
    directShare: total > 0 ? direct.reduce((s, u) => s + u.weight, 0) / total : null,
  };
}

/** Coverage of every area for every province given (code → its areas' evidence), in the order given. */
export function coverageByProvince(evidence: ReadonlyMap<string, readonly AreaEvidence[]>): Map<string, AreaCoverage[]> {
  return new Map([...evidence].map(([code, areas]) => [code, areas.map(areaCoverage)]));
}

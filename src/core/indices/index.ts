// Index frameworks (PCI, PAPI, PGI) and the analyses on their published figures: the public face of
// src/core/indices.
export type { Dimension, IndexKey, IndexRow } from './types';
export { INDICES, indexFramework, indexInfo, methodBreaks, type IndexFramework, type IndexInfo } from './frameworks';
export { PCI_SUBINDICES, pciComposite, pciSubindices, pciWeights } from './pci';
export { PAPI_DIMENSIONS, papiDimensions, papiSubdimensions, papiTotal, type PapiSubdimension } from './papi';
export { PGI_SUBINDICES, pgiTotal } from './pgi';
export { figureOf, rankValues, standings, type RowStanding, type ScoredRow, type Standing } from './analysis.rank';
export { changeBetween, seriesOf, trend, type Change, type Trend, type TrendPoint } from './analysis.trend';
export { gapsFor, median, weakestDimensions, type DimensionGap } from './analysis.gaps';
export { reaggregateTo34, type Constituent, type MergedRow, type Reaggregation, type ReaggregateOptions } from './analysis.reaggregate';
export {
  DEFAULT_AREA_MAPPING,
  PRIORITY_AREAS,
  areaEvidence,
  type AreaEvidence,
  type AreaMapping,
  type Edition,
  type EvidenceLink,
  type PriorityAreaKey,
} from './analysis.priorities';

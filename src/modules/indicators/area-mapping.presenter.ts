// Exactly the fields of the area mapping that leave the server: the mapping in force with who changed it
// last, and the names of the areas and of every figure a mapping may name, for the editing screen.
import { PRIORITY_AREAS } from '../../core/indices/analysis.priorities';
import { MAPPABLE_FIGURES } from '../../core/indices/area-mapping';
import type { MappingInForce } from './area-mapping.service';

export function presentAreaMapping(m: MappingInForce) {
  return {
    // Weights and sides as stored: a link without a weight counts 1, a statistic without a side takes its dataset's.
    mapping: Object.fromEntries(
      PRIORITY_AREAS.map(({ key }) => [key, (m.mapping[key] ?? []).map(({ index, key: figure, weight, need }) => ({ index, key: figure, ...(weight !== undefined ? { weight } : {}), ...(need ? { need } : {}) }))]),
    ),
    isDefault: m.isDefault,
    version: m.version,
    changedBy: m.changedBy,
    changedAt: m.changedAt?.toISOString() ?? null,
    areas: PRIORITY_AREAS.map(({ key, vi, en }) => ({ key, vi, en })),
    figures: MAPPABLE_FIGURES.map((f) => ({ index: f.index, key: f.key, vi: f.vi, en: f.en, ...(f.dimension ? { dimension: f.dimension } : {}), ...(f.index === 'GSO' ? { needByDirection: f.need ?? null } : {}) })),
  };
}

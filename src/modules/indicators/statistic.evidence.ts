// The official statistics a priority-area mapping names, read for the evidence per area: for each GSO link,
// the latest year held no later than the year asked for in which the province has a figure — on the 63 as
// published, on the 34 as re-aggregated (a dataset that cannot be carried onto the 34 is left unavailable,
// and says so in the area's list). Imported and derived datasets alike (beds per 10,000 people).
import type { AreaMapping, StatisticEdition } from '../../core/indices/analysis.priorities';
import { statisticSpec } from '../../core/indices/analysis.priorities';
import type { UnitSet } from '../../core/localities/types';
import type { Db } from '../../db/connection';
import { AppError } from '../../http/errors';
import { datasetScores, listDatasets } from './statistic.service';

export async function statisticEditions(db: Db, mapping: AreaMapping, code: string, unit: UnitSet, asOf: number | null): Promise<StatisticEdition[]> {
  const keys = new Set(Object.values(mapping).flatMap((links) => links.filter((l) => l.index === 'GSO').map((l) => l.key)));
  if (!keys.size) return [];
  const held = (await listDatasets(db)).filter((d) => keys.has(d.key));
  const editions: StatisticEdition[] = [];
  for (const dataset of held) {
    const years = dataset.years.map((y) => y.year).filter((y) => asOf === null || y <= asOf).sort((a, b) => b - a);
    for (const year of years) {
      const scores = await datasetScores(db, dataset.key, year, unit).catch((err: unknown) => {
        if (err instanceof AppError && err.status < 500) return null;
        throw err;
      });
      if (!scores) break;
      const values = new Map(scores.rows.filter((r) => r.value !== null).map((r) => [r.code, r.value!]));
      if (!values.has(code)) continue;
      editions.push({ dataset: dataset.key, year, values });
      break;
    }
  }
  return editions;
}

/** The name of a statistics dataset as the catalogue gives it. */
export function statisticLabel(key: string): { vi: string; en: string } {
  const spec = statisticSpec(key);
  return spec ? { vi: spec.name.vi, en: spec.name.en } : { vi: key, en: key };
}

// Derived measures read on request (core/statistics/derived.ts declares them): both inputs of the year are
// loaded, the ratio computed per province (63) or recomputed from the summed inputs (34), and every row
// carries its numerator and denominator, so the figure can be checked by hand. A missing input is said.
import { GSO_LICENCE, GSO_SOURCE } from '../../core/statistics/catalogue';
import { derive, deriveOnto34, RATIO_METHOD, type DerivedSpec } from '../../core/statistics/derived';
import { rankedRows } from '../../core/statistics/pxweb';
import type { UnitSet } from '../../core/localities/types';
import { LOCALITIES_63 } from '../../core/localities/units';
import type { Db } from '../../db/connection';
import { AppError } from '../../http/errors';
import type { DatasetInfo, DatasetScores } from './statistic.service';
import { findDataset } from './statistic.service';
import { sourceOf, yearValues, type YearValue } from './statistic.values';

export function derivedInfo(spec: DerivedSpec): DatasetInfo {
  return {
    key: spec.key,
    name: spec.name,
    unit: spec.unit,
    definition: spec.definition,
    direction: spec.direction,
    aggregation: spec.aggregation,
    source: { vi: `${GSO_SOURCE.vi}; tính bởi Đối Thoại: ${spec.formula.vi}`, en: `${GSO_SOURCE.en}; computed by Đối Thoại: ${spec.formula.en}` },
    licence: GSO_LICENCE,
    breaks: spec.breaks ?? [],
  };
}

async function input(db: Db, spec: DerivedSpec, key: string, year: number): Promise<{ name: DatasetInfo['name']; values: YearValue[] }> {
  const dataset = await findDataset(db, key);
  const values = dataset ? await yearValues(db, key, year) : [];
  if (!dataset || !values.length) throw AppError.of(404, 'statistics.derived_input_missing', { key: spec.key, year, input: key });
  return { name: dataset.name, values };
}

export async function derivedScores(db: Db, spec: DerivedSpec, year: number, unit: UnitSet): Promise<DatasetScores> {
  const numerator = await input(db, spec, spec.numerator, year);
  const denominator = await input(db, spec, spec.denominator, year);
  const map = (values: YearValue[]) => new Map(values.map((v) => [v.code, v.value]));
  const dataset = derivedInfo(spec);
  const base = {
    dataset,
    year,
    unit,
    preliminary: [...numerator.values, ...denominator.values].some((v) => v.preliminary),
    source: sourceOf(numerator.values[0]),
    derived: {
      formula: spec.formula,
      numerator: { key: spec.numerator, name: numerator.name, source: sourceOf(numerator.values[0]) },
      denominator: { key: spec.denominator, name: denominator.name, source: sourceOf(denominator.values[0]) },
    },
  };
  if (unit === 63) {
    const figures = derive(LOCALITIES_63.map((u) => u.code), map(numerator.values), map(denominator.values), spec.factor);
    return { ...base, rows: rankedRows(figures, spec.direction) };
  }
  return { ...base, method: RATIO_METHOD, rows: rankedRows(deriveOnto34(map(numerator.values), map(denominator.values), spec.factor), spec.direction) };
}

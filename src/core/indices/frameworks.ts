// One description per index and year — its dimensions, scales and how the headline score is built — so the
// readers and the analyses ask one place rather than knowing each index's history themselves.
import { InputError } from '../errors';
import { PAPI_FIRST_YEAR, papiDimensions, papiSubdimensions, papiTotal } from './papi';
import { pciComposite, pciSubindices, pciWeights } from './pci';
import { PGI_FIRST_YEAR, PGI_SUBINDICES, pgiTotal } from './pgi';
import type { Dimension, IndexKey } from './types';

export interface IndexInfo {
  key: IndexKey;
  vi: string;
  en: string;
  publisher: string;
  firstYear: number;
}

export const INDICES: readonly IndexInfo[] = [
  { key: 'PCI', vi: 'Chỉ số năng lực cạnh tranh cấp tỉnh', en: 'Provincial Competitiveness Index', publisher: 'VCCI', firstYear: 2010 },
  {
    key: 'PAPI',
    vi: 'Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh',
    en: 'Provincial Governance and Public Administration Performance Index',
    publisher: 'UNDP, CECODES, VFF-CRT, RTA',
    firstYear: PAPI_FIRST_YEAR,
  },
  { key: 'PGI', vi: 'Chỉ số xanh cấp tỉnh', en: 'Provincial Green Index', publisher: 'VCCI', firstYear: PGI_FIRST_YEAR },
];

export interface IndexFramework {
  index: IndexKey;
  year: number;
  dimensions: readonly Dimension[];
  /** Range of each dimension and of the headline score. */
  dimensionScale: readonly [number, number];
  scoreScale: readonly [number, number];
  /** The headline score from the dimensions; null when it cannot be formed (a dimension or the weights missing). */
  score(dimensions: Readonly<Record<string, number>>): number | null;
  /** Equal signatures mean scores of the two years are built the same way. */
  signature: string;
}

export function indexInfo(index: IndexKey): IndexInfo {
  const info = INDICES.find((i) => i.key === index);
  if (!info) throw new InputError(`"${index}" is not an index the platform knows (PCI, PAPI, PGI).`, {}, `"${index}" không phải là chỉ số nền tảng biết (PCI, PAPI, PGI).`);
  return info;
}

export function indexFramework(index: IndexKey, year: number): IndexFramework {
  const info = indexInfo(index);
  if (!Number.isInteger(year) || year < info.firstYear || year > 2100) {
    throw new InputError(
      `${index} has no ${year} edition the platform knows; its series starts in ${info.firstYear}.`,
      {},
      `nền tảng không biết ấn bản ${year} nào của ${index}; chuỗi số liệu bắt đầu từ năm ${info.firstYear}.`,
    );
  }
  if (index === 'PCI') {
    const dimensions = pciSubindices(year);
    return {
      index, year, dimensions,
      dimensionScale: [0, 10],
      scoreScale: [0, 100],
      score: (d) => pciComposite(year, d),
      signature: `PCI ${JSON.stringify(pciWeights(year) ?? dimensions.map((x) => x.key))}`,
    };
  }
  if (index === 'PAPI') {
    const dimensions = papiDimensions(year);
    return {
      index, year, dimensions,
      dimensionScale: [1, 10],
      scoreScale: [dimensions.length, 10 * dimensions.length],
      score: (d) => papiTotal(year, d),
      signature: `PAPI ${papiSubdimensions(year).map((s) => s.key).join(',')}`,
    };
  }
  return {
    index, year, dimensions: PGI_SUBINDICES,
    dimensionScale: [0, 10],
    scoreScale: [0, 40],
    score: (d) => pgiTotal(d),
    signature: 'PGI',
  };
}

/** Years (after the first of `years`) whose score is built differently from the year before in the list. */
export function methodBreaks(index: IndexKey, years: readonly number[]): number[] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  return sorted.filter((y, i) => i > 0 && indexFramework(index, y).signature !== indexFramework(index, sorted[i - 1]).signature);
}

// The Provincial Competitiveness Index (VCCI): sub-indices on 0–10 and a composite on 0–100 equal to ten
// times the weighted mean of the sub-indices. Policy bias (equal competition) entered the composite in 2013.
import type { Dimension } from './types';

export const PCI_SUBINDICES: readonly Dimension[] = [
  { key: 'entry-costs', vi: 'Chi phí gia nhập thị trường', en: 'Entry costs' },
  { key: 'land-access', vi: 'Tiếp cận đất đai', en: 'Land access and security of tenure' },
  { key: 'transparency', vi: 'Tính minh bạch', en: 'Transparency and access to information' },
  { key: 'time-costs', vi: 'Chi phí thời gian', en: 'Time costs and regulatory compliance' },
  { key: 'informal-charges', vi: 'Chi phí không chính thức', en: 'Informal charges' },
  { key: 'policy-bias', vi: 'Cạnh tranh bình đẳng', en: 'Policy bias (equal competition)' },
  { key: 'proactivity', vi: 'Tính năng động của chính quyền tỉnh', en: 'Proactivity of provincial leadership' },
  { key: 'business-support', vi: 'Dịch vụ hỗ trợ doanh nghiệp', en: 'Business support services' },
  { key: 'labour-training', vi: 'Đào tạo lao động', en: 'Labour training' },
  { key: 'legal-institutions', vi: 'Thiết chế pháp lý', en: 'Legal institutions' },
];

export const PCI_FIRST_YEAR_WITH_POLICY_BIAS = 2013;

type Weights = Readonly<Record<string, number>>;

// 2013–2016: VCCI's published weights (../shared/data/vn/README.md). 2010 and 2012: not written in the
// workbooks nor in PCI_Import.csv; recovered from PCI_2010.xls and PCI_2012.xlsx by least squares of the
// published composite on the nine published sub-indices — the fit is exact (largest residual under 1e-5 on
// all 63 provinces) at these round percentages. 2011 is not carried: no workbook checked.
const NINE: Weights = {
  'entry-costs': 0.1, 'land-access': 0.05, transparency: 0.2, 'time-costs': 0.15, 'informal-charges': 0.1,
  proactivity: 0.1, 'business-support': 0.05, 'labour-training': 0.2, 'legal-institutions': 0.05,
};
const TEN: Weights = {
  'entry-costs': 0.05, 'land-access': 0.05, transparency: 0.2, 'time-costs': 0.05, 'informal-charges': 0.1,
  'policy-bias': 0.05, proactivity: 0.05, 'business-support': 0.2, 'labour-training': 0.2, 'legal-institutions': 0.05,
};
// 2017–2021: the same ten weights reproduce every composite of the 2017 and 2018 workbooks and the printed
// 2020–2021 scores (../shared/data/vn/pci_2017_2019_vietnam_elections, pci_pgi_2020_2024_published_refs).
// From 2022 VCCI aggregates otherwise (Thanh Hoá 2022: 63.67 printed, 60.94 by these weights): not carried,
// so a 2022 or later composite is stored as published, unchecked.
const WEIGHTS_BY_YEAR: Readonly<Record<number, Weights>> = {
  2010: NINE, 2012: NINE, 2013: TEN, 2014: TEN, 2015: TEN, 2016: TEN, 2017: TEN, 2018: TEN, 2019: TEN, 2020: TEN, 2021: TEN,
};

/** The sub-indices that make up the composite in a year. */
export function pciSubindices(year: number): readonly Dimension[] {
  return year >= PCI_FIRST_YEAR_WITH_POLICY_BIAS ? PCI_SUBINDICES : PCI_SUBINDICES.filter((d) => d.key !== 'policy-bias');
}

/** Weights (summing to 1) of a year's composite, or null where they are not known. */
export function pciWeights(year: number): Weights | null {
  return WEIGHTS_BY_YEAR[year] ?? null;
}

/** Ten times the weighted mean of the sub-indices; null if the weights are unknown or a sub-index is missing. */
export function pciComposite(year: number, subindices: Readonly<Record<string, number>>): number | null {
  const weights = pciWeights(year);
  if (!weights) return null;
  let sum = 0;
  for (const [key, weight] of Object.entries(weights)) {
    const value = subindices[key];
    if (value === undefined) return null;
    sum += weight * value;
  }
  return 10 * sum;
}

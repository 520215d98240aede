// Where the figures sit in the summary sheet ("Tong hop" / "Summary_VN", the first sheet) of VCCI's PCI
// workbooks, per year, as described in PCI_Import.csv of mdtrinh/vietnamdata (CC0). Columns are 1-based; the
// sheet ranks each sub-index separately, so every score column has its own province-name column just left
// of it. Years 2005–2009 have other structures and no workbook here to test against, so they are not carried.
export interface PciLayout {
  year: number;
  format: 'xls' | 'xlsx';
  firstRow: number;
  lastRow: number;
  /** Sub-index key → column of its scores. */
  columns: Readonly<Record<string, number>>;
  /** The composite (weighted) PCI. */
  composite: number;
  /** 2010 only: the plain sum of the sub-indices ("Chưa có trọng số"). */
  unweighted?: number;
}

const NINE = {
  'entry-costs': 3, 'land-access': 5, transparency: 7, 'time-costs': 9, 'informal-charges': 11,
  proactivity: 13, 'business-support': 15, 'labour-training': 17, 'legal-institutions': 19,
};
const TEN = {
  'entry-costs': 3, 'land-access': 5, transparency: 7, 'time-costs': 9, 'informal-charges': 11,
  'policy-bias': 13, proactivity: 15, 'business-support': 17, 'labour-training': 19, 'legal-institutions': 21,
};
const rows = { firstRow: 2, lastRow: 64 };

export const PCI_LAYOUTS: Readonly<Record<number, PciLayout>> = {
  2010: { year: 2010, format: 'xls', ...rows, columns: NINE, unweighted: 21, composite: 23 },
  2011: { year: 2011, format: 'xls', ...rows, columns: NINE, composite: 21 },
  2012: { year: 2012, format: 'xlsx', ...rows, columns: NINE, composite: 21 },
  2013: { year: 2013, format: 'xlsx', ...rows, columns: TEN, composite: 23 },
  2014: { year: 2014, format: 'xlsx', ...rows, columns: TEN, composite: 23 },
  2015: { year: 2015, format: 'xlsx', ...rows, columns: TEN, composite: 23 },
  2016: { year: 2016, format: 'xlsx', ...rows, columns: TEN, composite: 23 },
};

// Words each header must contain (compared without diacritics), so a sheet laid out for another year is
// refused rather than read into the wrong sub-indices.
export const PCI_HEADER_WORDS: Readonly<Record<string, string>> = {
  'entry-costs': 'gia nhap',
  'land-access': 'dat dai',
  transparency: 'minh bach',
  'time-costs': 'thoi gian',
  'informal-charges': 'khong chinh thuc',
  'policy-bias': 'binh dang',
  proactivity: 'nang dong',
  'business-support': 'ho tro',
  'labour-training': 'lao dong',
  'legal-institutions': 'phap ly',
};

// The inventory workbook's columns: one sheet per sector (named by the sector's Vietnamese name), one row
// per activity, headed in Vietnamese and English. Kinds and levels are written by their Vietnamese names and read back by name or key.
import { ACTIVITY_KINDS, KIND_LABELS, LEVELS, LEVEL_LABELS, type Activity } from '../../core/devolution';
import { fold, type Cell } from '../../importers/grid';

export const COLUMNS = [
  { key: 'code', header: 'Mã hoạt động', en: 'Activity code', width: 12 },
  { key: 'unit', header: 'Đơn vị (mã)', en: 'Unit (code)', width: 16 },
  { key: 'functionCode', header: 'Mã chức năng', en: 'Function code', width: 12 },
  { key: 'functionName', header: 'Chức năng', en: 'Function', width: 36 },
  { key: 'name', header: 'Hoạt động', en: 'Activity', width: 40 },
  { key: 'kind', header: 'Loại hoạt động', en: 'Kind of activity', width: 20 },
  { key: 'legalDocument', header: 'Văn bản pháp lý', en: 'Legal document', width: 28 },
  { key: 'legalArticle', header: 'Điều khoản', en: 'Article', width: 12 },
  { key: 'level', header: 'Cấp hiện tại', en: 'Current level', width: 16 },
  { key: 'workload', header: 'Khối lượng (hồ sơ/năm)', en: 'Workload (cases a year)', width: 14, numFmt: '#,##0.##' },
  { key: 'staff', header: 'Biên chế', en: 'Staff', width: 10, numFmt: '#,##0.##' },
  { key: 'budget', header: 'Ngân sách (triệu đồng/năm)', en: 'Budget (million VND a year)', width: 16, numFmt: '#,##0.##' },
] as const satisfies ReadonlyArray<{ key: keyof Activity; header: string; en: string; width: number; numFmt?: string }>;

/** The header a workbook is written with: Vietnamese first, English after a slash. */
export const headerOf = (c: (typeof COLUMNS)[number]) => `${c.header} / ${c.en}`;

/** Whether a header cell names this column: as written now, in Vietnamese or English alone (as earlier exports wrote it), or by key. */
export const namesColumn = (c: (typeof COLUMNS)[number], cell: Cell) => {
  const f = fold(cell);
  return [headerOf(c), c.header, c.en].some((h) => fold(h) === f) || c.key.toLowerCase() === f;
};

export type ColumnKey = (typeof COLUMNS)[number]['key'];
export const REQUIRED: readonly ColumnKey[] = COLUMNS.filter((c) => c.key !== 'legalArticle').map((c) => c.key);

/** A kind from its key or its Vietnamese or English name, folded; null when it is none of them. */
export function kindFrom(text: string): Activity['kind'] | null {
  const f = fold(text);
  return ACTIVITY_KINDS.find((k) => k === f || fold(KIND_LABELS[k].vi) === f || fold(KIND_LABELS[k].en) === f) ?? null;
}

export function levelFrom(text: string): Activity['level'] | null {
  const f = fold(text);
  return LEVELS.find((l) => l === f || fold(LEVEL_LABELS[l].vi) === f || fold(LEVEL_LABELS[l].en) === f) ?? null;
}

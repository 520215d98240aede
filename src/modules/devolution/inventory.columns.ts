// The inventory workbook's columns: one sheet per sector (named by the sector's Vietnamese name), one row
// per activity. Kinds and levels are written by their Vietnamese names and read back by name or key.
import { ACTIVITY_KINDS, KIND_LABELS, LEVELS, LEVEL_LABELS, type Activity } from '../../core/devolution';
import { fold } from '../../importers/grid';

export const COLUMNS = [
  { key: 'code', header: 'Mã hoạt động', width: 12 },
  { key: 'unit', header: 'Đơn vị (mã)', width: 16 },
  { key: 'functionCode', header: 'Mã chức năng', width: 12 },
  { key: 'functionName', header: 'Chức năng', width: 36 },
  { key: 'name', header: 'Hoạt động', width: 40 },
  { key: 'kind', header: 'Loại hoạt động', width: 20 },
  { key: 'legalDocument', header: 'Văn bản pháp lý', width: 28 },
  { key: 'legalArticle', header: 'Điều khoản', width: 12 },
  { key: 'level', header: 'Cấp hiện tại', width: 16 },
  { key: 'workload', header: 'Khối lượng (hồ sơ/năm)', width: 14, numFmt: '#,##0.##' },
  { key: 'staff', header: 'Biên chế', width: 10, numFmt: '#,##0.##' },
  { key: 'budget', header: 'Ngân sách (triệu đồng/năm)', width: 16, numFmt: '#,##0.##' },
] as const satisfies ReadonlyArray<{ key: keyof Activity; header: string; width: number; numFmt?: string }>;

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

// The two tables officials edit in Excel or as CSV: actions and progress. Export writes them,
// import reads them back by header, so export → edit → import round-trips.
export const SHEETS = { actions: 'Nhiệm vụ', progress: 'Tiến độ' } as const;

export const ACTION_COLUMNS = [
  { key: 'code', header: 'Mã nhiệm vụ (code)', width: 12 },
  { key: 'objective', header: 'Mã mục tiêu (objective)', width: 12 },
  { key: 'titleVi', header: 'Tên nhiệm vụ', width: 50 },
  { key: 'titleEn', header: 'Action (English)', width: 44 },
  { key: 'lead', header: 'Đơn vị chủ trì (lead agency)', width: 24 },
  { key: 'coordinators', header: 'Đơn vị phối hợp (coordinating)', width: 30 },
  { key: 'area', header: 'Lĩnh vực (priority area)', width: 16 },
  { key: 'startsOn', header: 'Bắt đầu (start) dd/mm/yyyy', width: 14 },
  { key: 'dueOn', header: 'Hạn hoàn thành (due) dd/mm/yyyy', width: 14 },
  { key: 'budgetPlanned', header: 'Kinh phí kế hoạch, triệu đồng (planned budget)', width: 16 },
  { key: 'budgetSpent', header: 'Kinh phí đã chi, triệu đồng (spent)', width: 16 },
  { key: 'budgetSource', header: 'Nguồn kinh phí (source)', width: 20 },
  { key: 'weight', header: 'Trọng số (weight)', width: 10 },
  { key: 'recommendations', header: 'Khuyến nghị (recommendations)', width: 30 },
] as const;

export const PROGRESS_COLUMNS = [
  { key: 'code', header: 'Mã nhiệm vụ (code)', width: 12 },
  { key: 'title', header: 'Tên nhiệm vụ (chỉ để đọc / read only)', width: 44 },
  { key: 'period', header: 'Kỳ báo cáo (period)', width: 12 },
  { key: 'percent', header: 'Tiến độ % (progress)', width: 10 },
  { key: 'statusNote', header: 'Tình trạng (status)', width: 24 },
  { key: 'narrative', header: 'Nội dung báo cáo (narrative)', width: 60 },
  { key: 'kpis', header: 'Giá trị chỉ tiêu (KPI values) mã=giá trị; …', width: 30 },
  { key: 'submittedOn', header: 'Ngày nộp (submitted, chỉ để đọc / read only)', width: 14 },
] as const;

export type ActionColumn = (typeof ACTION_COLUMNS)[number]['key'];
export type ProgressColumn = (typeof PROGRESS_COLUMNS)[number]['key'];

/** dd/mm/yyyy (or yyyy-mm-dd, as Excel date cells arrive) → yyyy-mm-dd, or null. */
export function isoFromCell(text: string): string | null {
  const t = text.trim();
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(t) ? t : null;
}

export const listCell = (items: readonly string[]) => items.join('; ');
export const splitList = (text: string) => text.split(/[;\n]/).map((s) => s.trim()).filter(Boolean);

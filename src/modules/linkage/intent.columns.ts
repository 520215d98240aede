// The offers-and-needs sheet officials edit in Excel: export writes it, import reads it back by header, so
// export → edit → import round-trips. The id column ties a row to a stored offer or need (blank: a new one,
// or the stored one with the same locality, direction, sector, kind and Vietnamese text).
export const INTENT_SHEET = 'Đề xuất và nhu cầu';
export const GUIDE_SHEET = 'Hướng dẫn';

export const INTENT_COLUMNS = [
  { key: 'id', header: 'Mã (id; để trống cho dòng mới / blank for a new row)', width: 38 },
  { key: 'direction', header: 'Loại (offer/need)', width: 12 },
  { key: 'locality', header: 'Mã địa phương (locality id)', width: 14 },
  { key: 'localityName', header: 'Địa phương (chỉ để đọc / read only)', width: 18 },
  { key: 'sector', header: 'Lĩnh vực (sector)', width: 18 },
  { key: 'kind', header: 'Hình thức (kind)', width: 12 },
  { key: 'textVi', header: 'Nội dung', width: 50 },
  { key: 'textEn', header: 'Description (English)', width: 44 },
  { key: 'size', header: 'Quy mô 1–5 (size)', width: 10 },
  { key: 'startsOn', header: 'Từ ngày (from) dd/mm/yyyy', width: 14 },
  { key: 'endsOn', header: 'Đến ngày (to) dd/mm/yyyy', width: 14 },
  { key: 'evidenceIndex', header: 'Chỉ số minh chứng (index: PCI/PAPI/PGI)', width: 14 },
  { key: 'evidenceIndicator', header: 'Chỉ tiêu (indicator)', width: 18 },
  { key: 'evidenceYear', header: 'Năm chỉ số (year)', width: 10 },
] as const;

export type IntentColumn = (typeof INTENT_COLUMNS)[number]['key'];
export const REQUIRED_COLUMNS: readonly IntentColumn[] = ['direction', 'locality', 'sector', 'kind', 'textVi', 'size'];

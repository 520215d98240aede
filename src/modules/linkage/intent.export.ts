// A region's offers and needs as an Excel workbook: the sheet the import reads back ("Đề xuất và nhu cầu")
// and a guide sheet with the codes it accepts (directions, sectors, kinds, the region's localities). The
// template is the same workbook with no rows.
import { formatDate } from '../../core/format';
import { INTENT_KINDS, INTENT_KIND_LABELS, SECTORS } from '../../core/linkage/sectors';
import { addTableSheet, newWorkbook, workbookBytes, type CellValue } from '../../reports/xlsx';
import { GUIDE_SHEET, INTENT_COLUMNS, INTENT_SHEET } from './intent.columns';
import type { Intent } from './intent.service';
import { presentLocality } from './linkage.presenter';

export function intentRows(intents: readonly Intent[]): CellValue[][] {
  return intents.map((i) => [
    i.id,
    i.direction,
    i.localityId,
    presentLocality(i.localityId).name,
    i.sector,
    i.kind,
    i.text.vi,
    i.text.en ?? '',
    i.size,
    i.startsOn ? formatDate(i.startsOn) : '',
    i.endsOn ? formatDate(i.endsOn) : '',
    i.evidence?.index ?? '',
    i.evidence?.indicator ?? '',
    i.evidence?.year ?? null,
  ]);
}

function guideRows(localities: readonly string[]): CellValue[][] {
  return [
    ['Loại (offer/need)', 'offer', 'đề xuất: địa phương có thể cung cấp', 'what the locality can offer'],
    ['Loại (offer/need)', 'need', 'nhu cầu: địa phương cần', 'what the locality needs'],
    ...SECTORS.map((s): CellValue[] => ['Lĩnh vực (sector)', s.key, s.vi, s.en]),
    ...INTENT_KINDS.map((k): CellValue[] => ['Hình thức (kind)', k, INTENT_KIND_LABELS[k].vi, INTENT_KIND_LABELS[k].en]),
    ...localities.map((id): CellValue[] => {
      const l = presentLocality(id);
      return ['Mã địa phương (locality id)', id, `${l.name} (từ 1/7/2025: ${l.successor.name})`, `${l.nameEn} (since 1 July 2025: ${l.successor.name})`];
    }),
    ['Quy mô 1–5 (size)', '1 … 5', '1 nhỏ … 5 rất lớn', '1 small … 5 very large'],
  ];
}

export async function intentWorkbook(intents: readonly Intent[], localities: readonly string[], now: Date): Promise<Buffer> {
  const workbook = newWorkbook(now);
  addTableSheet(workbook, INTENT_SHEET, [...INTENT_COLUMNS], intentRows(intents));
  addTableSheet(workbook, GUIDE_SHEET, [{ header: 'Cột (column)', width: 26 }, { header: 'Mã (code)', width: 18 }, { header: 'Nghĩa', width: 48 }, { header: 'Meaning', width: 40 }], guideRows(localities));
  return workbookBytes(workbook);
}

// The statistics template to download: the sheet the importer reads back (importers/statistics.template.ts)
// with a row per province, code and name filled in, and — in the workbook — a second sheet listing the
// dataset keys it accepts with their names, units and direction. The CSV is the first sheet alone.
import { csvLine } from '../../core/csv';
import { GSO_DATASETS } from '../../core/statistics/catalogue';
import { templateRows } from '../../importers/statistics.template';
import { addTableSheet, newWorkbook, workbookBytes } from '../../reports/xlsx';

const DIRECTION = { 'higher-better': 'cao hơn là tốt hơn (higher is better)', 'higher-worse': 'cao hơn là xấu hơn (higher is worse)', neutral: 'không xếp hạng (not ranked)' } as const;

export async function statisticsTemplateWorkbook(now: Date): Promise<Buffer> {
  const workbook = newWorkbook(now);
  const [header, ...rows] = templateRows();
  addTableSheet(workbook, 'Số liệu', header.map((h, k) => ({ header: h, width: [26, 12, 24, 8, 12, 12][k] ?? 14 })), rows);
  const catalogue = [...GSO_DATASETS.values()].map((d) => [d.key, d.name.vi, d.name.en, d.unit.vi, DIRECTION[d.direction]]);
  addTableSheet(workbook, 'Danh mục (datasets)', [
    { header: 'Mã bộ số liệu (dataset key)', width: 34 },
    { header: 'Tên', width: 44 },
    { header: 'Name', width: 40 },
    { header: 'Đơn vị (unit)', width: 16 },
    { header: 'Chiều (direction)', width: 30 },
  ], catalogue);
  return workbookBytes(workbook);
}

/** The same first sheet as CSV, with a byte-order mark so that Excel opens it as UTF-8. */
export function statisticsTemplateCsv(): string {
  return `\uFEFF${templateRows().map((r) => csvLine(r)).join('\r\n')}\r\n`;
}


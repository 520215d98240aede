// The inventory as an Excel workbook, one sheet per sector in the order of the sector list, ready to edit
// and import again (inventory.import.ts reads exactly this).
import { DEVOLUTION_SECTORS, KIND_LABELS, LEVEL_LABELS, type Activity } from '../../core/devolution';
import { addTableSheet, newWorkbook, workbookBytes } from '../../reports/xlsx';
import { COLUMNS, headerOf } from './inventory.columns';

export async function inventoryWorkbook(activities: readonly Activity[], now: Date): Promise<Buffer> {
  const workbook = newWorkbook(now);
  for (const sector of DEVOLUTION_SECTORS) {
    const rows = activities.filter((a) => a.sector === sector.key);
    if (rows.length === 0) continue;
    addTableSheet(
      workbook,
      sector.vi,
      COLUMNS.map((c) => ({ header: headerOf(c), width: c.width, numFmt: 'numFmt' in c ? c.numFmt : undefined })),
      rows.map((a) => COLUMNS.map((c) => (c.key === 'kind' ? KIND_LABELS[a.kind].vi : c.key === 'level' ? LEVEL_LABELS[a.level].vi : a[c.key]))),
    );
  }
  return workbookBytes(workbook);
}

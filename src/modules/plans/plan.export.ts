// Actions and progress of a plan as an XLSX workbook (two sheets) or as CSV (one table).
import { csvLine } from '../../core/csv';
import { writeVnNumber } from '../../core/vn-number';
import { addTableSheet, newWorkbook, workbookBytes, type CellValue } from '../../reports/xlsx';
import { ACTION_COLUMNS, PROGRESS_COLUMNS, SHEETS, listCell } from './plan.columns';
import { formatDate } from '../../core/format';
import type { PlanContents } from './plan.load';

type Names = { organisationSlugs: Map<string, string> };

export function actionRows(contents: PlanContents, names: Names): CellValue[][] {
  const objectiveCode = new Map(contents.objectives.map((o) => [o.id, o.code]));
  const slug = (id: string) => names.organisationSlugs.get(id) ?? id;
  return contents.actions.map((a) => [
    a.code,
    objectiveCode.get(a.objectiveId)!,
    a.title.vi,
    a.title.en,
    slug(a.leadOrganisationId),
    listCell(a.coordinatorIds.map(slug).sort()),
    a.priorityArea ?? '',
    formatDate(a.startsOn),
    formatDate(a.dueOn),
    a.budgetPlanned,
    a.budgetSpent,
    a.budgetSource ?? '',
    a.weight,
    listCell(a.recommendations.map((r) => `${r.consultationId}:${r.optionKey}`)),
  ]);
}

export function progressRows(contents: PlanContents): CellValue[][] {
  const byId = new Map(contents.actions.map((a) => [a.id, a]));
  return contents.reports
    .map((r) => ({ r, a: byId.get(r.actionId)! }))
    .sort((x, y) => (x.a.code === y.a.code ? (x.r.period < y.r.period ? -1 : 1) : x.a.position - y.a.position || (x.a.code < y.a.code ? -1 : 1)))
    .map(({ r, a }) => [
      a.code,
      a.title.vi,
      r.period,
      r.percent,
      r.statusNote,
      r.narrative,
      listCell(Object.entries(r.kpiValues).sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, v]) => `${k}=${writeVnNumber(v)}`)),
      formatDate(r.submittedOn),
    ]);
}

export async function planWorkbook(contents: PlanContents, names: Names, now: Date): Promise<Buffer> {
  const workbook = newWorkbook(now);
  addTableSheet(workbook, SHEETS.actions, [...ACTION_COLUMNS], actionRows(contents, names));
  addTableSheet(workbook, SHEETS.progress, [...PROGRESS_COLUMNS], progressRows(contents));
  return workbookBytes(workbook);
}

export function planCsv(sheet: 'actions' | 'progress', contents: PlanContents, names: Names): string {
  const [columns, rows] = sheet === 'actions' ? [ACTION_COLUMNS, actionRows(contents, names)] : [PROGRESS_COLUMNS, progressRows(contents)];
  // Numbers the Vietnamese way (decimal comma), as the import reads them; a byte-order mark, so that
  // Excel opens the file as UTF-8.
  return `\ufeff${[columns.map((c) => c.header), ...rows].map((r) => csvLine(r, writeVnNumber)).join('\r\n')}\r\n`;
}

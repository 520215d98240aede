// The results workbook an official hands on: the ranking, a sheet per breakdown (clusters, groups)
// when the consultation has them, how the count was made, and the anonymised ballots.
import type ExcelJS from 'exceljs';
import { canonicalJson } from '../../../core/consultations/receipt';
import { addTableSheet, newWorkbook, printOnA4, sheetName, workbookBytes, type CellValue } from '../../../reports/xlsx';
import { methodLines } from './method.lines';
import { scoreHeading } from './method.text';
import { rankedOptions, type Part, type ResultsReport } from './results-report';

/** Excel's last row is 1 048 576; past that the ballots are only in ballots.csv. */
const MAX_BALLOT_ROWS = 1_048_000;

export async function resultsWorkbook(report: ResultsReport): Promise<Buffer> {
  const workbook = newWorkbook(report.exportedAt);
  const scoreLabel = scoreHeading(report);
  addTableSheet(
    workbook,
    'Kết quả',
    [{ header: 'Hạng (rank)', width: 11 }, { header: 'Mã (key)', width: 10 }, { header: 'Phương án', width: 44 }, { header: 'Option', width: 40 }, { header: `${scoreLabel.vi} / ${scoreLabel.en}`, width: 30 }],
    rankedOptions(report.results, report.options).map((o) => [o.rank, o.key, o.title.vi, o.title.en, o.score ?? null]),
  );
  if (report.byCluster.length) breakdownSheet(workbook, 'Theo cụm', report, report.byCluster);
  if (report.byGroup.length) breakdownSheet(workbook, 'Theo nhóm', report, report.byGroup);
  addTableSheet(workbook, 'Phương pháp', [{ header: 'Mục', width: 30 }, { header: 'Nội dung', width: 90 }], methodLines(report).map((l) => [l.label, l.value]));
  const ballots = report.ballots.slice(0, MAX_BALLOT_ROWS);
  const sheet = addTableSheet(
    workbook,
    'Phiếu',
    [{ header: 'Số thứ tự (seq)', width: 14 }, { header: 'Nhóm (group)', width: 16 }, { header: 'Cụm (cluster)', width: 16 }, { header: 'Lựa chọn (choice)', width: 48 }, { header: 'Biên nhận (receipt)', width: 70 }],
    ballots.map((b) => [b.seq, b.group, b.cluster, canonicalJson(b.choice), b.receipt]),
  );
  if (ballots.length < report.ballots.length) sheet.addRow([`Còn ${report.ballots.length - ballots.length} phiếu không vừa một trang tính: xem ballots.csv.`]);
  return workbookBytes(workbook);
}

/** Options down, one pair of columns (score, rank) per cluster or group across, ballots at the foot. */
function breakdownSheet(workbook: ExcelJS.Workbook, name: string, report: ResultsReport, parts: Part[]) {
  const scoreLabel = scoreHeading(report).vi;
  const sheet = workbook.addWorksheet(sheetName(workbook, name), { views: [{ state: 'frozen', xSplit: 3, ySplit: 2 }], pageSetup: printOnA4 });
  sheet.addRow(['Hạng chung', 'Mã', 'Phương án', ...parts.flatMap((p) => [p.title.vi, null])]);
  sheet.addRow([null, null, null, ...parts.flatMap(() => [scoreLabel, 'Hạng'])]);
  parts.forEach((_, i) => sheet.mergeCells(1, 4 + 2 * i, 1, 5 + 2 * i));
  const ranks = parts.map((p) => new Map(rankedOptions(p.result, report.options).map((o) => [o.key, o])));
  for (const o of rankedOptions(report.results, report.options)) {
    const cells: CellValue[] = ranks.flatMap((r) => [r.get(o.key)?.score ?? null, r.get(o.key)?.rank ?? null]);
    sheet.addRow([o.rank, o.key, o.title.vi, ...cells]);
  }
  sheet.addRow([null, null, 'Số phiếu', ...parts.flatMap((p) => [p.result.voters, null])]);
  for (const row of [1, 2, sheet.rowCount]) sheet.getRow(row).font = { bold: true };
  sheet.getRow(2).alignment = { wrapText: true, vertical: 'top' };
  sheet.getColumn(1).width = 12;
  sheet.getColumn(3).width = 44;
  parts.forEach((_, i) => {
    sheet.getColumn(4 + 2 * i).width = 18;
    sheet.getColumn(5 + 2 * i).width = 8;
  });
}

// The results workbook an official hands on: the ranking, a sheet per breakdown (clusters, groups)
// when the consultation has them, how the count was made, and the anonymised ballots.
import type ExcelJS from 'exceljs';
import { canonicalJson } from '../../../core/consultations/receipt';
import { addTableSheet, newWorkbook, printOnA4, sheetName, workbookBytes, type CellValue } from '../../../reports/xlsx';
import { methodLines } from './method.lines';
import { scoreHeading } from './method.text';
import { isWithheld, rankedOptions, withheldText, type Part, type ResultsReport } from './results-report';

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
  // The ballots as in ballots.csv (sorted by content, small groups blank); receipts are only in ballots.csv.
  const all = report.list.ballots;
  const ballots = all.slice(0, MAX_BALLOT_ROWS);
  const sheet = addTableSheet(
    workbook,
    'Phiếu',
    [{ header: 'Nhóm (group)', width: 16 }, { header: 'Cụm (cluster)', width: 16 }, { header: 'Lựa chọn (choice)', width: 60 }],
    ballots.map((b) => [b.group, b.cluster, canonicalJson(b.choice)]),
  );
  if (ballots.length < all.length) sheet.addRow([`Còn ${all.length - ballots.length} phiếu không vừa một trang tính: xem ballots.csv.`]);
  return workbookBytes(workbook);
}

/** Options down, one pair of columns (score, rank) per cluster or group across, ballots at the foot. */
function breakdownSheet(workbook: ExcelJS.Workbook, name: string, report: ResultsReport, parts: Part[]) {
  const scoreLabel = scoreHeading(report).vi;
  const sheet = workbook.addWorksheet(sheetName(workbook, name), { views: [{ state: 'frozen', xSplit: 3, ySplit: 2 }], pageSetup: printOnA4 });
  sheet.addRow(['Hạng chung', 'Mã', 'Phương án', ...parts.flatMap((p) => [p.title.vi, null])]);
  sheet.addRow([null, null, null, ...parts.flatMap(() => [scoreLabel, 'Hạng'])]);
  parts.forEach((_, i) => sheet.mergeCells(1, 4 + 2 * i, 1, 5 + 2 * i));
  // A withheld part keeps its column, empty, with "ít hơn N phiếu" where its count would be.
  const ranks = parts.map((p) => new Map(isWithheld(p.result) ? [] : rankedOptions(p.result, report.options).map((o) => [o.key, o])));
  for (const o of rankedOptions(report.results, report.options)) {
    const cells: CellValue[] = ranks.flatMap((r) => [r.get(o.key)?.score ?? null, r.get(o.key)?.rank ?? null]);
    sheet.addRow([o.rank, o.key, o.title.vi, ...cells]);
  }
  sheet.addRow([null, null, 'Số phiếu', ...parts.flatMap((p) => [isWithheld(p.result) ? withheldText(p.result).vi : p.result.voters, null])]);
  for (const row of [1, 2, sheet.rowCount]) sheet.getRow(row).font = { bold: true };
  sheet.getRow(2).alignment = { wrapText: true, vertical: 'top' };
  sheet.getColumn(1).width = 12;
  sheet.getColumn(3).width = 44;
  parts.forEach((_, i) => {
    sheet.getColumn(4 + 2 * i).width = 18;
    sheet.getColumn(5 + 2 * i).width = 8;
  });
}

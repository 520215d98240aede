// Every number of a priority exercise in one workbook: the matrix with its sources, each official's
// AHP weights and CR with the combination, and per scenario the weights, scores, contributions,
// explanations, sensitivity intervals and rank acceptability. Numbers stay numbers (not text).
import { addTableSheet, newWorkbook, workbookBytes, type CellValue } from '../../../reports/xlsx';
import type { ReportModel } from './report.model';

export async function reportWorkbook(m: ReportModel): Promise<Buffer> {
  const { matrix, judgments, scenarios } = m.results;
  const workbook = newWorkbook(m.exportedAt);
  const crit = matrix.criteria;
  const altTitle = new Map(matrix.alternatives.map((a) => [a.key, a.title.vi]));
  const col = (header: string, width = 14) => ({ header, width });

  addTableSheet(workbook, 'Phương pháp', [col('Mục', 24), col('Nội dung', 110)], [
    ['Bài toán', m.title],
    ['Phạm vi', m.subtitle],
    ...m.method.map((p, i): CellValue[] => [`Phương pháp ${i + 1}`, p]),
    ['So sánh kịch bản', m.agreement],
    ['Xuất ngày', m.footer],
  ]);
  addTableSheet(
    workbook,
    'Ma trận',
    [col('Mã (key)', 18), col('Phương án', 40), ...crit.map((c) => col(`${c.title.vi} (${c.key}${c.direction === 'cost' ? ', ↓' : ''})`, 18))],
    matrix.alternatives.map((a, i) => [a.key, a.title.vi, ...matrix.values[i]]),
  );
  addTableSheet(
    workbook,
    'Nguồn số liệu',
    [col('Tiêu chí (key)', 22), col('Loại', 20), col('Nguồn', 110)],
    matrix.sources.map((s) => [s.criterion, s.kind, s.description.vi]),
  );
  const evidenceRows: CellValue[][] = matrix.sources.flatMap((s) =>
    Object.entries(s.evidence ?? {}).flatMap(([area, items]) => items.map((u): CellValue[] => [area, altTitle.get(area) ?? area, u.index, u.key, u.year, u.value, u.percentile])),
  );
  if (evidenceRows.length) {
    addTableSheet(workbook, 'Bằng chứng', [col('Lĩnh vực', 18), col('Tên', 36), col('Chỉ số'), col('Chỉ số thành phần', 28), col('Năm', 8), col('Giá trị'), col('Phân vị toàn quốc', 18)], evidenceRows);
  }
  const weightRows: CellValue[][] = judgments.answers.map((a) => [a.name, a.priorities.cr, a.priorities.lambdaMax, ...a.priorities.weights]);
  if (judgments.combined) weightRows.push(['Kết hợp (trung bình nhân)', judgments.combined.cr, judgments.combined.lambdaMax, ...judgments.combined.weights]);
  addTableSheet(workbook, 'Trọng số AHP', [col('Cán bộ', 30), col('CR', 10), col('λmax', 10), ...crit.map((c) => col(c.key, 16))], weightRows);
  addTableSheet(
    workbook,
    'Trọng số kịch bản',
    [col('Kịch bản (key)', 16), col('Tên', 28), col('Phương pháp', 14), col('Nguồn trọng số', 14), ...crit.map((c) => col(c.key, 16))],
    scenarios.map((s) => [s.key, s.title.vi, s.method, s.weightSource, ...crit.map((c) => s.weights[c.key])]),
  );
  for (const s of scenarios) {
    addTableSheet(
      workbook,
      `Kết quả ${s.key}`,
      [col('Hạng', 8), col('Mã (key)', 18), col('Phương án', 36), col('Điểm', 12), ...crit.map((c) => col(`Đóng góp ${c.key}`, 16)), col('Giải thích', 90)],
      s.ranking.map((k, i) => [i + 1, k, altTitle.get(k) ?? k, s.scores[k], ...crit.map((c) => s.contributions[k][c.key]), s.explanation[k].vi]),
    );
    addTableSheet(
      workbook,
      `Độ nhạy ${s.key}`,
      [col('Tiêu chí', 20), col('Trọng số'), col('Hạng nhất: từ'), col('Hạng nhất: đến'), col('Ba hạng đầu: từ'), col('Ba hạng đầu: đến')],
      s.sensitivity.map((x) => [x.criterion, x.weight, x.first[0], x.first[1], x.top3[0], x.top3[1]]),
    );
    addTableSheet(
      workbook,
      `Chấp nhận ${s.key}`,
      [col('Mã (key)', 18), col('Phương án', 36), ...matrix.alternatives.map((_, i) => col(`Hạng ${i + 1}`, 10))],
      s.ranking.map((k) => [k, altTitle.get(k) ?? k, ...(s.acceptability[k] ?? [])]),
    );
  }
  return workbookBytes(workbook);
}

// The Word report of a priority exercise, in Vietnamese; the bar chart of scores is a table whose
// bars are rows of full blocks, which Word and LibreOffice both draw without an image.
import { docxBytes, heading, paragraph, table, text, type Block } from '../../../reports/docx';
import type { Bar, ReportModel, Table } from './report.model';

const BAR_WIDTH = 22;

const asTable = (t: Table) => table(t.header, t.rows, t.widths, t.align);

function barChart(bars: Bar[]) {
  const top = Math.max(...bars.map((b) => b.value), 0);
  const blocks = (v: number) => (top > 0 && v > 0 ? '█'.repeat(Math.max(1, Math.round((BAR_WIDTH * v) / top))) : '');
  return table(['Phương án', 'Điểm', 'Biểu đồ'], bars.map((b) => [b.label, b.shown, blocks(b.value)]), [34, 12, 54], ['left', 'right', 'left']);
}

export function reportDocx(m: ReportModel): Promise<Buffer> {
  const blocks: Block[] = [heading(m.title, 'title'), paragraph([text(m.subtitle, { italics: true, color: '555555' })])];
  blocks.push(heading('1. Phương pháp', 1), ...m.method.map((p) => paragraph(p)));
  blocks.push(heading('2. Dữ liệu đầu vào', 1), paragraph('Ma trận giá trị của các phương án trên từng tiêu chí (tiêu chí có dấu *: càng thấp càng ưu tiên):'), asTable(m.matrix), paragraph(''));
  blocks.push(heading('Nguồn số liệu', 2), ...m.sources.map((s) => paragraph(s)));
  if (m.coverage.length) blocks.push(heading('Khoảng cách bằng chứng dựa trên số liệu nào', 3), ...m.coverage.map((s) => paragraph(s)));
  blocks.push(heading('3. Trọng số', 1), paragraph(m.weightsIntro));
  if (m.officials.rows.length) blocks.push(heading('Trọng số AHP của từng cán bộ và kết hợp', 2), asTable(m.officials), paragraph(''));
  blocks.push(heading('Trọng số dùng trong từng kịch bản', 2), asTable(m.scenarioWeights), paragraph(''));
  blocks.push(heading('4. Kết quả', 1));
  for (const s of m.scenarios) {
    blocks.push(heading(s.title, 2), paragraph(s.lead), asTable(s.ranking), paragraph(''));
    blocks.push(heading('Biểu đồ điểm', 3), barChart(s.bars), paragraph(''));
    blocks.push(heading('Vì sao mỗi phương án ở thứ hạng đó', 3), ...s.explanations.map((e) => paragraph(e)));
    blocks.push(heading('Độ nhạy của trọng số', 3), paragraph(s.sensitivityNote), asTable(s.sensitivity), paragraph(''));
    blocks.push(heading('Khả năng chấp nhận hạng (mô phỏng Monte Carlo)', 3), asTable(s.acceptability), paragraph(''));
  }
  blocks.push(heading('5. So sánh các kịch bản', 1), paragraph(m.agreement));
  blocks.push(paragraph([text(m.footer, { italics: true })]));
  return docxBytes({ title: m.title }, blocks);
}

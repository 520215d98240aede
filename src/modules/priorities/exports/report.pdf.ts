// The PDF report of a priority exercise, in Vietnamese, drawn with pdfkit and Be Vietnam Pro: headings,
// paragraphs, ruled tables that continue on the next page, and a horizontal bar chart of scores.
import { FONT, createPdf, pdfBytes, type Pdf } from '../../../reports/pdf';
import { MARGIN, WIDTH, drawTable, headingText, para, room } from '../../../reports/pdf-layout';
import type { Bar, ReportModel } from './report.model';

const GREY = '#555555';
const BAR = '#2f6db5';

function barChart(doc: Pdf, bars: Bar[]) {
  const labelWidth = WIDTH * 0.38;
  const valueWidth = 44;
  const track = WIDTH - labelWidth - valueWidth - 8;
  const lineHeight = 16;
  const top = Math.max(...bars.map((b) => b.value), 0);
  room(doc, bars.length * lineHeight + 10);
  for (const b of bars) {
    const y = doc.y;
    doc.font(FONT.regular).fontSize(8).fillColor('black').text(b.label, MARGIN, y + 3, { width: labelWidth - 6, height: lineHeight, ellipsis: true, lineBreak: false });
    const length = top > 0 ? Math.max(0, (track * b.value) / top) : 0;
    doc.save().rect(MARGIN + labelWidth, y + 2, length, lineHeight - 5).fill(BAR).restore();
    doc.fillColor('black').text(b.shown, MARGIN + labelWidth + length + 4, y + 3, { width: valueWidth, lineBreak: false });
    doc.x = MARGIN;
    doc.y = y + lineHeight;
  }
  doc.moveDown(0.6);
}

export async function reportPdf(m: ReportModel): Promise<Buffer> {
  const doc = createPdf({ title: m.title, createdAt: m.exportedAt, margin: MARGIN });
  doc.addPage();
  doc.font(FONT.bold).fontSize(16).text(m.title, MARGIN, MARGIN, { width: WIDTH }).moveDown(0.3);
  para(doc, m.subtitle, { color: GREY });

  headingText(doc, '1. Phương pháp', 13);
  for (const p of m.method) para(doc, p);
  headingText(doc, '2. Dữ liệu đầu vào', 13);
  para(doc, 'Ma trận giá trị của các phương án trên từng tiêu chí (tiêu chí có dấu *: càng thấp càng ưu tiên):');
  drawTable(doc, m.matrix, 7.5);
  headingText(doc, 'Nguồn số liệu', 11);
  for (const s of m.sources) para(doc, s, { size: 8.5 });
  for (const s of m.coverage) para(doc, s, { size: 8.5 });
  headingText(doc, '3. Trọng số', 13);
  para(doc, m.weightsIntro);
  if (m.officials.rows.length) {
    headingText(doc, 'Trọng số AHP của từng cán bộ và kết hợp', 11);
    drawTable(doc, m.officials, 7.5);
  }
  headingText(doc, 'Trọng số dùng trong từng kịch bản', 11);
  drawTable(doc, m.scenarioWeights, 7.5);

  headingText(doc, '4. Kết quả', 13);
  for (const s of m.scenarios) {
    headingText(doc, s.title, 11.5);
    para(doc, s.lead);
    drawTable(doc, s.ranking);
    room(doc, s.bars.length * 16 + 50); // the chart stays with its heading
    headingText(doc, 'Biểu đồ điểm', 10);
    barChart(doc, s.bars);
    headingText(doc, 'Vì sao mỗi phương án ở thứ hạng đó', 10);
    for (const e of s.explanations) para(doc, e, { size: 8.5 });
    headingText(doc, 'Độ nhạy của trọng số', 10);
    para(doc, s.sensitivityNote, { size: 8.5 });
    drawTable(doc, s.sensitivity);
    headingText(doc, 'Khả năng chấp nhận hạng (mô phỏng Monte Carlo)', 10);
    drawTable(doc, s.acceptability);
  }
  headingText(doc, '5. So sánh các kịch bản', 13);
  para(doc, m.agreement);
  para(doc, m.footer, { color: GREY, size: 8 });
  return pdfBytes(doc);
}

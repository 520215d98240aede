// The Word report on a consultation's results, in Vietnamese: what was asked and how it was
// counted in plain words, the ranking, the breakdowns, how firm the ranking is when asked, and
// where the open data is. Opens in Word and LibreOffice alike.
import type { TallyResult } from '../../../core/tally/types';
import { formatDate, formatNumber } from '../../../core/format';
import { docxBytes, heading, paragraph, table, text, type Block } from '../../../reports/docx';
import { datesText, stabilityText, weightsText } from './method.lines';
import { ballotText, methodText, scoreHeading } from './method.text';
import { illustrativeText, isWithheld, nfc, rankedOptions, statusText, withheldText, type ResultsReport } from './results-report';

export function resultsDocument(report: ResultsReport): Promise<Buffer> {
  const c = report.consultation;
  const title = nfc(c.title);
  const blocks: Block[] = [heading(title.vi, 'title'), paragraph([text(title.en, { italics: true, color: '555555' })])];
  if (c.illustrative) blocks.push(paragraph([text(illustrativeText.vi, { bold: true, color: 'B00020' })]));
  blocks.push(paragraph([text('Trạng thái: ', { bold: true }), text(`${statusText[c.status]?.vi ?? c.status}. ${datesText(c)}.`)]));

  blocks.push(heading('Cách hỏi ý kiến và cách đếm', 1), paragraph(methodParagraph(report)));
  blocks.push(heading('Kết quả', 1), ...resultBlocks(report, report.results));
  const stability = stabilityText(report);
  if (stability) blocks.push(paragraph([text('Độ ổn định của thứ hạng: ', { bold: true }), text(stability)]));

  for (const [name, parts] of [['Kết quả theo cụm', report.byCluster], ['Kết quả theo nhóm bên liên quan', report.byGroup]] as const) {
    if (!parts.length) continue;
    blocks.push(heading(name, 1));
    for (const { title, result } of parts) {
      if (isWithheld(result)) blocks.push(heading(`${title.vi} (${withheldText(result).vi})`, 2), paragraph('Không công bố riêng, để không ai đoán được lựa chọn của từng người.'));
      else blocks.push(heading(`${title.vi} (${result.voters} phiếu)`, 2), ...resultBlocks(report, result));
    }
  }

  blocks.push(
    paragraph([
      text(`Báo cáo xuất ngày ${formatDate(report.exportedAt)} từ Đối Thoại. `, { italics: true }),
      text(`Dữ liệu mở (các phiếu ẩn danh và các biên nhận, để bất kỳ ai cũng kiểm tra lại được): /api/consultations/${c.id}/open-data.zip; mã kiểm tra danh sách phiếu: ${report.list.digest}.`, { italics: true }),
    ]),
  );
  return docxBytes({ title: title.vi }, blocks);
}

function methodParagraph(report: ResultsReport): string {
  const method = methodText(report.results.method);
  const weights = weightsText(report);
  return [
    ballotText(report.consultation.ballot).vi,
    `Cách đếm: ${method.name.vi}. ${method.how.vi}`,
    weights ? `Mỗi nhóm bên liên quan chiếm một tỷ trọng cố định trong kết quả, dù số người tham gia của nhóm nhiều hay ít — ${weights}.` : 'Mọi phiếu được tính như nhau.',
    `Có ${report.list.ballots.length} phiếu được đếm.`,
  ].join(' ');
}

function resultBlocks(report: ResultsReport, result: TallyResult): Block[] {
  if (!result.voters) return [paragraph('Chưa có phiếu nào.')];
  const rows = rankedOptions(result, report.options);
  const scored = rows.some((r) => r.score !== undefined);
  const scoreLabel = scoreHeading(report).vi;
  return [
    scored
      ? table(['Hạng', 'Phương án', scoreLabel], rows.map((r) => [r.rank, r.title.vi, r.score === undefined ? '—' : formatNumber(r.score, 'vi')]), [10, 68, 22], ['right', 'left', 'right'])
      : table(['Hạng', 'Phương án'], rows.map((r) => [r.rank, r.title.vi]), [15, 85], ['right', 'left']),
    paragraph(''),
  ];
}

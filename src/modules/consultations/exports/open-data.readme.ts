// README.txt of the open-data archive, Vietnamese then English: what each file holds, how the
// receipts chain, how anyone checks them with `doithoai verify`, and the licence placeholder.
import { vnDate } from '../../../reports/dates';
import { illustrativeText, nfc, type ResultsReport } from './results-report';

export function openDataReadme(report: ResultsReport): string {
  const c = report.consultation;
  const title = nfc(c.title);
  const illustrative = c.illustrative ? [`*** ${illustrativeText.vi} ***`, ''] : [];
  const illustrativeEn = c.illustrative ? [`*** ${illustrativeText.en} ***`, ''] : [];
  // A byte-order mark and CRLF line ends, so that Notepad on older Windows shows the Vietnamese right.
  return '\uFEFF' + [
    `DỮ LIỆU MỞ — ${title.vi}`,
    `Mã cuộc tham vấn: ${c.id}. Xuất ngày ${vnDate(report.exportedAt)} từ Đối Thoại. Số phiếu: ${report.ballots.length}.`,
    '',
    ...illustrative,
    'Các tệp',
    '- ballots.csv: các phiếu đã ẩn danh, mỗi dòng một phiếu, theo thứ tự nhận: seq (số thứ tự), group (nhóm bên liên quan),',
    '  cluster (cụm), choice (lựa chọn, dạng JSON với khóa sắp xếp), receipt (biên nhận). Không có mã mời hay thông tin cá nhân.',
    '- results.json: kết quả đếm theo phương pháp mặc định của cuộc tham vấn, kèm kết quả theo từng cụm (byCluster)',
    '  và từng nhóm (byGroup) nếu có; cùng dạng với /api/consultations/<id>/results.',
    '- consultation.json: đặc tả cuộc tham vấn (tên, các phương án, cách bỏ phiếu, nhóm, cụm), cùng dạng dùng để tạo nó',
    '  qua POST /api/consultations.',
    '- README.txt: tệp này.',
    '',
    'Chuỗi biên nhận',
    'Biên nhận của mỗi phiếu là SHA-256 (hệ 16) của các dòng sau nối bằng ký tự xuống dòng: biên nhận của phiếu trước',
    '(chuỗi rỗng với phiếu đầu tiên), mã cuộc tham vấn, seq, group, cluster, choice. Vì mỗi biên nhận phụ thuộc vào tất cả',
    'các phiếu trước nó, không thể bớt, sửa hay chèn một phiếu mà chuỗi vẫn khớp. Người bỏ phiếu giữ biên nhận của mình',
    '(dạng ngắn XXXX-XXXX-XXXX-XXXX-XXXX là 20 chữ số đầu) và tìm được nó trong ballots.csv.',
    '',
    'Cách kiểm tra',
    `  doithoai verify ballots.csv --consultation ${c.id}`,
    `  doithoai verify ballots.csv --consultation ${c.id} --receipt XXXX-XXXX-XXXX-XXXX-XXXX`,
    'Lệnh thứ nhất tính lại cả chuỗi và báo phiếu đầu tiên không khớp, nếu có; lệnh thứ hai cho biết biên nhận của bạn có',
    `trong tệp hay không. Biên nhận cuối chuỗi lúc xuất: ${c.lastReceipt || '(chưa có phiếu)'}.`,
    '',
    'Giấy phép: CC BY 4.0 — đây là giá trị giữ chỗ; đơn vị công bố dữ liệu quyết định giấy phép chính thức.',
    '',
    '----------------------------------------------------------------------',
    '',
    `OPEN DATA — ${title.en}`,
    `Consultation ${c.id}. Exported on ${vnDate(report.exportedAt)} (dd/mm/yyyy, Vietnam time) from Đối Thoại. Ballots: ${report.ballots.length}.`,
    '',
    ...illustrativeEn,
    'Files',
    '- ballots.csv: the anonymised ballots, one a line in the order received: seq, group (stakeholder group), cluster,',
    '  choice (JSON with sorted keys) and receipt. No invitation codes and no personal data.',
    "- results.json: the count by the consultation's default method, with the count per cluster (byCluster) and per",
    '  stakeholder group (byGroup) where it has them; the same shape as /api/consultations/<id>/results.',
    '- consultation.json: the consultation spec (title, options, ballot, groups, clusters), in the shape that creates',
    '  one through POST /api/consultations.',
    '- README.txt: this file.',
    '',
    'The receipt chain',
    "Each ballot's receipt is the SHA-256 (hex) of these lines joined by newlines: the previous ballot's receipt (empty",
    'for the first), the consultation id, seq, group, cluster, choice. As each receipt depends on every ballot before',
    'it, no ballot can be removed, altered or inserted with the chain still holding. Voters keep their receipt (the',
    'short form XXXX-XXXX-XXXX-XXXX-XXXX is its first 20 digits) and can find it in ballots.csv.',
    '',
    'How to check',
    `  doithoai verify ballots.csv --consultation ${c.id}`,
    `  doithoai verify ballots.csv --consultation ${c.id} --receipt XXXX-XXXX-XXXX-XXXX-XXXX`,
    'The first recomputes the whole chain and names the first ballot that does not match, if any; the second says',
    `whether your receipt is in the file. Last receipt of the chain at export: ${c.lastReceipt || '(no ballots yet)'}.`,
    '',
    'Licence: CC BY 4.0 — a placeholder; the publisher of the data sets the actual licence.',
    '',
  ].join('\r\n');
}

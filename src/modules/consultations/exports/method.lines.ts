// How a results export was made, as labelled lines (the "Phương pháp" sheet) and the sentences the
// Word report reuses: ballot, method, stakeholder weights, ballots counted, dates, stability.
import type { Stability } from '../../../core/tally/stability';
import { formatDate, formatNumber, formatPercent } from '../../../core/format';
import { ballotText, methodText } from './method.text';
import { illustrativeText, nfc, rankedOptions, statusText, type ResultsReport } from './results-report';

type GroupWeighting = { declared: number; share: number; voters: number };

/** "Người dân: trọng số 0,5 (50 % tổng số)" per group, or null when every ballot counts alike. */
export function weightsText(report: ResultsReport): string | null {
  const groups = report.consultation.groups.filter((g) => g.weight !== undefined);
  if (!groups.length) return null;
  const summary = report.results.weighting as Record<string, GroupWeighting> | undefined;
  return groups
    .map((g) => {
      const share = summary?.[g.key]?.share;
      return `${nfc(g.title).vi}: trọng số ${formatNumber(g.weight!, 'vi')}${share !== undefined ? ` (${formatPercent(share, 'vi')} tổng số)` : ''}`;
    })
    .join('; ');
}

/** One sentence on how firm the ranking is, when stability was asked for. */
export function stabilityText(report: ResultsReport): string | null {
  const s = report.results.stability as Stability | undefined;
  if (!s) return null;
  const top = rankedOptions(report.results, report.options)[0];
  const first = top ? s.rankShares[top.key]?.[0] : undefined;
  const same = s.topSame.at(-1);
  const parts = [`Lấy mẫu lại ${s.resamples} lần từ chính các phiếu đã bỏ (hạt giống ${s.seed})`];
  if (top && first !== undefined) parts.push(`"${top.title.vi}" đứng đầu trong ${formatPercent(first, 'vi')} số lần`);
  if (same) parts.push(`${same.k} phương án dẫn đầu giữ nguyên trong ${formatPercent(same.share, 'vi')} số lần`);
  if (s.failed) parts.push(`${s.failed} lần không đếm được`);
  return `${parts.join('; ')}.`;
}

export const datesText = (c: ResultsReport['consultation']) =>
  [
    ['Tạo', c.createdAt],
    ['Mở', c.openedAt],
    ['Đóng', c.closedAt],
    ['Công bố', c.publishedAt],
  ]
    .filter((d): d is [string, Date] => d[1] instanceof Date)
    .map(([label, at]) => `${label}: ${formatDate(at)}`)
    .join('; ');

export function methodLines(report: ResultsReport): { label: string; value: string | number }[] {
  const c = report.consultation;
  const method = methodText(report.results.method);
  const lines: { label: string; value: string | number }[] = [
    { label: 'Cuộc tham vấn', value: nfc(c.title).vi },
    { label: 'Consultation', value: nfc(c.title).en },
    { label: 'Mã cuộc tham vấn', value: c.id },
    { label: 'Trạng thái', value: statusText[c.status]?.vi ?? c.status },
    { label: 'Các mốc thời gian', value: datesText(c) },
    { label: 'Cách bỏ phiếu', value: ballotText(c.ballot).vi },
    { label: 'Phương pháp đếm', value: `${method.name.vi} (${report.results.method})` },
    { label: 'Cách tính', value: method.how.vi },
    { label: 'Trọng số nhóm', value: weightsText(report) ?? 'Không có: mọi phiếu được tính như nhau.' },
    { label: 'Số phiếu', value: report.list.ballots.length },
    { label: 'Nhóm nhỏ', value: `Nhóm hoặc cụm có ít hơn ${c.minGroupSize} phiếu không được công bố riêng.` },
  ];
  if (report.results.seats) lines.push({ label: 'Số phương án được chọn', value: report.results.seats });
  const stability = stabilityText(report);
  if (stability) lines.push({ label: 'Độ ổn định', value: stability });
  lines.push({ label: 'Mã kiểm tra danh sách phiếu (SHA-256)', value: report.list.digest });
  lines.push({ label: 'Ngày xuất', value: formatDate(report.exportedAt) });
  if (c.illustrative) lines.push({ label: 'Lưu ý', value: illustrativeText.vi });
  return lines;
}

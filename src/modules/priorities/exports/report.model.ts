// What the three report files say, in Vietnamese, built once: the method in plain words, the inputs
// (matrix and sources), the weights with each official's CR and the combined CR, each scenario's
// ranking with its explanations, sensitivity and rank acceptability. The files only lay it out.
import { CR_LIMIT } from '../../../core/mcda/consistency';
import { locality } from '../../../core/localities/units';
import { formatDate, formatNumber, formatPercent } from '../../../core/format';
import type { ScenarioResult } from '../analysis';
import { evidenceUnit } from '../matrix.service';
import type { ExerciseResults } from '../results.service';

export type Table = { header: string[]; rows: string[][]; widths: number[]; align?: ('left' | 'right')[] };
export type Bar = { label: string; value: number; shown: string };
export type ScenarioSection = { title: string; lead: string; ranking: Table; bars: Bar[]; explanations: string[]; sensitivity: Table; sensitivityNote: string; acceptability: Table };
export type ReportModel = {
  title: string;
  subtitle: string;
  exportedAt: Date;
  method: string[];
  sources: string[];
  /** Evidence gap: per area, what its value rests on; an area on a governance proxy alone is said so. */
  coverage: string[];
  matrix: Table;
  weightsIntro: string;
  officials: Table;
  scenarioWeights: Table;
  scenarios: ScenarioSection[];
  agreement: string;
  footer: string;
  results: ExerciseResults;
};

const nfc = (s: string) => s.normalize('NFC');
const METHOD: Record<string, string> = { topsis: 'TOPSIS', 'weighted-sum': 'tổng có trọng số' };
const interval = ([a, b]: [number, number]) => `${formatPercent(a, 'vi')} – ${formatPercent(b, 'vi')}`;
const value = (x: number | null) => (x === null ? '—' : formatNumber(x, 'vi', { digits: 2 }));

export function reportModel(results: ExerciseResults, exportedAt: Date): ReportModel {
  const { exercise, matrix, judgments } = results;
  const unit = evidenceUnit(exercise.localityCode, exercise.year);
  const place = locality(unit, exercise.localityCode)?.name ?? exercise.localityCode;
  const criterionTitle = new Map(matrix.criteria.map((c) => [c.key, nfc(c.title.vi)]));
  const altTitle = new Map(matrix.alternatives.map((a) => [a.key, nfc(a.title.vi)]));
  const critKeys = matrix.criteria.map((c) => c.key);
  const n = matrix.alternatives.length;

  const officialRows = judgments.answers.map((a) => [nfc(a.name), formatNumber(a.priorities.cr, 'vi', { digits: 3 }), ...a.priorities.weights.map((w) => formatPercent(w, 'vi'))]);
  if (judgments.combined) officialRows.push(['Kết hợp (trung bình nhân)', formatNumber(judgments.combined.cr, 'vi', { digits: 3 }), ...judgments.combined.weights.map((w) => formatPercent(w, 'vi'))]);
  const critWidths = (first: number, rest: number) => [first, ...critKeys.map(() => (100 - first - rest) / critKeys.length)];

  return {
    title: nfc(exercise.title.vi),
    subtitle: `Tỉnh, thành: ${place} · Số liệu đến năm: ${exercise.year ?? 'mới nhất'} · ${n} phương án, ${critKeys.length} tiêu chí, ${results.scenarios.length} kịch bản`,
    exportedAt,
    method: [
      'Bài toán xếp thứ tự ưu tiên so sánh các phương án (thường là tám lĩnh vực ưu tiên) trên nhiều tiêu chí cùng lúc: khoảng cách bằng chứng từ các chỉ số PCI, PAPI, PGI; mức ủng hộ của các bên trong cuộc tham vấn; và các tiêu chí do người điều phối chấm (tính cấp bách, tính khả thi, chi phí, tiềm năng đột phá).',
      'Trọng số tiêu chí lấy từ phiếu so sánh cặp AHP (Saaty): mỗi cán bộ so sánh từng cặp tiêu chí trên thang 1/9–9; trọng số là vectơ riêng chính của ma trận so sánh, tỷ số nhất quán CR = CI/RI cần nhỏ hơn 0,1. Ý kiến của nhiều cán bộ được gộp bằng trung bình nhân từng ô (AIJ). Kịch bản khác có thể dùng trọng số nhập trực tiếp.',
      'Tổng có trọng số: mỗi tiêu chí được chuẩn hóa min–max (phương án tốt nhất được 1, kém nhất 0, theo chiều "càng cao càng ưu tiên" hoặc "càng thấp càng ưu tiên"), rồi cộng theo trọng số. TOPSIS: chuẩn hóa vectơ, nhân trọng số, điểm là độ gần tương đối tới phương án lý tưởng (1 = lý tưởng, 0 = kém nhất).',
      `Độ nhạy: với từng tiêu chí, khoảng trọng số (các tiêu chí khác co giãn theo tỷ lệ) mà phương án đứng đầu vẫn đứng đầu, và ba phương án đầu vẫn là ba phương án đó. Khả năng chấp nhận hạng: rút ngẫu nhiên 2.000 bộ trọng số quanh trọng số đã cho (phân phối Dirichlet, độ tập trung 100, hạt giống cố định nên tính lại được) và đếm tỷ lệ mỗi phương án ở mỗi hạng.`,
    ],
    sources: matrix.sources.map((s) => `${criterionTitle.get(s.criterion)}: ${nfc(s.description.vi)}`),
    coverage: coverageLines(matrix.sources, altTitle),
    matrix: {
      header: ['Phương án', ...matrix.criteria.map((c) => `${nfc(c.title.vi)}${c.direction === 'cost' ? ' *' : ''}`)],
      rows: matrix.alternatives.map((a, i) => [nfc(a.title.vi), ...matrix.values[i].map(value)]),
      widths: critWidths(28, 0),
      align: ['left', ...critKeys.map(() => 'right' as const)],
    },
    weightsIntro: judgments.combined
      ? `${judgments.answers.length} cán bộ đã trả lời phiếu so sánh cặp. CR kết hợp = ${formatNumber(judgments.combined.cr, 'vi', { digits: 3 })} (${judgments.combined.cr <= CR_LIMIT ? 'đạt, nhỏ hơn hoặc bằng 0,1' : 'vượt 0,1: cần xem lại các so sánh'}).${judgments.combined.revisit.length ? ` Nên xem lại: ${judgments.combined.revisit.map((r) => `${r.judgment} (đã cho ${formatNumber(r.given, 'vi', { digits: 2 })}, nhất quán là ${formatNumber(r.implied, 'vi', { digits: 2 })})`).join('; ')}.` : ''}`
      : 'Chưa có cán bộ nào trả lời phiếu so sánh cặp AHP.',
    officials: { header: ['Cán bộ', 'CR', ...critKeys.map((k) => criterionTitle.get(k)!)], rows: officialRows, widths: [24, 8, ...critKeys.map(() => 68 / critKeys.length)], align: ['left', 'right', ...critKeys.map(() => 'right' as const)] },
    scenarioWeights: {
      header: ['Kịch bản', 'Phương pháp', ...critKeys.map((k) => criterionTitle.get(k)!)],
      rows: results.scenarios.map((s) => [nfc(s.title.vi), `${METHOD[s.method]} · ${s.weightSource === 'ahp' ? 'AHP' : 'trực tiếp'}`, ...critKeys.map((k) => formatPercent(s.weights[k], 'vi'))]),
      widths: [18, 14, ...critKeys.map(() => 68 / critKeys.length)],
      align: ['left', 'left', ...critKeys.map(() => 'right' as const)],
    },
    scenarios: results.scenarios.map((s) => scenarioSection(s, altTitle, criterionTitle, n)),
    agreement: results.scenarios.length > 1
      ? `So sánh các kịch bản: ${results.agreement.firstSame ? 'mọi kịch bản cùng chọn một phương án đứng đầu' : 'các kịch bản chọn phương án đứng đầu khác nhau'}; hệ số tương quan hạng Kendall (tau) trung bình giữa các thứ tự = ${formatNumber(results.agreement.kendallTau ?? 1, 'vi', { digits: 3 })} (1 = trùng khớp, −1 = ngược hẳn).`
      : 'Chỉ có một kịch bản.',
    footer: `Báo cáo xuất ngày ${formatDate(exportedAt)} từ Đối Thoại. Mọi con số có trong tệp Excel đi kèm (report.xlsx).`,
    results,
  };
}

function scenarioSection(s: ScenarioResult, altTitle: Map<string, string>, criterionTitle: Map<string, string>, n: number): ScenarioSection {
  const consistency = s.consistency ? ` CR kết hợp ${formatNumber(s.consistency.cr, 'vi', { digits: 3 })} từ ${s.consistency.officials} cán bộ.` : '';
  const show = Math.min(3, n);
  return {
    title: `Kịch bản: ${nfc(s.title.vi)}`,
    lead: `Phương pháp ${METHOD[s.method]}, trọng số ${s.weightSource === 'ahp' ? 'AHP của các cán bộ' : 'nhập trực tiếp'}.${consistency}`,
    ranking: {
      header: ['Hạng', 'Phương án', 'Điểm'],
      rows: s.ranking.map((k, i) => [String(i + 1), altTitle.get(k)!, formatNumber(s.scores[k], 'vi', { digits: 3 })]),
      widths: [10, 68, 22],
      align: ['right', 'left', 'right'],
    },
    bars: s.ranking.map((k) => ({ label: altTitle.get(k)!, value: s.scores[k], shown: formatNumber(s.scores[k], 'vi', { digits: 3 }) })),
    explanations: s.ranking.map((k) => `${altTitle.get(k)}: ${nfc(s.explanation[k].vi)}`),
    sensitivity: {
      header: ['Tiêu chí', 'Trọng số', 'Giữ hạng nhất', 'Giữ ba hạng đầu'],
      rows: s.sensitivity.map((x) => [criterionTitle.get(x.criterion)!, formatPercent(x.weight, 'vi'), interval(x.first), interval(x.top3)]),
      widths: [34, 16, 25, 25],
      align: ['left', 'right', 'right', 'right'],
    },
    sensitivityNote: `Phương án đứng đầu (${altTitle.get(s.ranking[0])}) vẫn đứng đầu khi trọng số của mỗi tiêu chí nằm trong khoảng ở cột "Giữ hạng nhất" (các tiêu chí khác co giãn theo tỷ lệ).`,
    acceptability: {
      header: ['Phương án', ...Array.from({ length: show }, (_, i) => `Hạng ${i + 1}`), `Trong ${show} hạng đầu`],
      rows: s.ranking.map((k) => {
        const shares = s.acceptability[k] ?? [];
        const top = shares.slice(0, show).reduce((a, b) => a + b, 0);
        return [altTitle.get(k)!, ...shares.slice(0, show).map((x) => formatPercent(x, 'vi')), formatPercent(top, 'vi')];
      }),
      widths: [40, ...Array.from({ length: show + 1 }, () => 60 / (show + 1))],
      align: ['left', ...Array.from({ length: show + 1 }, () => 'right' as const)],
    },
  };
}


type Coverage = NonNullable<ExerciseResults['matrix']['sources'][number]['coverage']>[string];
const BASIS: Record<Coverage['basis'], string> = {
  direct: 'đo trực tiếp bằng số liệu thống kê',
  mixed: 'số liệu thống kê và chỉ số quản trị',
  'governance-only': 'CHỈ DỰA VÀO CHỈ SỐ QUẢN TRỊ (số liệu gián tiếp, không đo trực tiếp nhu cầu)',
  none: 'không có số liệu',
};

/** One line per area of the evidence gap: how many figures, how recent, and whether only a governance proxy. */
function coverageLines(sources: ExerciseResults['matrix']['sources'], altTitle: Map<string, string>): string[] {
  const gap = sources.find((s) => s.kind === 'evidence-gap' && s.coverage);
  if (!gap?.coverage) return [];
  return Object.entries(gap.coverage).map(([area, c]) => {
    const years = c.latestYear === null ? '' : c.oldestYear === c.latestYear ? `, năm ${c.latestYear}` : `, năm ${c.oldestYear}–${c.latestYear}`;
    return `${altTitle.get(area) ?? area}: ${c.figures} số liệu (${c.direct} thống kê đo trực tiếp, ${c.governance} chỉ số quản trị)${years} — ${BASIS[c.basis]}.`;
  });
}

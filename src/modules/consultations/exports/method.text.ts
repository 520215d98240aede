// What a counting method and a ballot do, in plain words for a report to a superior, Vietnamese
// first. The definitions are those of docs/contracts.md; the words leave out the formulas.
import type { BallotSpec } from '../../../core/consultations/spec';
import { scoreRange } from '../../../core/consultations/spec';

type Localized = { vi: string; en: string };
type MethodText = { name: Localized; how: Localized; score: Localized };

const methods: Record<string, MethodText> = {
  approval: {
    name: { vi: 'Bỏ phiếu tán thành', en: 'Approval voting' },
    how: { vi: 'Mỗi phương án được tính một phiếu cho mỗi người chọn nó; phương án được nhiều người chọn hơn xếp trên.', en: 'Each option counts one vote from every participant who chose it; options chosen by more people rank higher.' },
    score: { vi: 'Số phiếu chọn', en: 'Approvals' },
  },
  plurality: {
    name: { vi: 'Đa số tương đối', en: 'Plurality' },
    how: { vi: 'Chỉ tính lựa chọn đứng đầu của mỗi phiếu; phương án được nhiều người đặt lên đầu hơn xếp trên.', en: 'Only the first choice of each ballot counts; the option most often put first ranks highest.' },
    score: { vi: 'Số phiếu xếp đầu', en: 'First preferences' },
  },
  borda: {
    name: { vi: 'Đếm Borda', en: 'Borda count' },
    how: { vi: 'Mỗi vị trí trên phiếu được một số điểm: vị trí đầu nhiều điểm nhất, mỗi vị trí sau ít hơn một điểm; các phương án đồng hạng hoặc không được xếp chia đều điểm của những vị trí đó.', en: 'Each place on a ballot earns points, the first the most and each later place one fewer; tied or unlisted options share the points of their places.' },
    score: { vi: 'Điểm Borda', en: 'Borda points' },
  },
  copeland: {
    name: { vi: 'Phương pháp Copeland', en: 'Copeland' },
    how: { vi: 'So từng cặp phương án: phương án nào được đa số xếp trên thì thắng cặp đó; điểm là số cặp thắng trừ số cặp thua.', en: 'Options are compared in pairs; an option wins a pair when most ballots put it above the other. The score is pairs won minus pairs lost.' },
    score: { vi: 'Thắng trừ thua', en: 'Wins minus losses' },
  },
  minimax: {
    name: { vi: 'Phương pháp Minimax', en: 'Minimax' },
    how: { vi: 'So từng cặp phương án; điểm là số phiếu chống lớn nhất mà phương án gặp trong một cặp thua. Điểm thấp hơn xếp trên.', en: 'Options are compared in pairs; the score is the largest vote against an option in any pair it loses. Lower ranks higher.' },
    score: { vi: 'Phiếu chống lớn nhất', en: 'Largest vote against' },
  },
  schulze: {
    name: { vi: 'Phương pháp Schulze', en: 'Schulze method' },
    how: { vi: 'So từng cặp phương án, rồi xét chuỗi thắng mạnh nhất nối hai phương án (tính theo số phiếu thắng); mọi phương án không bị phương án nào vượt qua theo chuỗi ấy cùng đứng đầu, rồi đến những phương án không bị phương án còn lại nào vượt qua, và cứ thế.', en: 'Options are compared in pairs, then by the strongest chain of wins between them (winning votes); every option that no other beats on these chains shares first place, then those no remaining option beats, and so on.' },
    score: { vi: 'Số phương án vượt qua', en: 'Options beaten' },
  },
  'schulze-margin': {
    name: { vi: 'Phương pháp Schulze (theo cách biệt)', en: 'Schulze method (margins)' },
    how: { vi: 'Như phương pháp Schulze, nhưng sức mạnh của một trận thắng là cách biệt số phiếu.', en: 'As the Schulze method, with the strength of a win measured by its margin.' },
    score: { vi: 'Số phương án vượt qua', en: 'Options beaten' },
  },
  'ranked-pairs': {
    name: { vi: 'Cặp xếp hạng (Tideman)', en: 'Ranked pairs (Tideman)' },
    how: { vi: 'Các trận thắng giữa từng cặp được ghi nhận lần lượt từ cách biệt lớn nhất; bỏ qua trận nào mâu thuẫn với những trận đã ghi nhận.', en: 'Pairwise wins are locked in from the largest margin down, skipping any that would contradict those already locked.' },
    score: { vi: 'Số phương án vượt qua', en: 'Options beaten' },
  },
  kemeny: {
    name: { vi: 'Phương pháp Kemeny', en: 'Kemeny method' },
    how: { vi: 'Chọn thứ tự phương án khớp với nhiều nhất các so sánh từng cặp trên các phiếu.', en: 'The order of options that agrees with the most pairwise preferences on the ballots.' },
    score: { vi: 'Điểm', en: 'Score' },
  },
  irv: {
    name: { vi: 'Loại dần (IRV)', en: 'Instant runoff (IRV)' },
    how: { vi: 'Mỗi vòng loại phương án có ít lựa chọn đứng đầu nhất và chuyển phiếu của nó sang lựa chọn kế tiếp, cho đến khi một phương án có quá nửa số phiếu.', en: 'Each round drops the option with the fewest first choices and moves its ballots to their next choice, until one option holds a majority.' },
    score: { vi: 'Phiếu vòng cuối', en: 'Final-round votes' },
  },
  stv: {
    name: { vi: 'Phiếu chuyển nhượng (STV)', en: 'Single transferable vote (STV)' },
    how: { vi: 'Chọn nhiều phương án: phương án đạt hạn ngạch Droop được chọn, phần phiếu thừa của nó chuyển tiếp (phương pháp Gregory), phương án ít phiếu nhất bị loại dần.', en: 'Several options are chosen: an option reaching the Droop quota is elected and its surplus passed on (Gregory method); the weakest are eliminated in turn.' },
    score: { vi: 'Phiếu vòng cuối', en: 'Final-round votes' },
  },
  score: {
    name: { vi: 'Chấm điểm', en: 'Score voting' },
    how: { vi: 'Điểm của một phương án là điểm trung bình những người chấm nó đã cho; trung vị được ghi kèm.', en: "An option's score is the mean of the scores it was given; the median is reported beside it." },
    score: { vi: 'Điểm trung bình', en: 'Mean score' },
  },
  'majority-judgment': {
    name: { vi: 'Phán quyết đa số', en: 'Majority judgment' },
    how: { vi: 'Xếp theo trung vị điểm của mỗi phương án; khi bằng nhau, xét xem phần đông người chấm nghiêng về phía trên hay dưới trung vị.', en: 'Options rank by their median score; ties are separated by whether most graders lean above or below the median.' },
    score: { vi: 'Điểm trung vị', en: 'Median score' },
  },
  'bradley-terry': {
    name: { vi: 'Mô hình Bradley–Terry', en: 'Bradley–Terry model' },
    how: { vi: 'Từ các so sánh từng cặp, ước lượng sức mạnh của mỗi phương án (thang logarit, trung bình bằng 0); sức mạnh cao hơn xếp trên.', en: 'From the pairwise comparisons, each option gets an estimated strength (log scale, mean zero); stronger ranks higher.' },
    score: { vi: 'Sức mạnh (log)', en: 'Strength (log)' },
  },
};

const unknown = (method: string): MethodText => ({ name: { vi: method, en: method }, how: { vi: '', en: '' }, score: { vi: 'Điểm', en: 'Score' } });

export const methodText = (method: string): MethodText => methods[method] ?? unknown(method);

/** What each participant was asked to do. */
export function ballotText(spec: BallotSpec): Localized {
  const between = (min?: number, max?: number): Localized =>
    min !== undefined && max !== undefined
      ? { vi: min === max ? `${min}` : `từ ${min} đến ${max}`, en: min === max ? `${min}` : `${min} to ${max}` }
      : max !== undefined
        ? { vi: `tối đa ${max}`, en: `up to ${max}` }
        : min !== undefined
          ? { vi: `ít nhất ${min}`, en: `at least ${min}` }
          : { vi: 'bao nhiêu tùy ý', en: 'any number of' };
  switch (spec.type) {
    case 'approval': {
      const n = between(spec.min, spec.max);
      return { vi: `Mỗi người chọn ${n.vi} phương án mình ủng hộ.`, en: `Each participant chose ${n.en} options they support.` };
    }
    case 'ranking': {
      const n = between(spec.min, spec.max);
      return { vi: `Mỗi người xếp thứ tự ${n.vi} phương án, từ ưu tiên nhất trở xuống.`, en: `Each participant ranked ${n.en} options, most preferred first.` };
    }
    case 'score': {
      const { min, max } = scoreRange(spec);
      return { vi: `Mỗi người chấm điểm các phương án từ ${min} đến ${max}.`, en: `Each participant scored the options from ${min} to ${max}.` };
    }
    case 'pairwise':
      return { vi: 'Mỗi người chọn phương án mình ưu tiên hơn trong cặp được đưa ra.', en: 'Each participant chose the preferred option of the pair shown.' };
    case 'budget':
      return { vi: `Mỗi người phân bổ ${spec.points ?? ''} điểm cho các phương án.`.replace('  ', ' '), en: `Each participant distributed ${spec.points ?? ''} points among the options.`.replace('  ', ' ') };
  }
}

/** The heading of the score column; with stakeholder weights the figures are weighted, not counts. */
export function scoreHeading(report: { results: { method: string; weighting?: unknown } }): Localized {
  const label = methodText(report.results.method).score;
  return report.results.weighting ? { vi: `${label.vi} (theo trọng số)`, en: `${label.en} (weighted)` } : label;
}

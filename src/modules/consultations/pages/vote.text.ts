// Words of the ballot page, Vietnamese first. Counts are ICU messages: English says "1 option" but
// "2 options"; Vietnamese has no plural.
import { formatMessage } from '../../../core/i18n';

const vi = (text: string) => (values: Record<string, number>) => formatMessage('vi', text, values);
const en = (text: string) => (values: Record<string, number>) => formatMessage('en', text, values);
const chooseExactly = {
  vi: vi('Chọn đúng {min} phương án.'),
  en: en('{min, plural, one {Choose exactly # option.} other {Choose exactly # options.}}'),
};
const chooseRange = { vi: vi('Chọn từ {min} đến {max} phương án.'), en: en('Choose {min} to {max} options.') };
export const voteText = {
  vi: {
    lang: 'vi',
    other: 'English',
    otherLang: 'en',
    submit: 'Gửi phiếu',
    chooseBetween: (min: number, max: number) => (min === max ? chooseExactly.vi({ min }) : chooseRange.vi({ min, max })),
    chooseAtLeast: (min: number) => vi('Chọn ít nhất {min} phương án.')({ min }),
    rankHelp: 'Ghi thứ tự ưu tiên: 1 là quan trọng nhất. Có thể để trống những phương án không xếp hạng; hai phương án cùng số là ngang nhau.',
    scoreHelp: (min: number, max: number) => vi('Cho điểm mỗi phương án từ {min} đến {max}.')({ min, max }),
    budgetHelp: (points: number) => vi('Phân bổ tối đa {points} điểm cho các phương án.')({ points }),
    pairsHelp: 'Với mỗi cặp, chọn phương án bạn thấy cần ưu tiên hơn, hoặc bỏ qua nếu không chắc.',
    skip: 'Bỏ qua',
    noRank: '—',
    receiptTitle: 'Đã ghi nhận phiếu của bạn',
    receiptHelp: 'Hãy lưu mã này. Khi có kết quả, bạn tìm được nó trong danh sách phiếu công khai.',
    receiptProves: 'Mã biên nhận chứng minh: phiếu của bạn đã được lưu và được đếm trong kết quả.',
    receiptDoesNot: 'Mã biên nhận không cho biết bạn đã chọn gì: danh sách công khai để riêng các mã và các phiếu, nên không ai — kể cả bạn — dùng mã này để chỉ ra lựa chọn của bạn được. Không ai có quyền đòi bạn đưa mã hay chứng minh bạn đã bầu thế nào.',
    receiptLabel: 'Mã biên nhận',
    fullReceipt: 'Mã đầy đủ',
    usedTitle: 'Mã mời này đã được dùng',
    usedHelp: 'Mỗi mã mời chỉ bỏ phiếu được một lần. Nếu bạn chưa bỏ phiếu, hãy liên hệ ban tổ chức.',
    closedTitle: 'Cuộc tham vấn không mở nhận phiếu',
    invalidTitle: 'Mã mời không hợp lệ',
    invalidHelp: 'Hãy kiểm tra lại đường dẫn hoặc mã QR được phát.',
    unsupported: 'Loại phiếu này chưa bỏ được trên trang này.',
    illustrative: 'Dữ liệu minh họa',
    errorPrefix: 'Chưa gửi được phiếu:',
  },
  en: {
    lang: 'en',
    other: 'Tiếng Việt',
    otherLang: 'vi',
    submit: 'Submit ballot',
    chooseBetween: (min: number, max: number) => (min === max ? chooseExactly.en({ min }) : chooseRange.en({ min, max })),
    chooseAtLeast: (min: number) => en('{min, plural, one {Choose at least # option.} other {Choose at least # options.}}')({ min }),
    rankHelp: 'Number your priorities: 1 is the most important. Leave blank what you do not rank; equal numbers mean a tie.',
    scoreHelp: (min: number, max: number) => en('Score each option from {min} to {max}.')({ min, max }),
    budgetHelp: (points: number) => en('Distribute up to {points, plural, one {# point} other {# points}} among the options.')({ points }),
    pairsHelp: 'For each pair, choose the option you think should come first, or skip it if unsure.',
    skip: 'Skip',
    noRank: '—',
    receiptTitle: 'Your ballot is recorded',
    receiptHelp: 'Keep this code. Once results are out, you can find it in the public ballots list.',
    receiptProves: 'What the receipt proves: your ballot was stored and is counted in the results.',
    receiptDoesNot: 'What it does not prove: how you voted. The public list keeps the codes apart from the ballots, so no one — you included — can use this code to show what you chose. No one may ask you for it as proof of your vote.',
    receiptLabel: 'Receipt code',
    fullReceipt: 'Full code',
    usedTitle: 'This invitation has been used',
    usedHelp: 'Each invitation votes once. If you have not voted, contact the organisers.',
    closedTitle: 'The consultation is not open for ballots',
    invalidTitle: 'Invalid invitation',
    invalidHelp: 'Check the link or QR code you were given.',
    unsupported: 'This type of ballot cannot be cast on this page yet.',
    illustrative: 'Illustrative data',
    errorPrefix: 'Your ballot was not sent:',
  },
};

export type VoteText = (typeof voteText)['vi'];

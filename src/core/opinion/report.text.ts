// The words of a conversation's report (report.ts) in Vietnamese and English, ICU MessageFormat through
// core/i18n; the conversation's own texts (title, topic, statements) are not translated.
import { formatMessage, type Locale, type MessageValues } from '../i18n';

const TEXT = {
  title: { vi: 'Báo cáo bản đồ ý kiến: {title}', en: 'Opinion map report: {title}' },
  topic: { vi: 'Câu hỏi thảo luận: {topic}', en: 'Question discussed: {topic}' },
  figures: {
    vi: 'Bản đồ lúc {at}: {participants, number} người tham gia, {statements, number} ý kiến, {votes, number} lượt bỏ phiếu; {clustered, number} người đủ số lượt bỏ phiếu để được xếp nhóm.',
    en: 'Map of {at}: {participants, plural, one {# participant} other {# participants}}, {statements, plural, one {# statement} other {# statements}}, {votes, plural, one {# vote} other {# votes}}; {clustered, plural, one {# participant} other {# participants}} voted enough to be placed in a group.',
  },
  'figures.people': {
    vi: 'Bản đồ lúc {at}: {participants, number} người tham gia; {clustered, number} người đủ số lượt bỏ phiếu để được xếp nhóm.',
    en: 'Map of {at}: {participants, plural, one {# participant} other {# participants}}; {clustered, plural, one {# participant} other {# participants}} voted enough to be placed in a group.',
  },
  'figures.live': {
    vi: 'Đến lúc lập báo cáo ({at}), sau bản đồ: {statements, number} ý kiến, {votes, number} lượt bỏ phiếu.',
    en: 'As the report was made ({at}), after the map: {statements, plural, one {# statement} other {# statements}}, {votes, plural, one {# vote} other {# votes}}.',
  },
  waiting: {
    vi: 'Chưa có bản đồ: {statements, number} ý kiến, {cast, number} lượt bỏ phiếu; cần thêm {votes, number} lượt bỏ phiếu (từ ít nhất {participants, number} người nữa) để vẽ bản đồ đầu tiên.',
    en: 'No map yet: {statements, plural, one {# statement} other {# statements}}, {cast, plural, one {# vote} other {# votes}}; {votes, plural, one {# more vote} other {# more votes}} (from at least {participants, plural, one {# more participant} other {# more participants}}) needed for the first map.',
  },
  'groups.heading': { vi: 'Các nhóm ý kiến', en: 'Opinion groups' },
  'groups.lead': {
    vi: 'Những người tham gia bỏ phiếu giống nhau được xếp vào {groups, number} nhóm.',
    en: 'Participants who voted alike fall into {groups, plural, one {# group} other {# groups}}.',
  },
  'group.size': { vi: 'Nhóm {name}: {size, number} người.', en: 'Group {name}: {size, plural, one {# participant} other {# participants}}.' },
  'group.small': {
    vi: 'Nhóm {name}: dưới {min, number} người — không công bố, như mọi kết quả của nhóm nhỏ.',
    en: 'Group {name}: fewer than {min, number} participants — not published, as no small group’s results are.',
  },
  'group.reveals': {
    vi: 'Nhóm {name}: không công bố, vì cùng các nhóm khác sẽ cho suy ra được một nhóm nhỏ.',
    en: 'Group {name}: not published, since with the other groups it would let a small group be worked out.',
  },
  'group.none': { vi: 'Nhóm này không có ý kiến đặc trưng.', en: 'This group has no representative statement.' },
  'col.statement': { vi: 'Ý kiến', en: 'Statement' },
  'col.direction': { vi: 'Nhóm', en: 'The group' },
  'col.groupAgree': { vi: 'Đồng ý trong nhóm', en: 'Agree in the group' },
  'col.groupDisagree': { vi: 'Không đồng ý trong nhóm', en: 'Disagree in the group' },
  'col.everyoneAgree': { vi: 'Đồng ý (mọi người)', en: 'Agree (everyone)' },
  'col.everyoneDisagree': { vi: 'Không đồng ý (mọi người)', en: 'Disagree (everyone)' },
  'col.gic': { vi: 'Chỉ số đồng thuận giữa các nhóm', en: 'Group-informed consensus' },
  'col.agree': { vi: 'Đồng ý', en: 'Agree' },
  'col.disagree': { vi: 'Không đồng ý', en: 'Disagree' },
  'col.pass': { vi: 'Bỏ qua', en: 'Pass' },
  agree: { vi: 'đồng ý', en: 'agrees' },
  disagree: { vi: 'không đồng ý', en: 'disagrees' },
  'consensus.heading': { vi: 'Ý kiến đồng thuận chung', en: 'Consensus statements' },
  'consensus.lead': {
    vi: 'Những ý kiến mà đa số người tham gia cùng đồng ý (hoặc cùng không đồng ý), không kể nhóm nào.',
    en: 'Statements most participants agree with (or disagree with), whatever their group.',
  },
  'consensus.agree': { vi: 'Cùng đồng ý', en: 'Agreed' },
  'consensus.disagree': { vi: 'Cùng không đồng ý', en: 'Disagreed' },
  'gic.heading': { vi: 'Đồng thuận giữa các nhóm', en: 'Group-informed consensus' },
  'gic.lead': {
    vi: 'Những ý kiến được mọi nhóm cùng đồng ý: chỉ số là tích, qua các nhóm, của tỉ lệ đồng ý trong từng nhóm (có hiệu chỉnh (A+1)/(S+2)); chỉ số cao khi không nhóm nào phản đối.',
    en: 'Statements every group agrees with: the index is the product over groups of each group’s agree share (adjusted as (A+1)/(S+2)); it is high only when no group objects.',
  },
  'statements.heading': { vi: 'Các ý kiến và số lượt bỏ phiếu', en: 'Statements and votes' },
  'statements.map': { vi: 'Số lượt bỏ phiếu theo bản đồ lúc {at}.', en: 'Votes as the map of {at} counted them.' },
  'statements.live': { vi: 'Số lượt bỏ phiếu đến lúc lập báo cáo ({at}).', en: 'Votes as the report was made ({at}).' },
  'statements.later': { vi: 'Dấu — : ý kiến được duyệt sau khi vẽ bản đồ.', en: '—: a statement approved after the map was computed.' },
  'method.heading': { vi: 'Bản đồ này nói gì và được tính thế nào', en: 'What the map means and how it was computed' },
  'method.what': {
    vi: 'Mỗi người tham gia đọc từng ý kiến và chọn đồng ý, không đồng ý hoặc bỏ qua; mỗi người cũng có thể góp ý kiến mới, được duyệt trước khi đưa ra bỏ phiếu. Bản đồ đặt những người bỏ phiếu giống nhau gần nhau: mỗi nhóm là một cụm người có cách nhìn gần nhau. Ý kiến đặc trưng của một nhóm là ý kiến mà nhóm đó đồng ý (hoặc không đồng ý) rõ rệt hơn những người còn lại. Ý kiến đồng thuận cho thấy điểm chung mà các nhóm có thể dựa vào; đó là điều bản đồ muốn làm lộ ra.',
    en: 'Each participant reads the statements one by one and agrees, disagrees or passes; anyone may add a statement, moderated before it is voted on. The map places people who voted alike close together: each group is a cluster of people with similar views. A group’s representative statements are those it agrees (or disagrees) with markedly more than everyone else. Consensus statements show common ground the groups can build on; bringing it to light is what the map is for.',
  },
  'method.how': {
    vi: 'Cách tính theo phương pháp của Pol.is: lấy phiếu mới nhất của mỗi người cho mỗi ý kiến (đồng ý 1, không đồng ý −1, bỏ qua 0); chỉ xếp nhóm những người đã bỏ phiếu ít nhất min(7, số ý kiến) lần; phân tích thành phần chính (PCA) rút bảng phiếu về hai chiều; gom thành 100 cụm nhỏ bằng k-means rồi gom các cụm nhỏ thành 2 đến 5 nhóm, chọn số nhóm theo chỉ số silhouette; ý kiến đặc trưng và đồng thuận được chọn bằng kiểm định z (ngưỡng 1,2816, tức độ tin cậy 90 %).',
    en: 'Computed by Pol.is’s method: each person’s latest vote on each statement (agree 1, disagree −1, pass 0); only people with at least min(7, number of statements) votes are placed in groups; principal component analysis (PCA) brings the votes down to two dimensions; k-means makes 100 small clusters, which are gathered into 2 to 5 groups, the number chosen by silhouette; representative and consensus statements are chosen by z-tests (threshold 1.2816, i.e. 90 % confidence).',
  },
  'method.miniBatch': {
    vi: 'Hội thoại này có hơn 10.000 người tham gia, nên hai thành phần chính được tính từ {batches} mẫu ngẫu nhiên, mỗi mẫu {sampled, number} người (PCA theo lô nhỏ, như Pol.is làm với hội thoại lớn); mọi người vẫn được đặt lên bản đồ và xếp nhóm.',
    en: 'This conversation has more than 10,000 participants, so the two principal components were computed from {batches} random samples of {sampled, number} participants each (mini-batch PCA, as Pol.is does for large conversations); everyone is still placed on the map and grouped.',
  },
  'method.source': {
    vi: 'Nguồn: C. Small, M. Bjorkegren, T. Erkkilä, L. Shaw, C. Megill (2021), “Polis: Scaling deliberation by mapping high dimensional opinion spaces”, Recerca 26(2); mã nguồn Pol.is, github.com/compdemocracy/polis, thư mục math/src/polismath/math.',
    en: 'Source: C. Small, M. Bjorkegren, T. Erkkilä, L. Shaw, C. Megill (2021), “Polis: Scaling deliberation by mapping high dimensional opinion spaces”, Recerca 26(2); Pol.is source code, github.com/compdemocracy/polis, folder math/src/polismath/math.',
  },
  none: { vi: 'Không có.', en: 'None.' },
  footer: { vi: 'Lập bằng Đối Thoại ngày {date}.', en: 'Prepared with Đối Thoại on {date}.' },
} as const;

export type ReportTextKey = keyof typeof TEXT;

export function reportText(locale: Locale, key: ReportTextKey, values?: MessageValues): string {
  return formatMessage(locale, TEXT[key][locale], values).normalize('NFC');
}

// The words of a forum's minutes in Vietnamese and English (ICU MessageFormat through core/i18n); the
// forum's own texts (titles, questions, names) are not translated.
import { formatMessage, type Locale, type MessageValues } from '../i18n';

const TEXT = {
  title: { vi: 'BIÊN BẢN DIỄN ĐÀN', en: 'FORUM MINUTES' },
  dates: { vi: 'Thời gian: {dates}', en: 'Date: {dates}' },
  kind: { vi: 'Hình thức: {kind}', en: 'Format: {kind}' },
  'kind.in-person': { vi: 'trực tiếp', en: 'in person' },
  'kind.online': { vi: 'trực tuyến', en: 'online' },
  'kind.hybrid': { vi: 'trực tiếp kết hợp trực tuyến', en: 'in person and online' },
  venue: { vi: 'Địa điểm: {venue}', en: 'Venue: {venue}' },
  organisers: { vi: 'Đơn vị tổ chức: {names}', en: 'Organisers: {names}' },
  themes: { vi: 'Chủ đề: {themes}', en: 'Themes: {themes}' },
  none: { vi: 'Không có.', en: 'None.' },
  'agenda.heading': { vi: '1. Chương trình', en: '1. Agenda' },
  'agenda.time': { vi: 'Giờ', en: 'Time' },
  'agenda.item': { vi: 'Nội dung', en: 'Item' },
  'agenda.speakers': { vi: 'Người trình bày', en: 'Speakers' },
  'agenda.theme': { vi: 'Chủ đề', en: 'Theme' },
  'points.heading': { vi: '2. Điểm cầu và người tham dự', en: '2. Connection points and attendance' },
  'points.summary': {
    vi: '{points, number} điểm cầu; {checkedIn, number} người có mặt, {registered, number} người đăng ký, {expected, number} người dự kiến.',
    en: '{points, plural, one {# connection point} other {# connection points}}; {checkedIn, number} present, {registered, number} registered, {expected, number} expected.',
  },
  'points.point': { vi: 'Điểm cầu', en: 'Connection point' },
  'points.moderators': { vi: 'Người điều hành', en: 'Moderators' },
  'points.expected': { vi: 'Dự kiến', en: 'Expected' },
  'points.registered': { vi: 'Đăng ký', en: 'Registered' },
  'points.checkedIn': { vi: 'Có mặt', en: 'Present' },
  'points.total': { vi: 'Tổng cộng', en: 'Total' },
  'contributions.heading': { vi: '3. Tham luận', en: '3. Contributions' },
  'contributions.by': { vi: 'Người trình bày: {speaker}', en: 'Presented by {speaker}' },
  'contributions.session': { vi: 'Phiên: {session}', en: 'Session: {session}' },
  'polls.heading': { vi: '4. Biểu quyết', en: '4. Polls' },
  'polls.lead': {
    vi: '{ballots, number} phiếu.{hasItem, select, yes { Gắn với mục: {item}.} other {}}',
    en: '{ballots, plural, one {# ballot} other {# ballots}}.{hasItem, select, yes { On agenda item: {item}.} other {}}',
  },
  'polls.option': { vi: 'Phương án', en: 'Option' },
  'polls.overall': { vi: 'Kết quả chung', en: 'Overall' },
  'polls.byPoint': { vi: 'Kết quả theo điểm cầu', en: 'Results by connection point' },
  'polls.ballots': { vi: 'Số phiếu', en: 'Ballots' },
  'polls.leading': { vi: 'Dẫn đầu', en: 'Leading' },
  'questions.heading': { vi: '5. Câu hỏi và trả lời', en: '5. Questions and answers' },
  'questions.asked': {
    vi: 'Câu hỏi {n} ({asker}, {point}; {upvotes, number} lượt ủng hộ{hasItem, select, yes {; mục: {item}} other {}}):',
    en: 'Question {n} ({asker}, {point}; {upvotes, plural, one {# upvote} other {# upvotes}}{hasItem, select, yes {; item: {item}} other {}}):',
  },
  'questions.anonymous': { vi: 'ẩn danh', en: 'anonymous' },
  'questions.hall': { vi: 'hội trường chính', en: 'main hall' },
  'questions.answer': { vi: 'Trả lời ({by}):', en: 'Answer ({by}):' },
  'questions.unanswered': { vi: 'Chưa được trả lời tại diễn đàn.', en: 'Not answered at the forum.' },
  'recommendations.heading': { vi: '6. Kiến nghị', en: '6. Recommendations' },
  'recommendations.number': { vi: 'STT', en: 'No.' },
  'recommendations.text': { vi: 'Kiến nghị', en: 'Recommendation' },
  'recommendations.source': { vi: 'Nguồn: {source}', en: 'Source: {source}' },
  'recommendations.proposedBy': { vi: 'Đề xuất: {point}', en: 'Proposed by: {point}' },
  'recommendations.owner': { vi: 'Cơ quan chủ trì', en: 'Owner' },
  'recommendations.review': { vi: 'Ngày rà soát', en: 'Review date' },
  'recommendations.status': { vi: 'Tình trạng', en: 'Status' },
  footer: { vi: 'Biên bản lập ngày {date} từ hệ thống Đối Thoại.', en: 'Minutes made on {date} with Đối Thoại.' },
} as const satisfies Record<string, { vi: string; en: string }>;

export type MinutesTextKey = keyof typeof TEXT;

/** One label of the minutes in `locale`, its values filled in. */
export const minutesText = (locale: Locale, key: MinutesTextKey, values: MessageValues = {}) => formatMessage(locale, TEXT[key][locale], values);

// Messages of opinion mapping (issue 18), spread into the catalogue in messages.ts.
export const opinionMessages = {
  'opinion.not_found': { vi: 'Không tìm thấy cuộc thảo luận này.', en: 'Conversation not found.' },
  'opinion.slug_taken': { vi: 'Mã cuộc thảo luận "{slug}" đã được dùng.', en: 'The conversation code "{slug}" is already in use.' },
  'opinion.forum_other_space': { vi: 'Diễn đàn đã chọn không thuộc không gian của cuộc thảo luận.', en: 'The forum chosen is not in the conversation\'s space.' },
  'opinion.closed': { vi: 'Cuộc thảo luận này đã đóng nên không nhận thêm ý kiến hay phiếu.', en: 'This conversation is closed, so it takes no more statements or votes.' },
  'opinion.unknown_participant': { vi: 'Không có người tham gia số {pid} trong cuộc thảo luận này.', en: 'There is no participant {pid} in this conversation.' },
  'opinion.unknown_statement': { vi: 'Không có ý kiến số {tid} trong cuộc thảo luận này.', en: 'There is no statement {tid} in this conversation.' },
  'opinion.statement_pending': { vi: 'Ý kiến số {tid} còn chờ duyệt nên chưa thể bỏ phiếu.', en: 'Statement {tid} is awaiting moderation, so it cannot be voted on yet.' },
  'opinion.statement_rejected': { vi: 'Ý kiến số {tid} đã bị loại khi kiểm duyệt nên không thể bỏ phiếu.', en: 'Statement {tid} was rejected in moderation, so it cannot be voted on.' },
  'opinion.bad_vote': { vi: 'Phiếu phải là 1 (đồng ý), -1 (không đồng ý) hoặc 0 (bỏ qua), không phải {value}.', en: 'A vote must be 1 (agree), -1 (disagree) or 0 (pass), not {value}.' },
  'opinion.statement_empty': { vi: 'Ý kiến trống; hãy viết một câu.', en: 'The statement is empty; write a sentence.' },
  'opinion.statement_too_long': { vi: 'Ý kiến dài {length} ký tự, vượt giới hạn {max} ký tự của cuộc thảo luận này.', en: 'The statement is {length} characters long, over this conversation\'s limit of {max}.' },
  'opinion.statement_duplicate': { vi: 'Đã có ý kiến giống vậy (không kể dấu): số {tid}, "{text}".', en: 'The same statement is already there (ignoring diacritics): number {tid}, "{text}".' },
  'opinion.statement_limit': { vi: 'Mỗi người tham gia gửi tối đa {max} ý kiến trong cuộc thảo luận này, và bạn đã gửi đủ.', en: 'Each participant may submit at most {max, plural, one {# statement} other {# statements}} in this conversation, and you have reached it.' },
} as const;

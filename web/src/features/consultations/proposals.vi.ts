// Vietnamese strings of the moderation of proposed options, spread into shared/i18n/vi.ts. NFC text
// with full diacritics; {name} marks a value filled in by useT(). proposals.en.ts has the same keys.
export const proposalsVi = {
  'proposals.title': 'Phương án do người tham gia đề xuất',
  'proposals.intro': 'Người tham gia có thể đề xuất phương án mới. Đề xuất được duyệt sẽ vào danh sách phương án và được đưa ra so sánh sớm (vì chưa được so sánh lần nào); đề xuất bị từ chối không bao giờ xuất hiện.',
  'proposals.empty': 'Chưa có đề xuất nào đang chờ duyệt.',
  'proposals.pending': 'Đang chờ duyệt: {n}',
  'proposals.decided': 'Đã duyệt {approved} · Đã từ chối {rejected}',
  'proposals.received': 'Nhận lúc {at}',
  'proposals.titleVi': 'Tên phương án (tiếng Việt)',
  'proposals.titleEn': 'Tên phương án (tiếng Anh, có thể để trống)',
  'proposals.approve': 'Duyệt',
  'proposals.reject': 'Từ chối',
  'proposals.busy': 'Đang lưu…',
  'proposals.approved': 'Đã duyệt "{title}"; phương án đã được thêm vào các cặp so sánh.',
  'proposals.rejected': 'Đã từ chối "{title}".',
} satisfies Record<string, string>;

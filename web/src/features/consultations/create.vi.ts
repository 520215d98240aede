// Vietnamese strings of the create form's ballot part, spread into shared/i18n/vi.ts (create.en.ts
// carries the same keys). NFC text with full diacritics.
export const createVi = {
  'create.typeHint.approval': 'Mỗi người đánh dấu các phương án mình ủng hộ.',
  'create.typeHint.ranking': 'Mỗi người xếp các phương án theo thứ tự ưu tiên: số 1 là ưu tiên nhất.',
  'create.typeHint.score': 'Mỗi người chấm điểm từng phương án, từ 0 đến điểm cao nhất.',
  'create.typeHint.pairwise': 'Mỗi người lần lượt xem từng cặp hai phương án, chọn phương án hơn hoặc bỏ qua cặp đó. Không cần thông số nào thêm. Loại phiếu này chỉ bỏ trên màn hình, không nhập từ phiếu giấy.',
  'create.typeHint.budget': 'Mỗi người chia một số điểm cho các phương án; tổng không vượt quá số điểm được có.',
  'create.scaleHint': 'Ví dụ 5: chấm từ 0 đến 5. Để trống là 5.',
  'create.pointsHint': 'Ví dụ 100. Để trống là 100.',
} satisfies Record<string, string>;

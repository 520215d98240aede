// Messages the server sends to people, Vietnamese first. Error codes are stable API; the words may change.
export type Localized = { vi: string; en: string };

const catalog = {
  'auth.required': { vi: 'Cần đăng nhập để dùng chức năng này.', en: 'You need to sign in to use this.' },
  'auth.invalid_credentials': { vi: 'Email hoặc mật khẩu không đúng.', en: 'Wrong email or password.' },
  'auth.csrf': {
    vi: 'Thiếu hoặc sai mã chống giả mạo (x-csrf-token); hãy tải lại trang.',
    en: 'Missing or wrong anti-forgery token (x-csrf-token); reload the page.',
  },
  'auth.forbidden': { vi: 'Bạn không có quyền làm việc này.', en: 'You are not allowed to do this.' },
  'request.invalid': { vi: 'Yêu cầu không hợp lệ: {detail}.', en: 'Invalid request: {detail}.' },
  'request.malformed_json': { vi: 'Nội dung gửi lên không phải JSON hợp lệ.', en: 'The request body is not valid JSON.' },
  'request.too_large': { vi: 'Nội dung gửi lên quá lớn.', en: 'The request body is too large.' },
  'request.rate_limited': { vi: 'Quá nhiều yêu cầu; hãy thử lại sau ít phút.', en: 'Too many requests; try again in a few minutes.' },
  'route.not_found': { vi: 'Không có địa chỉ này.', en: 'No such address.' },
  'space.not_found': { vi: 'Không tìm thấy không gian này.', en: 'Space not found.' },
  'space.slug_taken': { vi: 'Mã không gian "{slug}" đã được dùng.', en: 'Space code "{slug}" is already in use.' },
  'user.not_found': { vi: 'Không tìm thấy người dùng này.', en: 'User not found.' },
  'user.email_taken': { vi: 'Email {email} đã có tài khoản.', en: 'Email {email} already has an account.' },
  'organisation.not_found': { vi: 'Không tìm thấy tổ chức này.', en: 'Organisation not found.' },
  'organisation.slug_taken': { vi: 'Mã tổ chức "{slug}" đã được dùng.', en: 'Organisation code "{slug}" is already in use.' },
  'demo.not_loaded': { vi: 'Chưa nạp dữ liệu minh họa.', en: 'The demo is not loaded.' },
  'server.error': { vi: 'Lỗi máy chủ; đã ghi lại để xử lý.', en: 'Server error; it has been logged.' },
} satisfies Record<string, Localized>;

export type MessageCode = keyof typeof catalog;

export function message(code: MessageCode, params: Record<string, string | number> = {}): Localized {
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
  return { vi: fill(catalog[code].vi), en: fill(catalog[code].en) };
}

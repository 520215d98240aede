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
  'consultation.not_found': { vi: 'Không tìm thấy cuộc tham vấn này.', en: 'Consultation not found.' },
  'consultation.bad_transition': { vi: 'Không thể chuyển cuộc tham vấn từ "{from}" sang "{to}".', en: 'A consultation cannot go from "{from}" to "{to}".' },
  'consultation.unknown_group': { vi: 'Nhóm "{group}" không có trong cuộc tham vấn này.', en: 'Group "{group}" is not part of this consultation.' },
  'consultation.unknown_cluster': { vi: 'Cụm "{cluster}" không có trong cuộc tham vấn này.', en: 'Cluster "{cluster}" is not part of this consultation.' },
  'consultation.not_open': { vi: 'Cuộc tham vấn không mở nhận phiếu.', en: 'The consultation is not open for ballots.' },
  'ballot.token_required': { vi: 'Cuộc tham vấn này cần mã mời; hãy dùng đường dẫn hoặc mã QR được phát.', en: 'This consultation needs an invitation code; use the link or QR code you were given.' },
  'ballot.token_invalid': { vi: 'Mã mời không hợp lệ cho cuộc tham vấn này.', en: 'The invitation code is not valid for this consultation.' },
  'ballot.token_used': { vi: 'Mã mời này đã được dùng để bỏ phiếu.', en: 'This invitation code has already been used to vote.' },
  'ballot.wrong_field': { vi: 'Phiếu loại "{type}" phải gửi trường "{field}" và chỉ trường đó.', en: 'A "{type}" ballot must send the field "{field}" and no other choice field.' },
  'ballot.malformed': { vi: 'Trường "{field}" của phiếu không đúng dạng.', en: 'The ballot field "{field}" is not in the expected form.' },
  'ballot.unknown_option': { vi: 'Phương án "{option}" không có trong cuộc tham vấn.', en: 'Option "{option}" is not part of the consultation.' },
  'ballot.repeated_option': { vi: 'Phương án "{option}" được chọn hơn một lần.', en: 'Option "{option}" is chosen more than once.' },
  'ballot.too_few_choices': { vi: 'Cần chọn ít nhất {min} phương án (đã chọn {given}).', en: 'Choose at least {min} options ({given} chosen).' },
  'ballot.too_many_choices': { vi: 'Chỉ được chọn tối đa {max} phương án (đã chọn {given}).', en: 'Choose at most {max} options ({given} chosen).' },
  'ballot.score_out_of_range': { vi: 'Điểm cho "{option}" phải là số nguyên từ {min} đến {max}.', en: 'The score for "{option}" must be a whole number from {min} to {max}.' },
  'ballot.points_exceeded': { vi: 'Tổng điểm phân bổ {total} vượt quá {points} điểm được có.', en: 'The {total} points allocated exceed the {points} available.' },
  'paper.batch_exists': { vi: 'Tập phiếu "{key}" đã có.', en: 'Paper batch "{key}" already exists.' },
  'paper.batch_not_found': { vi: 'Không tìm thấy tập phiếu "{key}".', en: 'Paper batch "{key}" not found.' },
  'paper.wrong_form_count': { vi: 'Tập phiếu có {expected} phiếu nhưng đã nhập {given}.', en: 'The batch has {expected} forms but {given} were entered.' },
  'paper.form_invalid': { vi: 'Phiếu số {form}: {problem} Nếu phiếu giấy như vậy, hãy ghi là phiếu hỏng.', en: 'Form {form}: {problem} If the paper form is like that, enter it as spoilt.' },
  'paper.same_person': { vi: 'Lần nhập thứ hai phải do người khác với lần nhập thứ nhất thực hiện.', en: 'The second entry must be made by someone other than the first.' },
  'paper.missing_entry': { vi: 'Tập phiếu cần đủ hai lần nhập trước khi ghi nhận.', en: 'The batch needs both entries before it is counted.' },
  'paper.unresolved': { vi: 'Còn phiếu số {forms} khác nhau giữa hai lần nhập, chưa được xử lý.', en: 'Forms {forms} still differ between the two entries and are not resolved.' },
  'paper.committed': { vi: 'Tập phiếu "{key}" đã được ghi nhận; không sửa được nữa.', en: 'Paper batch "{key}" has been counted and can no longer change.' },
  'verify.not_open_access': { vi: 'Cuộc tham vấn này chỉ dành cho người được mời.', en: 'This consultation is by invitation only.' },
  'verify.bad_contact': { vi: 'Hãy nhập số điện thoại Việt Nam (10 chữ số) hoặc địa chỉ email.', en: 'Enter a Vietnamese phone number (10 digits) or an e-mail address.' },
  'verify.too_many_codes': { vi: 'Đã gửi quá nhiều mã cho địa chỉ này; hãy liên hệ ban tổ chức.', en: 'Too many codes were sent to this address; contact the organisers.' },
  'verify.wrong_code': { vi: 'Mã xác minh không đúng hoặc đã hết hạn.', en: 'The verification code is wrong or has expired.' },
  'verify.too_many_attempts': { vi: 'Nhập sai quá nhiều lần; hãy yêu cầu mã mới.', en: 'Too many wrong tries; ask for a new code.' },
  'verify.already_voted': { vi: 'Địa chỉ này đã được xác minh và nhận mã bỏ phiếu trước đó.', en: 'This address was already verified and given a voting code.' },
  'demo.not_loaded': { vi: 'Chưa nạp dữ liệu minh họa.', en: 'The demo is not loaded.' },
  'indicators.not_imported': { vi: 'Chưa nhập số liệu {index} năm {year}.', en: 'No {index} {year} figures have been imported.' },
  'indicators.not_for_63': {
    vi: 'Số liệu {index} năm {year} được công bố cho 34 tỉnh, thành mới, không đọc lại được cho 63 tỉnh, thành cũ.',
    en: '{index} {year} was published for the 34 provinces and cannot be read back onto the former 63.',
  },
  'indicators.xls_upload': {
    vi: 'Tệp {file} là tệp Excel cũ (.xls), chỉ nhập được bằng dòng lệnh `doithoai import`; hãy lưu lại thành .xlsx để tải lên.',
    en: '{file} is a legacy Excel workbook (.xls), which only the command line (`doithoai import`) reads; save it as .xlsx to upload it.',
  },
  'indicators.bad_file': {
    vi: 'Tệp {file} không được nhập vì có {problems} lỗi ở {rows} dòng; chưa có số liệu nào được ghi. Danh sách lỗi ở trường "problems".',
    en: '{file} was not imported because of {problems} problems in {rows} rows; nothing was stored. The list is in "problems".',
  },
  'indicators.file_rejected': { vi: 'Tệp {file} không được nhập: {detail}', en: '{file} was not imported: {detail}' },
  'locality.not_found': { vi: 'Không có tỉnh, thành mã {code} trong {set} đơn vị cấp tỉnh.', en: 'No province has the code {code} among the {set} province-level units.' },
  'locality.no_units_on_date': {
    vi: 'Không có danh mục đơn vị cấp tỉnh ngày {date}: danh mục 63 tỉnh, thành bắt đầu từ 01/8/2008.',
    en: 'There is no list of province-level units for {date}: the 63-unit map begins on 1 August 2008.',
  },
  'boundaries.not_configured': {
    vi: 'Máy chủ chưa có ranh giới tỉnh: DOITHOAI_BOUNDARIES chưa được đặt hoặc không có tệp {file}.',
    en: 'The server has no province boundaries: DOITHOAI_BOUNDARIES is not set or holds no {file}.',
  },
  'server.error': { vi: 'Lỗi máy chủ; đã ghi lại để xử lý.', en: 'Server error; it has been logged.' },
} satisfies Record<string, Localized>;

export type MessageCode = keyof typeof catalog;

export function message(code: MessageCode, params: Record<string, string | number> = {}): Localized {
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
  return { vi: fill(catalog[code].vi), en: fill(catalog[code].en) };
}

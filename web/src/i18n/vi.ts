// Vietnamese strings: the reference dictionary. Every key here must exist in en.ts (the type checker
// enforces it there). Text is NFC with full diacritics; {name} marks a value filled in by useT().
export const vi = {
  'app.name': 'Đối Thoại',
  'app.skip': 'Bỏ qua, đến nội dung chính',
  'app.breadcrumb': 'Đường dẫn',

  // The switch names the language it switches TO, in that language.
  'header.langSwitch': 'English',
  'header.langSwitchTitle': 'Chuyển giao diện sang tiếng Anh',
  'header.signedInAs': 'Đang đăng nhập:',
  'header.logout': 'Đăng xuất',
  'header.logoutFailed': 'Chưa đăng xuất được. Vui lòng thử lại.',

  'login.title': 'Đăng nhập',
  'login.intro': 'Dành cho cán bộ, đại biểu và đối tác đã được cấp tài khoản.',
  'login.email': 'Email',
  'login.password': 'Mật khẩu',
  'login.submit': 'Đăng nhập',
  'login.submitting': 'Đang đăng nhập…',
  'login.missing': 'Vui lòng nhập email và mật khẩu.',

  'demo.title': 'Tài khoản trình diễn',
  'demo.intro': 'Dữ liệu minh họa. Chọn một tài khoản để điền sẵn biểu mẫu đăng nhập.',
  'demo.use': 'Dùng tài khoản này',
  'demo.useFor': 'Dùng tài khoản này: {email}',

  'spaces.title': 'Không gian làm việc',
  'spaces.intro': 'Các đợt xác định ưu tiên, hội nghị và diễn đàn mà bạn tham gia.',
  'spaces.empty': 'Bạn chưa tham gia không gian nào.',

  'space.kind': 'Loại',
  'space.locality': 'Địa phương',
  'space.noLocality': 'Không gắn với một địa phương',
  'space.currentPhase': 'Giai đoạn hiện tại',
  'space.noPhase': 'Chưa có giai đoạn',
  'space.myRole': 'Vai trò của tôi',
  'space.noRole': 'Chưa được giao vai trò',
  'space.visibility': 'Phạm vi',
  'space.illustrative': 'Dữ liệu minh họa',
  'space.illustrativeHint': 'Số liệu và tên trong không gian này dùng để trình diễn, không phải số liệu chính thức.',
  'space.back': 'Tất cả không gian',
  'space.facts': 'Thông tin chính',
  'space.description': 'Mô tả',
  'space.phases': 'Các giai đoạn',
  'space.noPhases': 'Chưa có giai đoạn nào được lên lịch.',
  'space.members': 'Thành viên',
  'space.membersCount': '{n} thành viên',
  'space.noMembers': 'Chưa có thành viên.',

  'visibility.public': 'Công khai',
  'visibility.private': 'Nội bộ',

  'members.name': 'Họ và tên',
  'members.organisation': 'Cơ quan, tổ chức',
  'members.role': 'Vai trò',
  'members.noOrganisation': '—',

  'phase.status.upcoming': 'Sắp diễn ra',
  'phase.status.active': 'Đang diễn ra',
  'phase.status.done': 'Đã hoàn thành',
  'phase.dates.range': '{from} – {to}',
  'phase.dates.from': 'Từ {from}',
  'phase.dates.to': 'Đến {to}',
  'phase.dates.none': 'Chưa xếp lịch',

  'kind.priority-setting': 'Xác định ưu tiên',
  'kind.cluster-conference': 'Hội nghị cụm',
  'kind.forum': 'Diễn đàn đối thoại',
  'kind.linkage': 'Liên kết vùng',
  'kind.monitoring': 'Giám sát thực hiện',

  'role.administrator': 'Quản trị',
  'role.facilitator': 'Cán bộ đầu mối',
  'role.official': 'Cán bộ / đại diện sở ngành',
  'role.delegate': 'Đại biểu',
  'role.observer': 'Quan sát viên',

  'common.loading': 'Đang tải…',
  'common.retry': 'Thử lại',
  'error.network': 'Không kết nối được với máy chủ. Vui lòng kiểm tra mạng và thử lại.',
  'error.generic': 'Đã có lỗi xảy ra. Vui lòng thử lại.',
  'error.notFoundTitle': 'Không tìm thấy trang',
  'error.notFound': 'Địa chỉ này không dẫn tới trang nào.',
  'error.goHome': 'Về trang chính',
} satisfies Record<string, string>;

export type MessageKey = keyof typeof vi;

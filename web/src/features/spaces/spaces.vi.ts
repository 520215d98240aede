// Vietnamese strings of the spaces list and a space's page, merged into
// shared/i18n/vi.ts. Every key here must exist in spaces.en.ts (the type checker enforces it). {name}
// marks a value filled in by useT().
export const spacesVi = {
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
  'space.illustrativeHint': 'Số liệu và tên trong không gian này dùng để trình diễn, không phải số liệu chính thức.',
  'space.facts': 'Thông tin chính',
  'space.description': 'Mô tả',
  'space.phases': 'Các giai đoạn',
  'space.noPhases': 'Chưa có giai đoạn nào được lên lịch.',
  'space.members': 'Thành viên',
  'space.membersCount': '{n, number} thành viên',
  'space.noMembers': 'Chưa có thành viên.',

  'visibility.public': 'Công khai',
  'visibility.private': 'Nội bộ',

  'members.name': 'Họ và tên',
  'members.organisation': 'Cơ quan, tổ chức',
  'members.role': 'Vai trò',
  'members.noOrganisation': '—',
  'phase.dates.range': '{from} – {to}',
  'phase.dates.from': 'Từ {from}',
  'phase.dates.to': 'Đến {to}',
  'phase.dates.none': 'Chưa xếp lịch',

  'role.administrator': 'Quản trị',
  'role.facilitator': 'Cán bộ đầu mối',
  'role.official': 'Cán bộ / đại diện sở ngành',
  'role.delegate': 'Đại biểu',
  'role.observer': 'Quan sát viên',
} satisfies Record<string, string>;

// Vietnamese strings: the reference dictionary. Every key here must exist in en.ts (the type checker
// enforces it there). Text is NFC with full diacritics; {name} marks a value filled in by useT().
import { paperVi } from '../../features/consultations/paper/paper.vi';
import { createVi } from '../../features/consultations/create.vi';
import { evidenceVi } from '../../features/indicators/evidence.vi';
import { prioritiesVi } from '../../features/priorities/priorities.vi';
import { plansVi } from '../../features/plans/plans.vi';
import { forumsVi } from '../../features/forums/forums.vi';
import { linkageVi } from '../../features/linkage/linkage.vi';
import { devolutionVi } from '../../features/devolution/devolution.vi';
import { inventoryVi } from '../../features/devolution/inventory.vi';
import { opinionVi } from '../../features/opinion/opinion.vi';
import { proposalsVi } from '../../features/consultations/proposals.vi';
import { accountsVi } from '../../features/accounts/accounts.vi';
import { spacesVi } from '../../features/spaces/spaces.vi';
import { consultationsVi } from '../../features/consultations/consultations.vi';

export const vi = {
  ...consultationsVi,
  ...spacesVi,
  ...accountsVi,
  ...paperVi,
  ...proposalsVi,
  ...createVi,
  ...evidenceVi,
  ...prioritiesVi,
  ...plansVi,
  ...forumsVi,
  ...linkageVi,
  ...devolutionVi,
  ...inventoryVi,
  ...opinionVi,
  'app.name': 'Đối Thoại',
  'app.skip': 'Bỏ qua, đến nội dung chính',
  'app.breadcrumb': 'Đường dẫn',

  // The switch names the language it switches TO, in that language.
  'header.langSwitch': 'English',
  'header.langSwitchTitle': 'Chuyển giao diện sang tiếng Anh',
  'header.signedInAs': 'Đang đăng nhập:',
  'header.logout': 'Đăng xuất',
  'header.logoutFailed': 'Chưa đăng xuất được. Vui lòng thử lại.',

  'space.illustrative': 'Dữ liệu minh họa',
  'space.back': 'Tất cả không gian',

  'phase.status.upcoming': 'Sắp diễn ra',
  'phase.status.active': 'Đang diễn ra',
  'phase.status.done': 'Đã hoàn thành',

  'kind.priority-setting': 'Xác định ưu tiên',
  'kind.cluster-conference': 'Hội nghị cụm',
  'kind.forum': 'Diễn đàn đối thoại',
  'kind.linkage': 'Liên kết vùng',
  'kind.monitoring': 'Giám sát thực hiện',
  'kind.devolution': 'Quy hoạch phân cấp',

  'chart.failed': 'Không tải được biểu đồ; số liệu vẫn đầy đủ trong bảng.',

  'common.cancel': 'Hủy',
  'common.loading': 'Đang tải…',
  'common.retry': 'Thử lại',

  'import.sheet': 'Trang tính',
  'import.row': 'Dòng',
  'import.column': 'Cột',
  'import.problem': 'Vấn đề',

  'error.network': 'Không kết nối được với máy chủ. Vui lòng kiểm tra mạng và thử lại.',
  'error.generic': 'Đã có lỗi xảy ra. Vui lòng thử lại.',
  'error.notFoundTitle': 'Không tìm thấy trang',
  'error.notFound': 'Địa chỉ này không dẫn tới trang nào.',
  'error.goHome': 'Về trang chính',
} satisfies Record<string, string>;

export type MessageKey = keyof typeof vi;

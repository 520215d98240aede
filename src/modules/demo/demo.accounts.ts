// The demo's people. Their password is public on purpose: the demo is for trying the app, never for real data.
import type { Role } from '../../core/accounts/roles';

export const DEMO_PASSWORD = 'doithoai-demo';

type DemoAccount = {
  email: string;
  displayName: string;
  organisation?: string;
  platformRole?: Role;
  spaces: Partial<Record<'cantho' | 'acvn' | 'phancap', Role>>;
  /** In the decentralisation pilot ('phancap', an official): the unit they speak for (demo.devolution.ts). */
  devolutionUnit?: string;
  note: { vi: string; en: string };
};

export const demoAccounts: DemoAccount[] = [
  {
    email: 'quantri@doithoai.demo',
    displayName: 'Quản trị hệ thống',
    platformRole: 'administrator',
    spaces: {},
    note: { vi: 'Quản trị: thấy và sửa mọi thứ', en: 'Administrator: sees and changes everything' },
  },
  {
    email: 'daumoi@cantho.demo',
    displayName: 'Nguyễn Thị Thu Hà',
    organisation: 'can-tho-so-tai-chinh',
    spaces: { cantho: 'facilitator' },
    note: { vi: 'Cán bộ đầu mối, Sở Tài chính Cần Thơ', en: 'Focal officer, Cần Thơ Department of Finance' },
  },
  {
    email: 'sotnmt@cantho.demo',
    displayName: 'Trần Văn Minh',
    organisation: 'can-tho-so-tnmt',
    spaces: { cantho: 'official' },
    note: { vi: 'Đại diện Sở Tài nguyên và Môi trường', en: 'Representative, Department of Natural Resources and Environment' },
  },
  {
    email: 'soxaydung@cantho.demo',
    displayName: 'Lê Hoàng Nam',
    organisation: 'can-tho-so-xay-dung',
    spaces: { cantho: 'official' },
    note: { vi: 'Đại diện Sở Xây dựng, trả lời phiếu so sánh cặp AHP', en: 'Representative, Department of Construction; answers the AHP questionnaire' },
  },
  {
    email: 'sonoivu@cantho.demo',
    displayName: 'Đặng Thu Trang',
    organisation: 'can-tho-so-noi-vu',
    spaces: { phancap: 'official' },
    devolutionUnit: 'so-noi-vu',
    note: { vi: 'Sở Nội vụ, đơn vị đầu mối thí điểm phân cấp: sửa mọi hoạt động, nhập Excel, xây dựng kịch bản', en: 'Department of Home Affairs, focal unit of the decentralisation pilot: edits every activity, imports Excel, builds scenarios' },
  },
  {
    email: 'sotaichinh@cantho.demo',
    displayName: 'Võ Thị Mai',
    organisation: 'can-tho-so-tai-chinh',
    spaces: { phancap: 'official' },
    devolutionUnit: 'so-tai-chinh',
    note: { vi: 'Sở Tài chính trong thí điểm phân cấp: rà soát, sửa và ký xác nhận hoạt động của Sở', en: 'Department of Finance in the decentralisation pilot: reviews, edits and signs off its own activities' },
  },
  {
    email: 'ninhkieu@cantho.demo',
    displayName: 'Phan Minh Tuấn',
    spaces: { phancap: 'official' },
    devolutionUnit: 'quan-ninh-kieu',
    note: { vi: 'UBND quận Ninh Kiều trong thí điểm phân cấp: rà soát, sửa và ký xác nhận hoạt động của quận', en: 'Ninh Kiều District in the decentralisation pilot: reviews, edits and signs off its own activities' },
  },
  {
    email: 'hiephoi@acvn.demo',
    displayName: 'Lê Quang Huy',
    organisation: 'acvn',
    spaces: { acvn: 'facilitator' },
    note: { vi: 'Cán bộ Hiệp hội các đô thị, điều phối hội nghị cụm', en: 'Association of Cities officer, runs the cluster conferences' },
  },
  {
    email: 'daibieu@acvn.demo',
    displayName: 'Phạm Thị Lan',
    spaces: { acvn: 'delegate' },
    note: { vi: 'Đại biểu hội nghị cụm Tây Nam Bộ', en: 'Delegate, South-West cluster conference' },
  },
];

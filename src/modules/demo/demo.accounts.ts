// The demo's people. Their password is public on purpose: the demo is for trying the app, never for real data.
import type { Role } from '../../core/accounts/roles';

export const DEMO_PASSWORD = 'doithoai-demo';

type DemoAccount = {
  email: string;
  displayName: string;
  organisation?: string;
  platformRole?: Role;
  spaces: Partial<Record<'cantho' | 'acvn', Role>>;
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

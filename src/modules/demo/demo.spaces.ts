// The two demo spaces: Cần Thơ's priority-setting exercise and ACVN's 2017 cluster conferences.
import { acvn, canTho, leadersEmphasis } from './demo.facts';
import { PRIORITY_AREAS } from '../../core/priority-areas';

const areaList = (lang: 'vi' | 'en') => PRIORITY_AREAS.map((a, i) => `${i + 1}. ${a[lang]}`).join('\n');

export const canThoSpace = {
  slug: 'can-tho-uu-tien-2024',
  kind: 'priority-setting' as const,
  title: { vi: 'Cần Thơ: xác định lĩnh vực ưu tiên phát triển năng lực địa phương', en: 'Cần Thơ: priority areas for local capacity development' },
  summary: {
    vi: 'Sở ngành, xã phường, người dân và doanh nghiệp cùng xếp thứ tự tám lĩnh vực ưu tiên, dựa trên PCI, PAPI, PGI.',
    en: 'Departments, communes, citizens and businesses rank eight priority areas together, on PCI, PAPI and PGI evidence.',
  },
  description: {
    vi: `Đơn vị đầu mối: Sở Tài chính (trước đây Sở Kế hoạch và Đầu tư).\n\nTám lĩnh vực được tham vấn:\n${areaList('vi')}\n\nLãnh đạo thành phố nhấn mạnh: ${leadersEmphasis.vi}.`,
    en: `Focal unit: Department of Finance (formerly the Department of Planning and Investment).\n\nThe eight areas consulted on:\n${areaList('en')}\n\nThe city's leaders emphasise: ${leadersEmphasis.en}.`,
  },
  locality: canTho,
  visibility: 'public' as const,
  illustrative: true,
  phases: [
    { key: 'bang-chung', title: { vi: 'Rà soát bằng chứng (PCI, PAPI, PGI 2023)', en: 'Evidence review (PCI, PAPI, PGI 2023)' }, startsOn: '2024-03-01', endsOn: '2024-04-15' },
    { key: 'tham-van', title: { vi: 'Tham vấn các bên liên quan', en: 'Stakeholder consultation' }, startsOn: '2024-04-16', endsOn: '2024-06-15' },
    { key: 'uu-tien', title: { vi: 'Xác định thứ tự ưu tiên', en: 'Priority setting' }, startsOn: '2024-06-16', endsOn: '2024-07-31' },
    { key: 'ke-hoach', title: { vi: 'Xây dựng kế hoạch hành động', en: 'Action planning' }, startsOn: '2024-08-01', endsOn: '2024-12-31' },
  ],
};

export const acvnSpace = {
  slug: 'acvn-hoi-nghi-cum-2017',
  kind: 'cluster-conference' as const,
  title: { vi: 'Hội nghị cụm đô thị 2017: khuyến nghị chính sách ưu tiên', en: '2017 cluster conferences: priority policy recommendations' },
  summary: { vi: `${acvn.name.vi}. ${acvn.ballotRule.vi}.`, en: `${acvn.name.en}. ${acvn.ballotRule.en}.` },
  description: {
    vi: `Chủ đề: ${acvn.topic.vi}.\n\n${acvn.ballotRule.vi}; kết quả được tổng hợp theo từng cụm và chung cho các cụm.`,
    en: `Theme: ${acvn.topic.en}.\n\n${acvn.ballotRule.en}; the picks are rolled up per cluster and across clusters.`,
  },
  locality: null,
  visibility: 'public' as const,
  illustrative: true,
  phases: acvn.clusters.map((c) => ({
    key: c.key,
    title: { vi: `${c.vi} (${c.host})`, en: `${c.en} (${c.host})` },
    startsOn: c.date,
    endsOn: c.date,
  })),
};

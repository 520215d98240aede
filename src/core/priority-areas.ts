// The eight priority areas used in practice in Vietnamese local capacity development programmes
// (product.md, situation 1), with the names Cần Thơ's 2024 exercise used for them.
export type PriorityAreaKey =
  | 'economy'
  | 'environment'
  | 'education'
  | 'health'
  | 'transport-urban'
  | 'social-protection'
  | 'agriculture'
  | 'admin-reform';

export const PRIORITY_AREAS: ReadonlyArray<{ key: PriorityAreaKey; vi: string; en: string }> = [
  { key: 'economy', vi: 'Phát triển, tăng trưởng kinh tế địa phương', en: 'Local economic development and growth' },
  { key: 'environment', vi: 'Môi trường / quản lý chất thải', en: 'Environment and waste management' },
  { key: 'education', vi: 'Giáo dục', en: 'Education' },
  { key: 'health', vi: 'Y tế, sức khỏe', en: 'Health' },
  { key: 'transport-urban', vi: 'Giao thông, đô thị', en: 'Transport and urban development' },
  { key: 'social-protection', vi: 'Bảo trợ xã hội', en: 'Social protection' },
  { key: 'agriculture', vi: 'Nông nghiệp', en: 'Agriculture' },
  { key: 'admin-reform', vi: 'Cải cách thủ tục hành chính', en: 'Administrative procedure reform' },
];

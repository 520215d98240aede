// The Provincial Green Index (VCCI, since 2022): four sub-indices on 0–10, total out of 40. Names as VCCI
// presents them in the PGI 2023 release; no machine-readable PGI data is published with the project.
import type { Dimension } from './types';

export const PGI_FIRST_YEAR = 2022;

export const PGI_SUBINDICES: readonly Dimension[] = [
  {
    key: 'pollution-mitigation',
    vi: 'Giảm thiểu ô nhiễm môi trường và tác động tiêu cực của biến đổi khí hậu',
    en: 'Pollution and climate-change impact mitigation',
  },
  { key: 'environmental-compliance', vi: 'Đảm bảo tuân thủ các tiêu chuẩn môi trường tối thiểu', en: 'Compliance with minimum environmental standards' },
  { key: 'green-leadership', vi: 'Vai trò lãnh đạo của chính quyền tỉnh trong thúc đẩy thực hành xanh', en: 'Provincial leadership in promoting green practices' },
  { key: 'green-business-support', vi: 'Chính sách và dịch vụ hỗ trợ doanh nghiệp trong bảo vệ môi trường', en: 'Policies and services supporting firms on the environment' },
];

/** The total: the sum of the four sub-indices; null when any is missing. */
export function pgiTotal(subindices: Readonly<Record<string, number>>): number | null {
  let sum = 0;
  for (const d of PGI_SUBINDICES) {
    const value = subindices[d.key];
    if (value === undefined) return null;
    sum += value;
  }
  return sum;
}

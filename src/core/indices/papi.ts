// The Provincial Governance and Public Administration Performance Index (UNDP, CECODES, VFF-CRT, RTA):
// each dimension is the sum of its sub-dimensions and the total the sum of the dimensions — six to 2017,
// eight from 2018. Sub-dimensions changed over the years; `column` is the positional code (SC11…SC83) under
// which the published series (papi_hnks-gh_ml-mcdm, codebook_subcriteria.csv) carries each one.
import type { Dimension } from './types';

export const PAPI_DIMENSIONS: readonly Dimension[] = [
  { key: 'participation', vi: 'Tham gia của người dân ở cấp cơ sở', en: 'Participation at local levels' },
  { key: 'transparency', vi: 'Công khai, minh bạch trong việc ra quyết định ở địa phương', en: 'Transparency of local decision-making' },
  { key: 'vertical-accountability', vi: 'Trách nhiệm giải trình với người dân', en: 'Vertical accountability' },
  { key: 'control-of-corruption', vi: 'Kiểm soát tham nhũng trong khu vực công', en: 'Control of corruption in the public sector' },
  { key: 'administrative-procedures', vi: 'Thủ tục hành chính công', en: 'Public administrative procedures' },
  { key: 'public-services', vi: 'Cung ứng dịch vụ công', en: 'Public service delivery' },
  { key: 'environmental-governance', vi: 'Quản trị môi trường', en: 'Environmental governance' },
  { key: 'e-governance', vi: 'Quản trị điện tử', en: 'E-governance' },
];

export const PAPI_FIRST_YEAR = 2011;
export const PAPI_FIRST_YEAR_WITH_EIGHT = 2018;

export interface PapiSubdimension extends Dimension {
  dimension: string;
  column: string;
  /** First and last year (inclusive) in which the column holds this sub-dimension. */
  from: number;
  to: number;
}

const sub = (dimension: string, column: string, key: string, vi: string, en: string, from = PAPI_FIRST_YEAR, to = 9999): PapiSubdimension =>
  ({ dimension, column, key, vi, en, from, to });

// Labels as in PAPI_2011-2016.xlsx where it has them; the 2018 additions follow codebook_subcriteria.csv.
// 2017 has no labelled source here: its vertical-accountability columns are read as in 2016, which is
// what the ranges of the figures suggest (SC33 stays near 1–1.7 until it jumps in 2018).
const SUBDIMENSIONS: readonly PapiSubdimension[] = [
  sub('participation', 'SC11', 'civic-knowledge', 'Tri thức công dân', 'Civic knowledge'),
  sub('participation', 'SC12', 'participation-opportunities', 'Cơ hội tham gia', 'Opportunities for participation'),
  sub('participation', 'SC13', 'election-quality', 'Chất lượng bầu cử', 'Quality of elections'),
  sub('participation', 'SC14', 'voluntary-contributions', 'Đóng góp tự nguyện', 'Voluntary contributions'),
  sub('transparency', 'SC21', 'poverty-lists', 'Danh sách hộ nghèo', 'Poverty lists', PAPI_FIRST_YEAR, 2017),
  sub('transparency', 'SC22', 'communal-budget', 'Thu, chi ngân sách cấp xã/phường', 'Communal budget and expenditure', PAPI_FIRST_YEAR, 2017),
  sub('transparency', 'SC23', 'land-use-plans', 'Kế hoạch sử dụng đất, khung giá đền bù', 'Land-use plans and price frames', PAPI_FIRST_YEAR, 2017),
  sub('transparency', 'SC21', 'access-to-information', 'Tiếp cận thông tin', 'Access to information', 2018),
  sub('transparency', 'SC22', 'poverty-lists', 'Danh sách hộ nghèo', 'Poverty lists', 2018),
  sub('transparency', 'SC23', 'communal-budget', 'Thu, chi ngân sách cấp xã/phường', 'Communal budget and expenditure', 2018),
  sub('transparency', 'SC24', 'land-use-plans', 'Kế hoạch sử dụng đất, khung giá đất', 'Land-use plans and price frames', 2018),
  sub('vertical-accountability', 'SC31', 'interactions-with-authorities', 'Hiệu quả tương tác với các cấp chính quyền', 'Interactions with local authorities'),
  sub('vertical-accountability', 'SC32', 'peoples-inspection-boards', 'Ban Thanh tra Nhân dân', "People's inspection boards", PAPI_FIRST_YEAR, 2015),
  sub('vertical-accountability', 'SC33', 'community-investment-boards', 'Ban Giám sát đầu tư cộng đồng', 'Community investment supervision boards', PAPI_FIRST_YEAR, 2015),
  sub('vertical-accountability', 'SC32', 'responsiveness-to-citizens', 'Đáp ứng kiến nghị của người dân', 'Responsiveness to citizen appeals', 2016),
  sub('vertical-accountability', 'SC33', 'peoples-inspection-boards', 'Hiệu quả của Ban Thanh tra Nhân dân', "People's inspection boards", 2016, 2017),
  sub('vertical-accountability', 'SC33', 'access-to-justice', 'Tiếp cận dịch vụ tư pháp', 'Access to justice services', 2018),
  sub('control-of-corruption', 'SC41', 'corruption-in-government', 'Kiểm soát tham nhũng trong chính quyền', 'Limits on public sector corruption'),
  sub('control-of-corruption', 'SC42', 'corruption-in-services', 'Kiểm soát tham nhũng trong cung ứng dịch vụ công', 'Limits on corruption in service delivery'),
  sub('control-of-corruption', 'SC43', 'employment-equity', 'Công bằng trong tuyển dụng vào nhà nước', 'Equity in state employment'),
  sub('control-of-corruption', 'SC44', 'anti-corruption-resolve', 'Quyết tâm chống tham nhũng', 'Willingness to fight corruption'),
  sub('administrative-procedures', 'SC51', 'certification', 'Chứng thực, xác nhận', 'Certification procedures'),
  sub('administrative-procedures', 'SC52', 'construction-permits', 'Giấy phép xây dựng', 'Construction permits', PAPI_FIRST_YEAR, 2020),
  sub('administrative-procedures', 'SC53', 'land-titles', 'Giấy chứng nhận quyền sử dụng đất', 'Land-use rights certificates'),
  sub('administrative-procedures', 'SC54', 'commune-procedures', 'Thủ tục hành chính cấp xã/phường', 'Personal procedures at commune level'),
  sub('public-services', 'SC61', 'public-health', 'Y tế công lập', 'Public health care'),
  sub('public-services', 'SC62', 'primary-education', 'Giáo dục tiểu học công lập', 'Public primary education'),
  sub('public-services', 'SC63', 'basic-infrastructure', 'Cơ sở hạ tầng căn bản', 'Basic infrastructure'),
  sub('public-services', 'SC64', 'law-and-order', 'An ninh, trật tự', 'Law and order'),
  sub('environmental-governance', 'SC71', 'environmental-protection', 'Nghiêm túc trong bảo vệ môi trường', 'Seriousness in environmental protection', 2018),
  sub('environmental-governance', 'SC72', 'air-quality', 'Chất lượng không khí', 'Quality of air', 2018),
  sub('environmental-governance', 'SC73', 'water-quality', 'Chất lượng nguồn nước', 'Quality of water', 2018),
  sub('e-governance', 'SC81', 'e-portal-use', 'Sử dụng cổng thông tin điện tử của chính quyền', 'Access to e-government portals', 2018),
  sub('e-governance', 'SC82', 'internet-access', 'Tiếp cận và sử dụng Internet', 'Access to the Internet', 2018),
  sub('e-governance', 'SC83', 'e-responsiveness', 'Phản hồi của chính quyền qua cổng điện tử', 'E-responsiveness of provincial authorities', 2019),
];

/** The dimensions of a year's index, in published order. */
export function papiDimensions(year: number): readonly Dimension[] {
  return year >= PAPI_FIRST_YEAR_WITH_EIGHT ? PAPI_DIMENSIONS : PAPI_DIMENSIONS.slice(0, 6);
}

/** The sub-dimensions of a year, in published order. */
export function papiSubdimensions(year: number): readonly PapiSubdimension[] {
  const dims = papiDimensions(year).map((d) => d.key);
  return SUBDIMENSIONS.filter((s) => year >= s.from && year <= s.to && dims.includes(s.dimension));
}

/** A dimension's score from its sub-dimensions: their sum; null when any of them is missing. */
export function papiDimensionScore(year: number, dimension: string, subdimensions: Readonly<Record<string, number>>): number | null {
  let sum = 0;
  for (const s of papiSubdimensions(year).filter((x) => x.dimension === dimension)) {
    const value = subdimensions[s.key];
    if (value === undefined) return null;
    sum += value;
  }
  return sum;
}

/** The total: the sum of the year's dimensions; null when any of them is withheld. */
export function papiTotal(year: number, dimensions: Readonly<Record<string, number>>): number | null {
  let sum = 0;
  for (const d of papiDimensions(year)) {
    const value = dimensions[d.key];
    if (value === undefined) return null;
    sum += value;
  }
  return sum;
}

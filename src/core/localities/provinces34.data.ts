// GENERATED from ../shared/data/vn by a one-off script (not kept); edit by hand only to correct a fact.
// The 34 provinces and centrally-run cities in force from 1 July 2025.
// Sources: dvhcvn/20250701 @ 8eb9ac1c (MIT) — province_merge_63_to_34.csv, provinces_63_with_2025_successor.csv and
// 915_CTK-CSCL_34_provinces.csv (GSO letter 915/CTK-CSCL; Resolution 202/2025/QH15); English names from
// thanglequoc/vietnamese-provinces-database @ cd580632 (MIT). Names are NFC with modern tone placement (Hòa, Hóa).
// Regions: a merged unit takes the region of the predecessor whose name it keeps (Bắc Ninh ← Bắc Ninh, Gia Lai ←
// Gia Lai, Tây Ninh ← Tây Ninh …), giving 9/6/8/3/3/5 units per region; predecessors' own regions stay available
// through the merger relation (see regions.ts).
import type { Province34Row } from './types';

// code, name, full name (as of 1 July 2025), ASCII name, English name, region
export const PROVINCES_34: readonly Province34Row[] = [
  ['01', 'Hà Nội', 'Thành phố Hà Nội', 'Ha Noi', 'Hanoi', 'red-river-delta'],
  ['04', 'Cao Bằng', 'Tỉnh Cao Bằng', 'Cao Bang', 'Cao Bang', 'northern-midlands-mountains'],
  ['08', 'Tuyên Quang', 'Tỉnh Tuyên Quang', 'Tuyen Quang', 'Tuyen Quang', 'northern-midlands-mountains'],
  ['11', 'Điện Biên', 'Tỉnh Điện Biên', 'Dien Bien', 'Dien Bien', 'northern-midlands-mountains'],
  ['12', 'Lai Châu', 'Tỉnh Lai Châu', 'Lai Chau', 'Lai Chau', 'northern-midlands-mountains'],
  ['14', 'Sơn La', 'Tỉnh Sơn La', 'Son La', 'Son La', 'northern-midlands-mountains'],
  ['15', 'Lào Cai', 'Tỉnh Lào Cai', 'Lao Cai', 'Lao Cai', 'northern-midlands-mountains'],
  ['19', 'Thái Nguyên', 'Tỉnh Thái Nguyên', 'Thai Nguyen', 'Thai Nguyen', 'northern-midlands-mountains'],
  ['20', 'Lạng Sơn', 'Tỉnh Lạng Sơn', 'Lang Son', 'Lang Son', 'northern-midlands-mountains'],
  ['22', 'Quảng Ninh', 'Tỉnh Quảng Ninh', 'Quang Ninh', 'Quang Ninh', 'red-river-delta'],
  ['24', 'Bắc Ninh', 'Tỉnh Bắc Ninh', 'Bac Ninh', 'Bac Ninh', 'red-river-delta'],
  ['25', 'Phú Thọ', 'Tỉnh Phú Thọ', 'Phu Tho', 'Phu Tho', 'northern-midlands-mountains'],
  ['31', 'Hải Phòng', 'Thành phố Hải Phòng', 'Hai Phong', 'Haiphong', 'red-river-delta'],
  ['33', 'Hưng Yên', 'Tỉnh Hưng Yên', 'Hung Yen', 'Hung Yen', 'red-river-delta'],
  ['37', 'Ninh Bình', 'Tỉnh Ninh Bình', 'Ninh Binh', 'Ninh Binh', 'red-river-delta'],
  ['38', 'Thanh Hóa', 'Tỉnh Thanh Hóa', 'Thanh Hoa', 'Thanh Hoa', 'north-central-central-coast'],
  ['40', 'Nghệ An', 'Tỉnh Nghệ An', 'Nghe An', 'Nghe An', 'north-central-central-coast'],
  ['42', 'Hà Tĩnh', 'Tỉnh Hà Tĩnh', 'Ha Tinh', 'Ha Tinh', 'north-central-central-coast'],
  ['44', 'Quảng Trị', 'Tỉnh Quảng Trị', 'Quang Tri', 'Quang Tri', 'north-central-central-coast'],
  ['46', 'Huế', 'Thành phố Huế', 'Hue', 'Hue', 'north-central-central-coast'],
  ['48', 'Đà Nẵng', 'Thành phố Đà Nẵng', 'Da Nang', 'Da Nang', 'north-central-central-coast'],
  ['51', 'Quảng Ngãi', 'Tỉnh Quảng Ngãi', 'Quang Ngai', 'Quang Ngai', 'north-central-central-coast'],
  ['52', 'Gia Lai', 'Tỉnh Gia Lai', 'Gia Lai', 'Gia Lai', 'central-highlands'],
  ['56', 'Khánh Hòa', 'Tỉnh Khánh Hòa', 'Khanh Hoa', 'Khanh Hoa', 'north-central-central-coast'],
  ['66', 'Đắk Lắk', 'Tỉnh Đắk Lắk', 'Dak Lak', 'Dak Lak', 'central-highlands'],
  ['68', 'Lâm Đồng', 'Tỉnh Lâm Đồng', 'Lam Dong', 'Lam Dong', 'central-highlands'],
  ['75', 'Đồng Nai', 'Tỉnh Đồng Nai', 'Dong Nai', 'Dong Nai', 'southeast'],
  ['79', 'Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 'Ho Chi Minh', 'Ho Chi Minh', 'southeast'],
  ['80', 'Tây Ninh', 'Tỉnh Tây Ninh', 'Tay Ninh', 'Tay Ninh', 'southeast'],
  ['82', 'Đồng Tháp', 'Tỉnh Đồng Tháp', 'Dong Thap', 'Dong Thap', 'mekong-delta'],
  ['86', 'Vĩnh Long', 'Tỉnh Vĩnh Long', 'Vinh Long', 'Vinh Long', 'mekong-delta'],
  ['91', 'An Giang', 'Tỉnh An Giang', 'An Giang', 'An Giang', 'mekong-delta'],
  ['92', 'Cần Thơ', 'Thành phố Cần Thơ', 'Can Tho', 'Can Tho', 'mekong-delta'],
  ['96', 'Cà Mau', 'Tỉnh Cà Mau', 'Ca Mau', 'Ca Mau', 'mekong-delta'],
];

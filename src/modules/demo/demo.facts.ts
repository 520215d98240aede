// Facts behind the demo spaces, carried in the project's own format so the demo runs where
// ../shared is absent. Source: public reports on Cần Thơ's local capacity development project (2024)
// and the Association of Cities of Vietnam's cluster conferences (2017), as collected in
// shared/data/demo/cantho-and-acvn.json. Names of bodies, areas and clusters are real; everything the
// demo generates on top of them (ballots, scores, plan contents) is illustrative and labelled so.
type L = { vi: string; en: string };

export const canThoBodies: (L & { slug: string; kind: 'government' | 'department' | 'partner' })[] = [
  { slug: 'ubnd-can-tho', vi: 'Ủy ban nhân dân thành phố Cần Thơ', en: "Cần Thơ City People's Committee", kind: 'government' },
  { slug: 'can-tho-so-tai-chinh', vi: 'Sở Tài chính', en: 'Department of Finance', kind: 'department' },
  { slug: 'can-tho-so-noi-vu', vi: 'Sở Nội vụ', en: 'Department of Home Affairs', kind: 'department' },
  { slug: 'can-tho-so-xay-dung', vi: 'Sở Xây dựng', en: 'Department of Construction', kind: 'department' },
  { slug: 'can-tho-so-tnmt', vi: 'Sở Tài nguyên và Môi trường', en: 'Department of Natural Resources and Environment', kind: 'department' },
  { slug: 'can-tho-so-nn-ptnt', vi: 'Sở Nông nghiệp và Phát triển nông thôn', en: 'Department of Agriculture and Rural Development', kind: 'department' },
  { slug: 'can-tho-so-gd-dt', vi: 'Sở Giáo dục và Đào tạo', en: 'Department of Education and Training', kind: 'department' },
  { slug: 'can-tho-so-y-te', vi: 'Sở Y tế', en: 'Department of Health', kind: 'department' },
  { slug: 'can-tho-so-gtvt', vi: 'Sở Giao thông vận tải', en: 'Department of Transport', kind: 'department' },
  { slug: 'can-tho-so-ldtbxh', vi: 'Sở Lao động - Thương binh và Xã hội', en: 'Department of Labour, Invalids and Social Affairs', kind: 'department' },
  { slug: 'hoc-vien-cspt', vi: 'Học viện Chính sách và Phát triển', en: 'Academy of Policy and Development', kind: 'partner' },
];

export const leadersEmphasis: L = {
  vi: 'Giải pháp cấp bách, giải pháp lâu dài, giải pháp đột phá; biến đổi khí hậu và phòng chống thiên tai (sạt lở bờ sông, ngập đô thị), xử lý chất thải, giảm phát thải khí nhà kính, tái chế, nông nghiệp công nghệ cao, năng lực hợp tác xã, sản phẩm OCOP',
  en: 'Urgent, long-term and breakthrough solutions; climate change and disaster prevention (riverbank erosion, urban flooding), waste treatment, lower greenhouse-gas emissions, recycling, high-tech agriculture, cooperative capacity, OCOP local products',
};

export const acvn = {
  name: { vi: 'Hiệp hội các đô thị Việt Nam (ACVN)', en: 'Association of Cities of Vietnam (ACVN)' } as L,
  topic: {
    vi: 'Nâng cao năng lực quản trị địa phương nhằm hỗ trợ phát triển kinh tế địa phương tại các đô thị Việt Nam',
    en: 'Strengthening local governance capacity to support local economic development in Vietnamese cities',
  } as L,
  ballotRule: { vi: 'Mỗi đại biểu chọn 2–3 khuyến nghị cần ưu tiên thực hiện', en: 'Each delegate picks the 2–3 recommendations to prioritise' } as L,
  clusters: [
    { key: 'dong-bac', vi: 'Cụm đô thị Đông Bắc', en: 'North-East cluster', host: 'TP Thái Nguyên', date: '2017-08-20' },
    { key: 'tay-bac', vi: 'Cụm đô thị Tây Bắc', en: 'North-West cluster', host: 'TP Tuyên Quang', date: '2017-09-25' },
    { key: 'tay-nam-bo', vi: 'Cụm đô thị Tây Nam Bộ', en: 'South-West cluster', host: 'TP Bạc Liêu', date: '2017-09-28' },
  ],
};

/** Cần Thơ's GSO province code (unchanged by the 1 July 2025 merger, which joined Sóc Trăng and Hậu Giang to it). */
export const canTho = { code: '92', name: 'Cần Thơ' };

/** The two districts of Cần Thơ's 2022 decentralisation pilot (cantho-and-acvn.json, pilotDistricts2022). */
export const pilotDistricts2022: L[] = [
  { vi: 'Quận Ninh Kiều', en: 'Ninh Kiều district' },
  { vi: 'Quận Cái Răng', en: 'Cái Răng district' },
];

/** The parties to the Mekong Delta key economic region's 2016–2020 agreement (cantho-and-acvn.json, regionalLinkage2016_2020). */
export const regionalLinkage2016_2020 = ['Cần Thơ', 'An Giang', 'Kiên Giang', 'Cà Mau'] as const;

/**
 * The 2021 Local Development Dialogue (shared/data/demo/cantho-and-acvn.json, dialogueForum2021): its
 * real title, date, organisers, three themes and number of connection points. Which 59 provinces were
 * connected, and the agenda, are not in the source: the demo's are illustrative and labelled so.
 */
export const dialogueForum2021 = {
  title: {
    vi: 'Đối thoại phát triển địa phương năm 2021: Thực thi mục tiêu phát triển trong trạng thái bình thường mới',
    en: 'Local Development Dialogue 2021: delivering development goals in the new normal',
  },
  date: '2021-07-13',
  connectionPoints: 59,
  organisers: ['Học viện Chính trị quốc gia Hồ Chí Minh', 'USAID', 'Ngân hàng Thế giới', 'Đại học Indiana'],
  themes: [
    { key: 'chuyen-doi-so', vi: 'Nâng cao hiệu quả quản trị thực thi chính sách trong môi trường chuyển đổi số', en: 'More effective policy implementation in digital transformation' },
    { key: 'tang-truong-xanh', vi: 'Khai thác tiềm năng tăng trưởng xanh', en: 'Tapping green growth' },
    { key: 'danh-gia-giam-sat', vi: 'Hệ thống đánh giá, giám sát khoa học, minh bạch việc thực thi công vụ', en: 'A scientific, transparent system to evaluate and monitor public duty performance' },
  ],
};

// The GSO tables the importer knows, as data: each table's English title as GSO's PX-Web export writes it
// (line 1, before " by Cities, provincies…"), and each measure of its header with the dataset it feeds.
// English names and units are GSO's (the files); Vietnamese names follow the Vietnamese edition of GSO's
// Statistical Yearbook (Niên giám thống kê, Tổng cục Thống kê) for the same tables, written for this
// project. Definitions paraphrase the yearbook's explanatory notes and the caveats in the data's README.
import type { DatasetSpec, Direction, Aggregation, SeriesBreak, Text } from './types';

export const GSO_SOURCE: Text = {
  vi: 'Tổng cục Thống kê (GSO), cơ sở dữ liệu thống kê trực tuyến (PX-Web), gso.gov.vn',
  en: 'General Statistics Office of Viet Nam (GSO), online statistical database (PX-Web), gso.gov.vn',
};
export const GSO_LICENCE: Text = {
  vi: 'Số liệu do Nhà nước Việt Nam (Tổng cục Thống kê) công bố; khi dùng phải ghi nguồn Tổng cục Thống kê',
  en: 'Data published by the Government of Viet Nam (GSO); cite the GSO as the source',
};

export interface TableSpec {
  /** The title on line 1 up to " by Cities, provincies" (a "(*)" footnote mark is ignored). */
  title: string;
  /** Header label (the header cell without its year) → dataset; '' for a table of one measure. */
  measures: ReadonlyArray<readonly [label: string, dataset: DatasetSpec]>;
}

const t = (vi: string, en: string): Text => ({ vi, en });
const spec = (key: string, name: Text, unit: Text, definition: Text, direction: Direction, aggregation: Aggregation, breaks?: SeriesBreak[]): DatasetSpec => ({
  key,
  name,
  unit,
  definition,
  direction,
  aggregation,
  ...(breaks ? { breaks } : {}),
});

// The denominator each rate is weighted by on the 34 (data, read by core/statistics/reaggregate.ts). The right
// one, not the nearest held: a poverty rate is a share of households, a mortality rate per live births, literacy a
// share of people aged 15 and above. A denominator not held makes the rate refused on the 34, never averaged.
export const RATE_DENOMINATORS: Readonly<Record<string, string>> = {
  'gso.poverty-rate': 'gso.households',
  'gso.households-electricity': 'gso.households',
  'gso.income.total': 'gso.population.total',
  'gso.income.wages': 'gso.population.total',
  'gso.income.agriculture': 'gso.population.total',
  'gso.income.non-agriculture': 'gso.population.total',
  'gso.income.other': 'gso.population.total',
  'gso.immunisation-under-1': 'gso.live-births',
  'gso.infant-mortality': 'gso.live-births',
  'gso.under-five-mortality': 'gso.live-births',
  'gso.literacy-15-plus': 'gso.population.15-plus',
  'gso.trained-workers': 'gso.employed-15-plus',
  'gso.population.density': 'gso.area',
  'gso.grdp-per-capita': 'gso.population.total',
};

// GSO's poverty series moved to the 2011–2015 poverty line from the 2010 figures (Decision 09/2011/QĐ-TTg):
// the rise from 2008 to 2010 is a change of definition, not of poverty.
const POVERTY_LINE_2010: SeriesBreak = {
  year: 2010,
  why: {
    vi: 'từ năm 2010 tính theo chuẩn nghèo giai đoạn 2011–2015 (Quyết định 09/2011/QĐ-TTg): mức tăng từ 2008 sang 2010 là do đổi chuẩn, không so sánh trực tiếp',
    en: 'from 2010 on, the 2011–2015 poverty line (Decision 09/2011/QĐ-TTg): the rise from 2008 to 2010 comes from the new line, not comparable directly',
  },
};

const PERCENT = t('%', '%');
const PER_1000_BIRTHS = t('‰ (trên 1.000 trẻ đẻ sống)', '‰ (per 1,000 live births)');
const THOUSAND_PERSONS = t('nghìn người', 'thousand persons');
const PERSONS = t('người', 'persons');
const BEDS = t('giường', 'beds');
const ESTABLISHMENTS = t('cơ sở', 'establishments');
const PUPILS = t('học sinh', 'pupils');
const SCHOOLS = t('trường', 'schools');
const THOUSAND_VND = t('nghìn đồng', 'thousand VND');
const TONNES_A_DAY = t('tấn/ngày', 'tonnes/day');

const PROVINCIAL_HEALTH = t(
  'chỉ tính các cơ sở do Sở Y tế tỉnh, thành phố quản lý (không gồm bệnh viện trung ương), nên thấp hơn thực tế ở các thành phố lớn',
  'only units under the provincial department of health (central hospitals excluded), so it understates big cities',
);
const COUNT_OF = (vi: string, en: string, note?: Text) => t(`${vi}${note ? `; ${note.vi}` : ''}.`, `${en}${note ? `; ${note.en}` : ''}.`);

// Hospital beds, establishments: the same five headings in GSO's two health tables.
function healthUnits(prefix: string, what: Text, unit: Text): Array<readonly [string, DatasetSpec]> {
  const kinds: Array<[label: string, key: string, vi: string, en: string]> = [
    ['Total', 'total', 'tổng số', 'total'],
    ['Hospital', 'hospital', 'bệnh viện', 'hospitals'],
    ['Regional polyclinic', 'regional-polyclinic', 'phòng khám đa khoa khu vực', 'regional polyclinics'],
    ['Sanatorium and rehabilitation hospital', 'sanatorium-rehabilitation', 'bệnh viện điều dưỡng và phục hồi chức năng', 'sanatoria and rehabilitation hospitals'],
    ['Medical service unit', 'medical-service-unit', 'trạm y tế xã, phường, cơ quan, xí nghiệp', 'medical service units (commune, ward and workplace health stations)'],
  ];
  return kinds.map(([label, key, vi, en]) => [
    label,
    spec(`${prefix}.${key}`, t(`${what.vi} do Sở Y tế quản lý: ${vi}`, `${what.en} under provincial departments of health: ${en}`), unit,
      COUNT_OF(`${what.vi} (${vi}) thuộc các cơ sở y tế do Sở Y tế quản lý`, `${what.en} (${en}) in health units under the provincial department of health`, PROVINCIAL_HEALTH),
      'neutral', 'sum'),
  ] as const);
}

const POPULATION_TOTAL = spec('gso.population.total', t('Dân số trung bình', 'Average population'), THOUSAND_PERSONS,
  t('Dân số bình quân trong năm của tỉnh, thành phố.', 'The province’s population averaged over the year.'), 'neutral', 'sum');

export const GSO_TABLES: readonly TableSpec[] = [
  {
    title: 'Poverty rate by province',
    measures: [['', spec('gso.poverty-rate', t('Tỷ lệ hộ nghèo', 'Poverty rate'), PERCENT,
      t('Tỷ lệ hộ có thu nhập bình quân đầu người dưới chuẩn nghèo (chuẩn nghèo thu nhập); chuẩn nghèo đổi giai đoạn 2010/2011 nên số liệu trước và sau không so sánh trực tiếp được.',
        'Share of households whose income per person is below the (income) poverty line; the line changed in 2010/2011, so figures before and after are not directly comparable.'),
      'higher-worse', 'rate', [POVERTY_LINE_2010])]],
  },
  { title: 'Number of patient beds under provincial departments of health by province', measures: healthUnits('gso.beds', t('Số giường bệnh', 'Patient beds'), BEDS) },
  { title: 'Number of health establishments under provincial departments of health by province', measures: healthUnits('gso.health-establishments', t('Số cơ sở y tế', 'Health establishments'), ESTABLISHMENTS) },
  {
    title: 'Number of medical staff under provincial departments of health by province',
    measures: (
      [
        ['Doctor', 'doctors', 'Số bác sĩ', 'Doctors'],
        ['Physician', 'physicians', 'Số y sĩ', 'Physicians (assistant doctors)'],
        ['Nurse', 'nurses', 'Số y tá (điều dưỡng)', 'Nurses'],
        ['Midwife', 'midwives', 'Số nữ hộ sinh', 'Midwives'],
      ] as const
    ).map(([label, key, vi, en]) => [
      label,
      spec(`gso.medical-staff.${key}`, t(`${vi} do Sở Y tế quản lý`, `${en} under provincial departments of health`), PERSONS,
        COUNT_OF(`${vi} làm việc tại các cơ sở do Sở Y tế quản lý`, `${en} working in units under the provincial department of health`, PROVINCIAL_HEALTH), 'neutral', 'sum'),
    ] as const),
  },
  {
    title: 'Average collected solid waste treated per day by province',
    measures: [
      ['Total of collected solid waste', spec('gso.solid-waste.collected', t('Lượng chất thải rắn được thu gom bình quân một ngày', 'Collected solid waste per day'), TONNES_A_DAY,
        t('Khối lượng chất thải rắn sinh hoạt được thu gom bình quân một ngày (một lượng, không phải tỷ lệ thu gom).', 'Average amount of solid waste collected per day (an amount, not a collection rate).'), 'neutral', 'sum')],
      ['Total of collected solid waste treated in accordance with corresponding defined national criteria',
        spec('gso.solid-waste.treated', t('Lượng chất thải rắn thu gom được xử lý đạt quy chuẩn quốc gia', 'Collected solid waste treated to national standards per day'), TONNES_A_DAY,
          t('Phần chất thải rắn thu gom được xử lý đạt quy chuẩn, tiêu chuẩn quốc gia tương ứng, bình quân một ngày.', 'The part of collected solid waste treated in accordance with the corresponding national standards, per day.'), 'higher-better', 'sum')],
    ],
  },
  {
    title: 'Monthly average income per capita at current prices by income source and by province',
    measures: (
      [
        ['Total', 'total', 'tổng số', 'total', 'higher-better'],
        ['Salary & wage', 'wages', 'từ tiền lương, tiền công', 'from salary and wages', 'neutral'],
        ['Agriculture, forestry & fishery', 'agriculture', 'từ nông, lâm nghiệp và thủy sản', 'from agriculture, forestry and fishery', 'neutral'],
        ['Non-agriculture, forestry & fishery', 'non-agriculture', 'từ phi nông, lâm nghiệp và thủy sản', 'from non-agriculture, forestry and fishery', 'neutral'],
        ['Others', 'other', 'từ nguồn khác', 'from other sources', 'neutral'],
      ] as const
    ).map(([label, key, vi, en, direction]) => [
      label,
      spec(`gso.income.${key}`, t(`Thu nhập bình quân đầu người một tháng: ${vi}`, `Monthly average income per capita: ${en}`), THOUSAND_VND,
        t(`Thu nhập bình quân một người một tháng theo giá hiện hành (${vi}), từ Khảo sát mức sống dân cư.`, `Average income per person per month at current prices (${en}), from the Household Living Standards Survey.`),
        direction, 'rate'),
    ] as const),
  },
  {
    title: 'Percentage of household using electricity by province',
    measures: [['', spec('gso.households-electricity', t('Tỷ lệ hộ có sử dụng điện', 'Households using electricity'), PERCENT,
      t('Tỷ lệ hộ dân cư có sử dụng điện.', 'Share of households that use electricity.'), 'higher-better', 'rate')]],
  },
  {
    title: 'Percentage of children under 1 year old immunized fully caccinations by province',
    measures: [['', spec('gso.immunisation-under-1', t('Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin', 'Children under 1 fully immunised'), PERCENT,
      t('Tỷ lệ trẻ em dưới 1 tuổi được tiêm đủ các loại vắc xin theo quy định của Chương trình tiêm chủng mở rộng.', 'Share of children under one year old given every vaccine of the Expanded Programme on Immunisation.'), 'higher-better', 'rate')]],
  },
  {
    title: 'Average population by province',
    measures: [
      ['Total', POPULATION_TOTAL],
      ...(
        [
          ['Male', 'male', 'nam', 'male'],
          ['Female', 'female', 'nữ', 'female'],
          ['Urban', 'urban', 'thành thị', 'urban'],
          ['Rural', 'rural', 'nông thôn', 'rural'],
        ] as const
      ).map(([label, key, vi, en]) => [
        label,
        spec(`gso.population.${key}`, t(`Dân số trung bình: ${vi}`, `Average population: ${en}`), THOUSAND_PERSONS,
          t(`Dân số ${vi} bình quân trong năm của tỉnh, thành phố.`, `The province’s ${en} population averaged over the year.`), 'neutral', 'sum'),
      ] as const),
    ],
  },
  {
    title: 'Area, population and population density by province',
    measures: [
      ['Area (Km2)', spec('gso.area', t('Diện tích', 'Area'), t('km²', 'km²'), t('Diện tích tự nhiên của tỉnh, thành phố.', 'The province’s land area.'), 'neutral', 'sum')],
      // Not merged with Average population's total: the two tables disagree for 25 provinces in 2015 (Hà Nội 7,216.0
      // here, 7,202.9 there) and mark 2016 differently ("2016 (*)" here, "Prel. 2016" there), so each keeps its own key.
      ['Average population (Thous. pers.)', spec('gso.population.area-table', t('Dân số trung bình (bảng diện tích, dân số và mật độ dân số)', 'Average population (table of area, population and density)'),
        THOUSAND_PERSONS, t('Dân số bình quân trong năm, như bảng diện tích, dân số và mật độ dân số công bố; có năm khác với bảng dân số trung bình.', 'The population averaged over the year as the area, population and density table gives it; some years differ from the average population table.'),
        'neutral', 'sum')],
      ['Population density (Person/km2)', spec('gso.population.density', t('Mật độ dân số', 'Population density'), t('người/km²', 'persons/km²'),
        t('Dân số trung bình chia cho diện tích.', 'Average population divided by area.'), 'neutral', 'rate')],
    ],
  },
  {
    title: 'Infant mortality rate by province',
    measures: [['', spec('gso.infant-mortality', t('Tỷ suất chết của trẻ em dưới 1 tuổi', 'Infant mortality rate'), PER_1000_BIRTHS,
      t('Số trẻ em chết dưới 1 tuổi trên 1.000 trẻ đẻ sống trong năm.', 'Deaths under one year of age per 1,000 live births in the year.'), 'higher-worse', 'rate')]],
  },
  {
    title: 'Under five mortality rate by province',
    measures: [['', spec('gso.under-five-mortality', t('Tỷ suất chết của trẻ em dưới 5 tuổi', 'Under-five mortality rate'), PER_1000_BIRTHS,
      t('Số trẻ em chết dưới 5 tuổi trên 1.000 trẻ đẻ sống trong năm.', 'Deaths under five years of age per 1,000 live births in the year.'), 'higher-worse', 'rate')]],
  },
  {
    title: 'Percentage of literate population at 15 years of age and above by province',
    measures: [['', spec('gso.literacy-15-plus', t('Tỷ lệ dân số từ 15 tuổi trở lên biết chữ', 'Literate population aged 15 and above'), PERCENT,
      t('Tỷ lệ người từ 15 tuổi trở lên biết đọc, biết viết trong tổng dân số từ 15 tuổi trở lên.', 'Share of people aged 15 and above who can read and write.'), 'higher-better', 'rate')]],
  },
  {
    title: 'Percentage of trained employed workers at 15 years of age and above by province',
    measures: [['', spec('gso.trained-workers', t('Tỷ lệ lao động từ 15 tuổi trở lên đang làm việc đã qua đào tạo', 'Trained employed workers aged 15 and above'), PERCENT,
      t('Tỷ lệ lao động đang làm việc từ 15 tuổi trở lên đã được đào tạo và có bằng, chứng chỉ.', 'Share of employed workers aged 15 and above who have been trained and hold a degree or certificate.'), 'higher-better', 'rate')]],
  },
  {
    title: 'Number of pupils of general education as of 30 September by province',
    measures: (
      [
        ['Total', 'total', 'tổng số', 'total'],
        ['Primary', 'primary', 'tiểu học', 'primary'],
        ['Lower secondary', 'lower-secondary', 'trung học cơ sở', 'lower secondary'],
        ['Upper secondary', 'upper-secondary', 'trung học phổ thông', 'upper secondary'],
      ] as const
    ).map(([label, key, vi, en]) => [
      label,
      spec(`gso.pupils.${key}`, t(`Số học sinh phổ thông tại thời điểm 30/9: ${vi}`, `Pupils of general education as of 30 September: ${en}`), PUPILS,
        t(`Số học sinh phổ thông (${vi}) tại thời điểm 30 tháng 9.`, `Pupils in general education (${en}) on 30 September.`), 'neutral', 'sum'),
    ] as const),
  },
  {
    title: 'Number of school of general education as of 30 September by province',
    measures: (
      [
        ['Total', 'total', 'tổng số', 'total'],
        ['Primary', 'primary', 'tiểu học', 'primary'],
        ['Lower Secondary', 'lower-secondary', 'trung học cơ sở', 'lower secondary'],
        ['Upper Secondary', 'upper-secondary', 'trung học phổ thông', 'upper secondary'],
        ['Primary and lower secondary', 'primary-lower-secondary', 'phổ thông cơ sở (tiểu học và trung học cơ sở)', 'primary and lower secondary'],
        ['Lower and upper Secondary', 'lower-upper-secondary', 'trung học (trung học cơ sở và trung học phổ thông)', 'lower and upper secondary'],
      ] as const
    ).map(([label, key, vi, en]) => [
      label,
      spec(`gso.schools.${key}`, t(`Số trường phổ thông tại thời điểm 30/9: ${vi}`, `Schools of general education as of 30 September: ${en}`), SCHOOLS,
        t(`Số trường phổ thông (${vi}) tại thời điểm 30 tháng 9.`, `Schools of general education (${en}) on 30 September.`), 'neutral', 'sum'),
    ] as const),
  },
];

const BILLION_VND = t('tỷ đồng', 'billion VND');

/**
 * GSO series that are not among the PX-Web tables above: published in GSO's yearbooks and provincial GRDP
 * releases (the team's copies: `gso_2011_2022_dstai/grdp`, `gso_covariates_vietnam_elections/grdp_provinces_1992-2017.csv`).
 * No file reader knows them yet; the demo carries their figures (demo.statistics.ts) and a mapping may name them.
 */
export const GSO_SERIES: readonly DatasetSpec[] = [
  spec('gso.grdp-per-capita', t('GRDP bình quân đầu người', 'GRDP per capita'), t('triệu đồng', 'million VND'),
    t('Tổng sản phẩm trên địa bàn (GRDP) theo giá hiện hành chia cho dân số trung bình; ở Bà Rịa – Vũng Tàu gồm cả dầu thô.',
      'Gross regional domestic product at current prices over the average population; Bà Rịa – Vũng Tàu’s includes crude oil.'),
    'higher-better', 'rate'),
  // Denominators of rates (RATE_DENOMINATORS): declared so a file of them can feed the 34 once a reader knows it.
  spec('gso.households', t('Số hộ dân cư', 'Households'), t('hộ', 'households'), t('Số hộ dân cư của tỉnh, thành phố.', 'Households in the province.'), 'neutral', 'sum'),
  spec('gso.live-births', t('Số trẻ đẻ sống trong năm', 'Live births in the year'), t('trẻ', 'births'), t('Số trẻ đẻ ra sống trong năm.', 'Children born alive in the year.'), 'neutral', 'sum'),
  spec('gso.population.15-plus', t('Dân số từ 15 tuổi trở lên', 'Population aged 15 and above'), THOUSAND_PERSONS, t('Dân số từ 15 tuổi trở lên.', 'People aged 15 and above.'), 'neutral', 'sum'),
  spec('gso.employed-15-plus', t('Lao động từ 15 tuổi trở lên đang làm việc', 'Employed workers aged 15 and above'), THOUSAND_PERSONS, t('Số lao động từ 15 tuổi trở lên đang làm việc.', 'Employed workers aged 15 and above.'), 'neutral', 'sum'),
  spec('gso.grdp.total', t('Tổng sản phẩm trên địa bàn (GRDP)', 'Gross regional domestic product (GRDP)'), BILLION_VND,
    t('GRDP theo giá hiện hành, theo niên giám thống kê mới nhất có năm đó.', 'GRDP at current prices, as the latest statistical yearbook holding the year gives it.'), 'neutral', 'sum'),
  spec('gso.grdp.agriculture', t('GRDP khu vực nông, lâm nghiệp và thủy sản', 'GRDP of agriculture, forestry and fishing'), BILLION_VND,
    t('Giá trị tăng thêm của nông, lâm nghiệp và thủy sản theo giá hiện hành.', 'Value added of agriculture, forestry and fishing at current prices.'), 'neutral', 'sum'),
];

const withDenominator = (d: DatasetSpec): DatasetSpec => (RATE_DENOMINATORS[d.key] ? { ...d, denominator: RATE_DENOMINATORS[d.key] } : d);

/** Every dataset the catalogue declares, once each, by key (a rate with its denominator). */
export const GSO_DATASETS: ReadonlyMap<string, DatasetSpec> = new Map(
  [...GSO_TABLES.flatMap((table) => table.measures.map(([, d]) => d)), ...GSO_SERIES].map((d) => [d.key, withDenominator(d)] as const),
);

const fold = (s: string) => s.toLowerCase().replace(/\(\*\)/g, '').replace(/\s+/g, ' ').trim();

/** The table a PX-Web title line names ("… by province(*) by Cities, provincies, Year and Items"), if known. */
export function tableOfTitle(title: string): TableSpec | undefined {
  const head = fold(title.replace(/\s+by\s+cities,\s+provinc.*$/i, ''));
  return GSO_TABLES.find((table) => fold(table.title) === head);
}

/** The dataset a header label feeds in a table, compared without letter case and extra spaces. */
export function datasetOfLabel(table: TableSpec, label: string): DatasetSpec | undefined {
  return table.measures.find(([l]) => fold(l) === fold(label))?.[1];
}

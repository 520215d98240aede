// Derived measures declared as data (issue 16): a figure computed from two imported datasets as
// factor × numerator / denominator, per province and year, with both inputs kept beside the result. On the
// 34 a ratio is recomputed from the summed numerators and denominators — never an average of ratios — so
// beds per 10,000 people of a merged province is its beds over its people.
import { LOCALITIES_34, predecessorsOf } from '../localities/units';
import type { DatasetSpec, Text } from './types';

export interface DerivedSpec extends DatasetSpec {
  numerator: string;
  denominator: string;
  /** Multiplies the ratio: 10 turns beds per thousand persons into beds per 10,000 people; 100 a share into %. */
  factor: number;
  formula: Text;
}

const t = (vi: string, en: string): Text => ({ vi, en });
const PER_10000 = t('trên 10.000 dân', 'per 10,000 people');
const PROVINCIAL = t(
  ' Chỉ tính cơ sở do Sở Y tế quản lý (không gồm bệnh viện trung ương), nên thấp hơn thực tế ở các thành phố lớn.',
  ' Only units under the provincial department of health (central hospitals excluded), so it understates big cities.',
);

export const DERIVED: readonly DerivedSpec[] = [
  {
    key: 'gso.beds-per-10000',
    name: t('Số giường bệnh trên 10.000 dân', 'Patient beds per 10,000 people'),
    unit: PER_10000,
    definition: t(`Số giường bệnh do Sở Y tế quản lý chia cho dân số trung bình, nhân 10.000.${PROVINCIAL.vi}`, `Patient beds under the provincial department of health over the average population, times 10,000.${PROVINCIAL.en}`),
    direction: 'higher-better',
    aggregation: 'rate',
    numerator: 'gso.beds.total',
    denominator: 'gso.population.total',
    factor: 10, // beds ÷ thousand persons × 10 = beds per 10,000 persons
    formula: t('giường bệnh ÷ dân số trung bình (nghìn người) × 10', 'beds ÷ average population (thousand persons) × 10'),
  },
  {
    key: 'gso.doctors-per-10000',
    name: t('Số bác sĩ trên 10.000 dân', 'Doctors per 10,000 people'),
    unit: PER_10000,
    definition: t(`Số bác sĩ do Sở Y tế quản lý chia cho dân số trung bình, nhân 10.000.${PROVINCIAL.vi}`, `Doctors under the provincial department of health over the average population, times 10,000.${PROVINCIAL.en}`),
    direction: 'higher-better',
    aggregation: 'rate',
    numerator: 'gso.medical-staff.doctors',
    denominator: 'gso.population.total',
    factor: 10,
    formula: t('bác sĩ ÷ dân số trung bình (nghìn người) × 10', 'doctors ÷ average population (thousand persons) × 10'),
  },
  {
    key: 'gso.solid-waste.treated-share',
    name: t('Tỷ lệ chất thải rắn thu gom được xử lý đạt quy chuẩn', 'Share of collected solid waste treated to national standards'),
    unit: t('%', '%'),
    definition: t('Lượng chất thải rắn được xử lý đạt quy chuẩn quốc gia chia cho lượng thu gom, nhân 100.', 'Solid waste treated to national standards over solid waste collected, times 100.'),
    direction: 'higher-better',
    aggregation: 'rate',
    numerator: 'gso.solid-waste.treated',
    denominator: 'gso.solid-waste.collected',
    factor: 100,
    formula: t('lượng xử lý đạt quy chuẩn ÷ lượng thu gom × 100', 'treated to standard ÷ collected × 100'),
  },
  {
    key: 'gso.pupils-per-school',
    name: t('Số học sinh phổ thông bình quân một trường', 'Pupils of general education per school'),
    unit: t('học sinh/trường', 'pupils/school'),
    definition: t('Số học sinh phổ thông chia cho số trường phổ thông, tại thời điểm 30/9.', 'Pupils of general education over schools of general education, on 30 September.'),
    direction: 'neutral',
    aggregation: 'rate',
    numerator: 'gso.pupils.total',
    denominator: 'gso.schools.total',
    factor: 1,
    formula: t('học sinh ÷ trường', 'pupils ÷ schools'),
  },
  {
    key: 'gso.agriculture-share-of-grdp',
    name: t('Tỷ trọng nông, lâm nghiệp và thủy sản trong GRDP', 'Agriculture, forestry and fishing as a share of GRDP'),
    unit: t('%', '%'),
    definition: t('Giá trị tăng thêm của nông, lâm nghiệp và thủy sản chia cho GRDP, theo giá hiện hành, nhân 100.', 'Value added of agriculture, forestry and fishing over GRDP, at current prices, times 100.'),
    direction: 'neutral',
    aggregation: 'rate',
    numerator: 'gso.grdp.agriculture',
    denominator: 'gso.grdp.total',
    factor: 100,
    formula: t('GRDP nông, lâm, thủy sản ÷ GRDP × 100', 'GRDP of agriculture, forestry and fishing ÷ GRDP × 100'),
  },
];

export const derivedSpec = (key: string): DerivedSpec | undefined => DERIVED.find((d) => d.key === key);

export interface DerivedFigure {
  code: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** Per province of the 63 (GSO order): a figure where both inputs are there and the denominator is not 0. */
export function derive(codes: readonly string[], numerator: ReadonlyMap<string, number>, denominator: ReadonlyMap<string, number>, factor: number): DerivedFigure[] {
  return codes.map((code) => {
    const [n, d] = [numerator.get(code) ?? null, denominator.get(code) ?? null];
    return { code, value: n !== null && d !== null && d !== 0 ? (factor * n) / d : null, numerator: n, denominator: d };
  });
}

export interface DerivedOn34 extends DerivedFigure {
  constituents: string[];
  /** Predecessors lacking either input: then no figure (a ratio of some parts would pass for the whole). */
  missing: string[];
}

/** Onto the 34: factor × Σ numerators ÷ Σ denominators over each unit's predecessors. */
export function deriveOnto34(numerator: ReadonlyMap<string, number>, denominator: ReadonlyMap<string, number>, factor: number): DerivedOn34[] {
  return LOCALITIES_34.map((unit) => {
    const parts = predecessorsOf(unit).map((p) => p.code);
    const missing = parts.filter((c) => !numerator.has(c) || !denominator.has(c));
    if (missing.length) return { code: unit.code, value: null, numerator: null, denominator: null, constituents: parts.filter((c) => !missing.includes(c)), missing };
    const n = parts.reduce((s, c) => s + numerator.get(c)!, 0);
    const d = parts.reduce((s, c) => s + denominator.get(c)!, 0);
    return { code: unit.code, value: d !== 0 ? (factor * n) / d : null, numerator: n, denominator: d, constituents: parts, missing };
  });
}

export const RATIO_METHOD: Text = {
  vi: 'tính lại từ tử số và mẫu số: tổng tử số của các tỉnh, thành cũ (63) hợp thành mỗi tỉnh, thành mới (34) chia cho tổng mẫu số của chúng; thiếu một trong hai số liệu của một tỉnh cũ thì không tính',
  en: 'recomputed from numerator and denominator: the sum of the numerators of the former provinces (63) forming each of the 34 over the sum of their denominators; none where a predecessor lacks either',
};

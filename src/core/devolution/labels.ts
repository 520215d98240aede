// Names people read for levels, kinds of activity, criteria and the sectors of state management, vi and en.
import type { ActivityKind, Criterion, Level } from './model';

type Label = { vi: string; en: string };

export const LEVEL_LABELS: Record<Level, Label> = {
  province: { vi: 'Tỉnh/thành phố', en: 'Province/city' },
  district: { vi: 'Huyện/quận', en: 'District' },
  commune: { vi: 'Xã/phường', en: 'Commune/ward' },
};

export const KIND_LABELS: Record<ActivityKind, Label> = {
  regulate: { vi: 'Ban hành quy định', en: 'Regulate' },
  plan: { vi: 'Quy hoạch, kế hoạch', en: 'Plan' },
  finance: { vi: 'Bảo đảm tài chính', en: 'Finance' },
  deliver: { vi: 'Tổ chức thực hiện', en: 'Deliver' },
  monitor: { vi: 'Kiểm tra, giám sát', en: 'Monitor' },
};

export const CRITERION_LABELS: Record<Criterion, Label> = {
  subsidiarity: { vi: 'Gần dân (bổ trợ)', en: 'Subsidiarity' },
  scale: { vi: 'Lợi thế quy mô', en: 'Economies of scale' },
  spillover: { vi: 'Tác động lan tỏa', en: 'Spill-overs' },
  capacity: { vi: 'Năng lực thực hiện', en: 'Capacity' },
  accountability: { vi: 'Trách nhiệm giải trình', en: 'Accountability' },
};

/** Sectors of state management as provincial departments are organised around them (Decree 24/2014/NĐ-CP and its 2025 successors). */
export const DEVOLUTION_SECTORS: ReadonlyArray<{ key: string } & Label> = [
  { key: 'home-affairs', vi: 'Nội vụ', en: 'Home affairs' },
  { key: 'finance', vi: 'Tài chính', en: 'Finance' },
  { key: 'justice', vi: 'Tư pháp', en: 'Justice' },
  { key: 'construction', vi: 'Xây dựng', en: 'Construction' },
  { key: 'transport', vi: 'Giao thông vận tải', en: 'Transport' },
  { key: 'natural-resources', vi: 'Tài nguyên và môi trường', en: 'Natural resources and environment' },
  { key: 'agriculture', vi: 'Nông nghiệp', en: 'Agriculture' },
  { key: 'industry-trade', vi: 'Công thương', en: 'Industry and trade' },
  { key: 'education', vi: 'Giáo dục và đào tạo', en: 'Education and training' },
  { key: 'health', vi: 'Y tế', en: 'Health' },
  { key: 'culture', vi: 'Văn hóa, thể thao và du lịch', en: 'Culture, sports and tourism' },
  { key: 'labour-social', vi: 'Lao động và xã hội', en: 'Labour and social affairs' },
  { key: 'science-technology', vi: 'Khoa học và công nghệ', en: 'Science and technology' },
  { key: 'urban-order', vi: 'Trật tự đô thị', en: 'Urban order' },
];

export const isDevolutionSector = (key: string) => DEVOLUTION_SECTORS.some((s) => s.key === key);

export function devolutionSectorLabel(key: string): Label {
  const s = DEVOLUTION_SECTORS.find((x) => x.key === key);
  return s ? { vi: s.vi, en: s.en } : { vi: key, en: key };
}

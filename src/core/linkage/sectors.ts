// What regional linkage is about: the sectors an offer, a need, an agreement or a commitment belongs to
// (the eight priority areas plus the Mekong Delta's linkage themes), and the kinds of thing offered or
// needed. Fixed lists, so that an offer and a need can meet only by sharing a key.
import { PRIORITY_AREAS } from '../priority-areas';

type Label = { key: string; vi: string; en: string };

const LINKAGE_THEMES: readonly Label[] = [
  { key: 'logistics', vi: 'Logistics', en: 'Logistics' },
  { key: 'tourism', vi: 'Du lịch', en: 'Tourism' },
  { key: 'water', vi: 'Tài nguyên nước', en: 'Water resources' },
  { key: 'rice', vi: 'Lúa gạo', en: 'Rice' },
  { key: 'aquaculture', vi: 'Nuôi trồng thủy sản', en: 'Aquaculture' },
  { key: 'human-resources', vi: 'Nguồn nhân lực', en: 'Human resources' },
  { key: 'flood-salinity', vi: 'Ứng phó lũ và xâm nhập mặn', en: 'Flood and salinity response' },
];

export const SECTORS: readonly Label[] = [...PRIORITY_AREAS, ...LINKAGE_THEMES];
export const SECTOR_KEYS = SECTORS.map((s) => s.key) as readonly string[];
export const isSector = (key: string) => SECTOR_KEYS.includes(key);

export const INTENT_KINDS = ['capacity', 'facility', 'expertise', 'market', 'land', 'budget'] as const;
export type IntentKind = (typeof INTENT_KINDS)[number];

export const INTENT_KIND_LABELS: Record<IntentKind, { vi: string; en: string }> = {
  capacity: { vi: 'năng lực', en: 'capacity' },
  facility: { vi: 'cơ sở vật chất', en: 'facility' },
  expertise: { vi: 'chuyên môn', en: 'expertise' },
  market: { vi: 'thị trường', en: 'market' },
  land: { vi: 'đất đai', en: 'land' },
  budget: { vi: 'ngân sách', en: 'budget' },
};

export function sectorLabel(key: string): { vi: string; en: string } {
  const s = SECTORS.find((x) => x.key === key);
  return s ? { vi: s.vi, en: s.en } : { vi: key, en: key };
}

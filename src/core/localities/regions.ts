// The six socio-economic regions (vùng kinh tế - xã hội) used by the General Statistics Office and the
// national master plan (Resolution 81/2023/QH15), in their customary north-to-south order.
import type { Locality, RegionKey } from './types';
import { predecessorsOf } from './units';

export interface Region {
  key: RegionKey;
  vi: string;
  en: string;
}

export const REGIONS: readonly Region[] = [
  { key: 'northern-midlands-mountains', vi: 'Trung du và miền núi phía Bắc', en: 'Northern Midlands and Mountains' },
  { key: 'red-river-delta', vi: 'Đồng bằng sông Hồng', en: 'Red River Delta' },
  { key: 'north-central-central-coast', vi: 'Bắc Trung Bộ và duyên hải miền Trung', en: 'North Central and Central Coast' },
  { key: 'central-highlands', vi: 'Tây Nguyên', en: 'Central Highlands' },
  { key: 'southeast', vi: 'Đông Nam Bộ', en: 'Southeast' },
  { key: 'mekong-delta', vi: 'Đồng bằng sông Cửu Long', en: 'Mekong River Delta' },
];

export function region(key: RegionKey): Region {
  const found = REGIONS.find((r) => r.key === key);
  if (!found) throw new Error(`unknown region ${key}`);
  return found;
}

export function regionOf(unit: Locality): Region {
  return region(unit.region);
}

/**
 * The regions a unit's territory came from. Seven of the 34 straddle two regions (e.g. Tây Ninh took in
 * Long An from the Mekong Delta); their own region, listed first, is that of the predecessor whose name
 * they kept.
 */
export function sourceRegionsOf(unit: Locality): RegionKey[] {
  return [...new Set([unit.region, ...predecessorsOf(unit).map((p) => p.region)])];
}

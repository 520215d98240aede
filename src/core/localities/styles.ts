// A unit's full name on a given day. Two units changed style without changing territory or code:
// Thừa Thiên Huế became Thành phố Huế on 1 January 2025 (Resolution 1314/NQ-UBTVQH15) and Đồng Nai a
// centrally-run city on 30 April 2026 (Resolution 30/2026/QH16).
import type { Locality } from './types';

const EARLIER_STYLES: Record<string, ReadonlyArray<{ until: string; fullName: string; kind: Locality['kind'] }>> = {
  'vn63:46': [{ until: '2024-12-31', fullName: 'Tỉnh Thừa Thiên Huế', kind: 'province' }],
};
const LATER_STYLES: Record<string, ReadonlyArray<{ from: string; fullName: string; kind: Locality['kind'] }>> = {
  'vn34:75': [{ from: '2026-04-30', fullName: 'Thành phố Đồng Nai', kind: 'city' }],
};

/** Full name and kind on `date` (YYYY-MM-DD). */
export function fullNameOn(unit: Locality, date: string): { fullName: string; kind: Locality['kind'] } {
  const later = (LATER_STYLES[unit.id] ?? []).filter((s) => date >= s.from).at(-1);
  if (later) return { fullName: later.fullName, kind: later.kind };
  const earlier = (EARLIER_STYLES[unit.id] ?? []).find((s) => date <= s.until);
  if (earlier) return { fullName: earlier.fullName, kind: earlier.kind };
  return { fullName: unit.fullName, kind: unit.kind };
}

// Turning a written name and a date into the unit meant: "Cần Thơ" in 2024 is the 63-unit city, in 2026 the
// larger city formed with Hậu Giang and Sóc Trăng; "Hậu Giang" in 2026 names no unit, so it is read as the
// territory now inside its successor.
import { InputError } from '../errors';
import { nameKey } from './names';
import type { Locality, UnitSet } from './types';
import { LOCALITIES_34, LOCALITIES_63, setInForce, successorOf } from './units';

export interface Resolution {
  unit: Locality;
  /** `name`: the unit in force carries that name; `predecessor`: the name was a 63-unit's, now inside `unit`. */
  matchedBy: 'name' | 'predecessor';
  predecessor?: Locality;
}

const keyed = (units: readonly Locality[]) => {
  const map = new Map<string, Locality>();
  for (const u of units) for (const n of [u.name, u.fullName, u.nameAscii, u.nameEn]) map.set(nameKey(n), u);
  return map;
};
const BY_KEY: Record<UnitSet, Map<string, Locality>> = { 63: keyed(LOCALITIES_63), 34: keyed(LOCALITIES_34) };

/** The unit of one configuration that a name denotes, whatever the date; undefined when none does. */
export function findByName(set: UnitSet, name: string): Locality | undefined {
  return BY_KEY[set].get(nameKey(name));
}

/** The unit a name denotes on a date (YYYY-MM-DD); null when no unit of that name or its predecessors exists then. */
export function resolveLocality(name: string, date: string): Resolution | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new InputError(`"${date}" is not a date written YYYY-MM-DD.`, {}, `"${date}" không phải ngày viết theo dạng YYYY-MM-DD.`);
  const set = setInForce(date);
  if (set === null) return null;
  const unit = findByName(set, name);
  if (unit) return { unit, matchedBy: 'name' };
  if (set === 63) return null;
  const predecessor = findByName(63, name);
  return predecessor ? { unit: successorOf(predecessor), matchedBy: 'predecessor', predecessor } : null;
}

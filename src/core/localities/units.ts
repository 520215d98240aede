// The two configurations of province-level units as objects, and the merger relation between them:
// every one of the 63 has exactly one successor among the 34 (Resolution 202/2025/QH15).
import { PROVINCES_34 } from './provinces34.data';
import { PROVINCES_63 } from './provinces63.data';
import type { Locality, UnitSet } from './types';

/**
 * The 63-unit map began when Hà Tây joined Hà Nội (Resolution 15/2008/QH12, in force 1 August 2008);
 * index series older than that cover other territories and are out of scope here.
 */
export const SET_63_FROM = '2008-08-01';
export const SET_63_TO = '2025-06-30';
export const SET_34_FROM = '2025-07-01';

export const LOCALITIES_63: readonly Locality[] = PROVINCES_63.map(
  ([code, name, fullName, nameAscii, nameEn, region]) =>
    Object.freeze({ id: `vn63:${code}`, set: 63, code, name, fullName, nameAscii, nameEn, kind: kindOf(fullName), region, validFrom: SET_63_FROM, validTo: SET_63_TO }),
);

export const LOCALITIES_34: readonly Locality[] = PROVINCES_34.map(
  ([code, name, fullName, nameAscii, nameEn, region]) =>
    Object.freeze({ id: `vn34:${code}`, set: 34, code, name, fullName, nameAscii, nameEn, kind: kindOf(fullName), region, validFrom: SET_34_FROM, validTo: null }),
);

const successorCode = new Map(PROVINCES_63.map((row) => [row[0], row[6]]));
const byId = new Map([...LOCALITIES_63, ...LOCALITIES_34].map((u) => [u.id, u]));

function kindOf(fullName: string): Locality['kind'] {
  return fullName.startsWith('Thành phố') ? 'city' : 'province';
}

export function localitiesOf(set: UnitSet): readonly Locality[] {
  return set === 63 ? LOCALITIES_63 : LOCALITIES_34;
}

export function localityById(id: string): Locality | undefined {
  return byId.get(id);
}

export function locality(set: UnitSet, code: string): Locality | undefined {
  return byId.get(`vn${set}:${code}`);
}

/** The configuration in force on a date (YYYY-MM-DD), or null before the 63-unit map began. */
export function setInForce(date: string): UnitSet | null {
  if (date >= SET_34_FROM) return 34;
  if (date >= SET_63_FROM) return 63;
  return null;
}

/** The unit among the 34 that took over a unit of the 63; a unit of the 34 is its own successor. */
export function successorOf(unit: Locality): Locality {
  if (unit.set === 34) return unit;
  return byId.get(`vn34:${successorCode.get(unit.code)}`)!;
}

/** The units of the 63 a unit of the 34 was formed from, in GSO order; a unit of the 63 has none. */
export function predecessorsOf(unit: Locality): Locality[] {
  if (unit.set === 63) return [];
  return LOCALITIES_63.filter((p) => successorCode.get(p.code) === unit.code);
}

/** Whether a unit of the 34 kept its predecessor's territory unchanged (11 of them did). */
export function isUnchanged(unit: Locality): boolean {
  return unit.set === 34 && predecessorsOf(unit).length === 1;
}

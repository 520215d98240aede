// Connection points (điểm cầu) tied to a province: the province must be one of the map in force on
// the forum's first day — the 63 before 1 July 2025, the 34 from then on.
import { fullNameOn, localityById, setInForce } from '../localities';

export type PointProvince = { id: string; name: string; nameEn: string; fullName: string };

/**
 * The province `localityId` ("vn63:46", "vn34:46") names, with its full name on `forumDay` (YYYY-MM-DD),
 * if it belongs to the map in force that day; else null.
 */
export function pointLocality(localityId: string, forumDay: string): PointProvince | null {
  const unit = localityById(localityId);
  if (!unit || unit.set !== setInForce(forumDay)) return null;
  return { id: unit.id, name: unit.name, nameEn: unit.nameEn, fullName: fullNameOn(unit, forumDay).fullName };
}

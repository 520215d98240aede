// Regional linkage across the 2025 merger: a party is named by its locality id (vn63:… before 1 July 2025,
// vn34:… after) and read onto the 34 provinces through the merger relation in core/localities.
import { localityById, successorOf, type Locality } from '../localities';

export const isLocalityId = (id: string) => localityById(id) !== undefined;

/** The unit in force today that holds the locality's territory (a unit of the 34 is its own). */
export function successorIdOf(id: string): string {
  const unit = localityById(id);
  if (!unit) throw new Error(`unknown locality ${id}`);
  return successorOf(unit).id;
}

/** An agreement between two or more localities that have all become one province: now internal to it. */
export function nowInternal(parties: readonly string[]): boolean {
  return new Set(parties).size >= 2 && new Set(parties.map(successorIdOf)).size === 1;
}

/**
 * Whether an official of `bound` acts for `party`: their own locality, or (for an official of one of the
 * 34) a pre-2025 province their province took over.
 */
export function actsFor(bound: string, party: string): boolean {
  return bound === party || (isLocalityId(party) && localityById(bound)?.set === 34 && successorIdOf(party) === bound);
}

export function localityName(id: string, lang: 'vi' | 'en'): string {
  const unit: Locality | undefined = localityById(id);
  return unit ? (lang === 'vi' ? unit.name : unit.nameEn) : id;
}

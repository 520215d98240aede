// Who may do what in a region (a space whose kind is 'linkage'). The space's facilitators (and
// administrators) are the regional coordinators: they set the region's localities and its officials, and
// edit everything. A province's official — the role 'official' in the space, bound to one locality in
// linkage_officials — edits the offers, needs, commitments and progress of that locality only (an official
// of one of the 34 also those of the pre-2025 provinces it took over). Everyone else who may read the
// space (observers, delegates, an official with no locality, anyone for a public space) reads. Outsiders
// of a private space get "not found".
import { actsFor } from '../../core/linkage/merger';
import { isAdministrator, roleIn, type Actor } from '../../http/actor';
import { spacePolicy } from '../spaces';

type SpaceRef = { id: string; visibility: 'public' | 'private' };

export type LinkageAccess = { coordinator: boolean; reader: boolean; official: string | null };

export function accessIn(actor: Actor, space: SpaceRef, boundLocality: string | null): LinkageAccess {
  const role = roleIn(actor, space.id);
  return {
    coordinator: isAdministrator(actor) || role === 'facilitator',
    reader: spacePolicy.read(actor, space),
    official: role === 'official' ? boundLocality : null,
  };
}

export const linkagePolicy = {
  read: (a: LinkageAccess) => a.reader,
  coordinate: (a: LinkageAccess) => a.coordinator,
  /** Importing offers and needs from a sheet: a coordinator, or an official bound to a locality (their rows only). */
  importIntents: (a: LinkageAccess) => a.coordinator || a.official !== null,
  /** Offers, needs, commitments and progress reports of one locality. */
  editFor: (a: LinkageAccess, locality: string) => a.coordinator || (a.official !== null && actsFor(a.official, locality)),
};

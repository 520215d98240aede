// Who may do what in a decentralisation space (kind 'devolution'). The space's facilitators (and
// administrators), and the officials bound to the focal unit, coordinate: they set the units and the
// officials, edit every unit's functions and build scenarios. A unit's official — the role 'official' in
// the space, bound to one unit in devolution_officials — edits, comments on and signs off only that
// unit's functions. Everyone else who may read the space reads. Outsiders of a private space get 404.
import { isAdministrator, roleIn, type Actor } from '../../http/actor';
import { spacePolicy } from '../spaces';

type SpaceRef = { id: string; visibility: 'public' | 'private' };

export type DevolutionAccess = { coordinator: boolean; reader: boolean; unit: string | null };

export function accessIn(actor: Actor, space: SpaceRef, boundUnit: string | null, focalUnit: string | null): DevolutionAccess {
  const role = roleIn(actor, space.id);
  const unit = role === 'official' ? boundUnit : null;
  return {
    coordinator: isAdministrator(actor) || role === 'facilitator' || (unit !== null && unit === focalUnit),
    reader: spacePolicy.read(actor, space),
    unit,
  };
}

export const devolutionPolicy = {
  read: (a: DevolutionAccess) => a.reader,
  coordinate: (a: DevolutionAccess) => a.coordinator,
  /** Add, change, remove a unit's activities and comment on them. */
  editUnit: (a: DevolutionAccess, unit: string) => a.coordinator || a.unit === unit,
  /** Sign off a unit's review: its own official only — the review is the unit's word on its functions. */
  signOff: (a: DevolutionAccess, unit: string) => a.unit === unit,
};

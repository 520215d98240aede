// Who may do what with a space. Public spaces can be read by anyone signed in; their member list,
// audit trail and settings stay with the space's own people.
import { isAdministrator, roleIn, type Actor } from '../../http/actor';

type SpaceRef = { id: string; visibility: 'public' | 'private' };

const isFacilitator = (actor: Actor, space: SpaceRef) => isAdministrator(actor) || roleIn(actor, space.id) === 'facilitator';

export const spacePolicy = {
  create: (actor: Actor) => isAdministrator(actor) || actor.platformRole === 'facilitator',
  read: (actor: Actor, space: SpaceRef) => isAdministrator(actor) || space.visibility === 'public' || roleIn(actor, space.id) !== null,
  update: isFacilitator,
  readMembers: (actor: Actor, space: SpaceRef) =>
    isAdministrator(actor) || ['facilitator', 'official', 'observer'].includes(roleIn(actor, space.id) ?? ''),
  manageMembers: isFacilitator,
  readAudit: isFacilitator,
};

/** Everything the caller may do with one space, in one object for the staff app. */
export function spacePermissions(actor: Actor, space: SpaceRef) {
  return {
    update: spacePolicy.update(actor, space),
    readMembers: spacePolicy.readMembers(actor, space),
    manageMembers: spacePolicy.manageMembers(actor, space),
    readAudit: spacePolicy.readAudit(actor, space),
  };
}

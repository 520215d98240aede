// Who may do what with a space's plans. Facilitators of the space (and administrators) build them;
// anyone who may read the space reads them; an agency reports progress only on the actions it leads
// or coordinates — observers never change anything.
import { isAdministrator, roleIn, type Actor } from '../../http/actor';
import { spacePolicy } from '../spaces/space.policy';

type SpaceRef = { id: string; visibility: 'public' | 'private' };
type ActionRef = { leadOrganisationId: string; coordinatorIds: readonly string[] };

const manages = (actor: Actor, space: SpaceRef) => isAdministrator(actor) || roleIn(actor, space.id) === 'facilitator';

export const planPolicy = {
  read: (actor: Actor, space: SpaceRef) => spacePolicy.read(actor, space),
  manage: manages,
  /** `organisationId` is the caller's own organisation (looked up from the account). */
  report: (actor: Actor, space: SpaceRef, organisationId: string | null, action: ActionRef) =>
    manages(actor, space) ||
    (spacePolicy.read(actor, space) &&
      roleIn(actor, space.id) !== 'observer' &&
      organisationId !== null &&
      (action.leadOrganisationId === organisationId || action.coordinatorIds.includes(organisationId))),
};

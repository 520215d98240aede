// Who may do what with a space's plans. Facilitators of the space (and administrators) build them;
// anyone who may read the space reads them. Progress is reported by the space's own people, never by
// an organisation as such: a facilitator of the space on any action, an official of the space on the
// actions their organisation leads or coordinates. A role held elsewhere, or in the past, counts for
// nothing here, so removing someone from the space takes the right away at once. Observers and
// delegates never report.
import { isAdministrator, roleIn, type Actor } from '../../http/actor';
import { spacePolicy } from '../spaces';

type SpaceRef = { id: string; visibility: 'public' | 'private' };
type ActionRef = { leadOrganisationId: string; coordinatorIds: readonly string[] };

const manages = (actor: Actor, space: SpaceRef) => isAdministrator(actor) || roleIn(actor, space.id) === 'facilitator';
const reportsFor = (actor: Actor, space: SpaceRef) => roleIn(actor, space.id) === 'official';

export const planPolicy = {
  read: (actor: Actor, space: SpaceRef) => spacePolicy.read(actor, space),
  manage: manages,
  /** May report on some action of the space (the gate of the import route; rows are checked one by one). */
  reportInSpace: (actor: Actor, space: SpaceRef) => manages(actor, space) || reportsFor(actor, space),
  /** `organisationId` is the caller's own organisation (looked up from the account). */
  report: (actor: Actor, space: SpaceRef, organisationId: string | null, action: ActionRef) =>
    manages(actor, space) ||
    (reportsFor(actor, space) && organisationId !== null && (action.leadOrganisationId === organisationId || action.coordinatorIds.includes(organisationId))),
};

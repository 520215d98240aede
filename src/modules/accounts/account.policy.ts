// Who may manage accounts: administrators only; anyone signed in may make API tokens for themselves.
import { isAdministrator, type Actor } from '../../http/actor';

export const accountPolicy = {
  manageOrganisations: (actor: Actor) => isAdministrator(actor),
  listOrganisations: (_actor: Actor) => true,
  manageUsers: (actor: Actor) => isAdministrator(actor),
  createOwnToken: (actor: Actor): actor is Actor & { userId: string } => actor.userId !== null,
};

// Accounts: organisations, users, roles per space, sessions and API tokens. What other modules may use:
// the tables their own tables refer to (and join, where a join is the query), the services below, and
// the secrets helpers (random tokens, SHA-256, constant-time comparison).
export { organisations, users, type Localized } from './account.table';
export { createOrganisation, createUser, grantRole, revokeRole } from './account.service';
export { insertRoleGrant, memberEmails, organisationNames, organisationOf, organisationSlugs, spaceMembers, userByEmail } from './directory.service';
export { actorFromApiToken, actorFromSession } from './session.service';
export { beginAttempt, forgive } from './lockout.service';
export { loadContactKey, type ContactKey } from './server-secret.service';
export { newSecret, sameSecret, sha256 } from './secrets';

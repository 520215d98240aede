// Who may do what with a space's conversations: its facilitators (and administrators) create them, seed and
// moderate statements, open and close them; everyone who may read the space reads them (statements, map,
// participation). Anyone else is told the space does not exist (404). Participants vote and submit on the
// public pages, anonymously: the staff API does neither for them.
import { isAdministrator, roleIn, type Actor } from '../../http/actor';
import { spacePolicy } from '../spaces';

type SpaceRef = { id: string; visibility: 'public' | 'private' };

export type OpinionAccess = { facilitator: boolean; reader: boolean };

export const accessIn = (actor: Actor, space: SpaceRef): OpinionAccess => ({
  facilitator: isAdministrator(actor) || roleIn(actor, space.id) === 'facilitator',
  reader: spacePolicy.read(actor, space),
});

export const opinionPolicy = {
  read: (a: OpinionAccess) => a.reader,
  manage: (a: OpinionAccess) => a.facilitator,
  moderate: (a: OpinionAccess) => a.facilitator,
};

// Who may run a consultation and see its results. A consultation in a space is run by the space's
// facilitators; one outside any space by administrators and platform facilitators. Published
// results are public.
import { isAdministrator, roleIn, type Actor } from '../../http/actor';

type ConsultationRef = { spaceId: string | null; status: string };

const runs = (actor: Actor, spaceId: string | null) =>
  isAdministrator(actor) || (spaceId ? roleIn(actor, spaceId) === 'facilitator' : actor.platformRole === 'facilitator');

export const consultationPolicy = {
  create: (actor: Actor, spaceId: string | null) => runs(actor, spaceId),
  manage: (actor: Actor, c: ConsultationRef) => runs(actor, c.spaceId),
  /** Typing in paper forms: the space's officials help the facilitators. */
  enterPaper: (actor: Actor, c: ConsultationRef) => runs(actor, c.spaceId) || (c.spaceId !== null && roleIn(actor, c.spaceId) === 'official'),
  readResults: (actor: Actor | null, c: ConsultationRef) =>
    c.status === 'published' ||
    (actor !== null && (runs(actor, c.spaceId) || (c.spaceId !== null && ['official', 'observer'].includes(roleIn(actor, c.spaceId) ?? '')))),
};

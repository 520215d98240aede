// Who may do what with a forum. The space's facilitators (and administrators) do everything. A point
// moderator sees and checks people in at their own points. A participant (someone with a live
// registration) sees the forum and their own registration, cancels it and checks themselves in.
// Anyone else with a role in the space reads a published forum (an observer only reads; other roles
// may also register). Outsiders get the public page /f/{slug} only: the API answers them "not found".
import { isAdministrator, roleIn, type Actor } from '../../http/actor';

type SpaceRef = { id: string };
type ForumRef = { status: 'draft' | 'published' };

/** The caller's standing in one forum, looked up once per request (forum.access.ts). */
export type ForumAccess = { facilitator: boolean; member: string | null; moderates: ReadonlySet<string>; registered: boolean };

export function baseAccess(actor: Actor, space: SpaceRef): Pick<ForumAccess, 'facilitator' | 'member'> {
  const member = roleIn(actor, space.id);
  return { facilitator: isAdministrator(actor) || member === 'facilitator', member };
}

export const forumPolicy = {
  /** Listing a space's forums; drafts stay with facilitators. */
  list: (a: Pick<ForumAccess, 'facilitator' | 'member'>) => a.facilitator || a.member !== null,
  read: (a: ForumAccess, forum: ForumRef) => a.facilitator || (forum.status === 'published' && (a.member !== null || a.moderates.size > 0 || a.registered)),
  manage: (a: Pick<ForumAccess, 'facilitator'>) => a.facilitator,
  /** A point's own view: its registrations and check-ins. */
  seePoint: (a: ForumAccess, pointId: string) => a.facilitator || a.moderates.has(pointId),
  /** Checking codes in at a point; a participant only their own code (checked against the code). */
  checkIn: (a: ForumAccess, pointId: string) => a.facilitator || a.moderates.has(pointId) || a.registered,
  registerSelf: (a: ForumAccess) => a.facilitator || (a.member !== null && a.member !== 'observer'),
  /** Seeing a point's waiting and rejected questions, approving, rejecting, merging and answering them. */
  moderateQuestions: (a: Pick<ForumAccess, 'facilitator' | 'moderates'>, pointId: string) => a.facilitator || a.moderates.has(pointId),
  /** Capturing a recommendation: facilitators for any point or none, a point moderator for their own point. */
  captureRecommendation: (a: Pick<ForumAccess, 'facilitator' | 'moderates'>, pointId: string | null) => a.facilitator || (pointId !== null && a.moderates.has(pointId)),
  /** Proposed and declined recommendations (others see the accepted ones). */
  seeAllRecommendations: (a: Pick<ForumAccess, 'facilitator' | 'moderates'>) => a.facilitator || a.moderates.size > 0,
  /** A session's speaking queue: seen by facilitators and point moderators. */
  seeQueue: (a: Pick<ForumAccess, 'facilitator' | 'moderates'>) => a.facilitator || a.moderates.size > 0,
  /** Queueing someone from a point (or the floor: facilitators only), and removing that point's entries. */
  queueFor: (a: Pick<ForumAccess, 'facilitator' | 'moderates'>, pointId: string | null) => a.facilitator || (pointId !== null && a.moderates.has(pointId)),
  cancel: (a: ForumAccess, actor: Actor, registration: { userId: string | null }) => a.facilitator || (registration.userId !== null && registration.userId === actor.userId),
};

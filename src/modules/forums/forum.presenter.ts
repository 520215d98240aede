// Exactly what leaves the server about forums. Points are listed main hall first, then provinces in GSO
// order, then organisations by name.
export { pointName } from './point.name';
import { rollUp, waitingRank } from '../../core/forums';
import { pointName } from './point.name';
import type { Forum, ForumContents, ForumItem, ForumPoint, ForumSession, Registration } from './forum.load';

export function presentForumSummary(f: Forum) {
  return {
    id: f.id,
    spaceId: f.spaceId,
    slug: f.slug,
    title: f.title,
    startsOn: f.startsOn,
    endsOn: f.endsOn,
    kind: f.kind,
    streamUrl: f.streamUrl,
    themes: f.themes,
    organisers: f.organisers,
    status: f.status,
    capacity: f.capacity,
    illustrative: f.illustrative,
  };
}

export const presentSession = (s: ForumSession) => ({ id: s.id, title: s.title, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() });
export const presentItem = (i: ForumItem) => ({ id: i.id, sessionId: i.sessionId, startsAt: i.startsAt.toISOString(), title: i.title, speakers: i.speakers, theme: i.theme });

export function sortedPoints(forum: Forum, points: readonly ForumPoint[]): ForumPoint[] {
  const rank = (p: ForumPoint) => (p.mainHall ? 0 : p.kind === 'locality' ? 1 : 2);
  const key = (p: ForumPoint) => (p.kind === 'locality' ? (p.localityId ?? '') : pointName(forum, p).vi);
  return [...points].sort((a, b) => rank(a) - rank(b) || key(a).localeCompare(key(b), 'vi'));
}

export function presentPoint(forum: Forum, p: ForumPoint, contents: Pick<ForumContents, 'moderators' | 'counts'>) {
  const counts = contents.counts.get(p.id) ?? { registered: 0, checkedIn: 0 };
  return {
    id: p.id,
    kind: p.kind,
    localityId: p.localityId,
    name: pointName(forum, p),
    mainHall: p.mainHall,
    expected: p.expected,
    capacity: p.capacity,
    attendees: p.attendees,
    moderatorIds: contents.moderators.get(p.id) ?? [],
    ...counts,
  };
}

export function presentForum(forum: Forum, contents: ForumContents) {
  const points = sortedPoints(forum, contents.points);
  const { overall } = rollUp(points, contents.counts);
  return {
    ...presentForumSummary(forum),
    sessions: contents.sessions.map((s) => ({ ...presentSession(s), items: contents.items.filter((i) => i.sessionId === s.id).map(presentItem) })),
    points: points.map((p) => presentPoint(forum, p, contents)),
    attendance: overall,
  };
}

/** `seats` are the forum's live registrations, for the waiting-list rank. */
export function presentRegistration(r: Registration, seats: readonly Registration[] = []) {
  return {
    id: r.id,
    pointId: r.pointId,
    name: r.name,
    status: r.status,
    waitingRank: r.status === 'waiting' ? waitingRank(seats, r.id) : null,
    checkedInAt: r.checkedInAt?.toISOString() ?? null,
    checkedInPointId: r.checkedInPointId,
  };
}

// Shapes of the forums API (src/modules/forums) as the staff pages read them, from the generated
// shared/api/openapi.ts, and the paths they call.
import type { Schema } from '../../shared/api/schema';

export type ForumSummary = Schema<'ForumSummary'>;
export type ForumView = Schema<'ForumView'>;
export type ForumPoint = Schema<'ForumPoint'>;
export type ForumContribution = Schema<'ForumContribution'>;
export type ForumRecommendation = Schema<'ForumRecommendation'>;
export type ForumKind = ForumSummary['kind'];
export const FORUM_KINDS: ForumKind[] = ['in-person', 'online', 'hybrid'];

/** Forum texts carry English only where it was given; pages fall back to the Vietnamese. */
export const localized = (text: { vi: string; en: string | null }) => ({ vi: text.vi, en: text.en ?? '' });

const enc = encodeURIComponent;
export const paths = {
  list: (spaceId: string) => `/api/spaces/${enc(spaceId)}/forums`,
  forum: (id: string) => `/api/forums/${enc(id)}`,
  publish: (id: string) => `/api/forums/${enc(id)}/publish`,
  sessions: (id: string) => `/api/forums/${enc(id)}/sessions`,
  session: (id: string, sessionId: string) => `/api/forums/${enc(id)}/sessions/${enc(sessionId)}`,
  items: (id: string, sessionId: string) => `/api/forums/${enc(id)}/sessions/${enc(sessionId)}/items`,
  item: (id: string, itemId: string) => `/api/forums/${enc(id)}/items/${enc(itemId)}`,
  points: (id: string) => `/api/forums/${enc(id)}/points`,
  point: (id: string, pointId: string) => `/api/forums/${enc(id)}/points/${enc(pointId)}`,
  contributions: (id: string, q = '') => `/api/forums/${enc(id)}/contributions${q.trim() ? `?q=${enc(q.trim())}` : ''}`,
  contribution: (id: string, contributionId: string) => `/api/forums/${enc(id)}/contributions/${enc(contributionId)}`,
  localities: (date: string) => `/api/localities?date=${enc(date)}`,
  cards: (id: string, pointId: string) => `/api/forums/${enc(id)}/points/${enc(pointId)}/cards.pdf`,
  polls: (id: string) => `/api/forums/${enc(id)}/polls`,
  pollStatus: (id: string, pollId: string) => `/api/forums/${enc(id)}/polls/${enc(pollId)}/status`,
  queue: (id: string, sessionId: string) => `/api/forums/${enc(id)}/sessions/${enc(sessionId)}/queue`,
  queueNext: (id: string, sessionId: string) => `/api/forums/${enc(id)}/sessions/${enc(sessionId)}/queue/next`,
  queueLive: (id: string, sessionId: string) => `/api/forums/${enc(id)}/sessions/${enc(sessionId)}/queue/live`,
  queueEntry: (id: string, sessionId: string, entryId: string) => `/api/forums/${enc(id)}/sessions/${enc(sessionId)}/queue/${enc(entryId)}/status`,
  recommendations: (id: string) => `/api/forums/${enc(id)}/recommendations`,
  recommendation: (id: string, rid: string, step: 'decision' | 'action') => `/api/forums/${enc(id)}/recommendations/${enc(rid)}/${step}`,
  minutes: (id: string, ext: 'docx' | 'pdf', lang: string) => `/api/forums/${enc(id)}/minutes.${ext}${lang === 'en' ? '?lang=en' : ''}`,
  /** The 200 most upvoted (one page of the list, its largest): a recommendation's possible sources. */
  questions: (id: string) => `/api/forums/${enc(id)}/questions?limit=200`,
  // Pages: the staff page of a forum, and the public one (no sign-in, no JavaScript).
  page: (id: string) => `/forums/${enc(id)}`,
  publicPage: (slug: string, lang: string) => `/f/${enc(slug)}${lang === 'en' ? '?lang=en' : ''}`,
};

// What the live question screens show, read once for all of a forum's screens. A NOTIFY wakes the hall
// and its 59 point screens together; each would otherwise ask for its marker and its top questions on its
// own (120 queries a wake). Here one reading of a forum serves every screen that looks within
// READING_AGE_MS: one query for every point's questions version (the markers), and — only when some
// screen's marker moved — one query for every point's top questions and the hall's, started after that
// versions query, so no screen is ever sent a list older than its marker. A NOTIFY drops the forum's
// reading before it wakes the screens, so a woken screen always reads after the commit.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { forumPoints, forums } from './forum.table';
import { presentQuestion } from './question.presenter';
import type { Question } from './question.service';
import { forumQuestions } from './question.table';

/** Questions a screen shows. */
export const SCREEN_TOP = 20;
/** How long one reading serves a forum's other screens (well under the screens' wake gap). */
const READING_AGE_MS = 100;

type Versions = { status: string; byPoint: Map<string, number> };
type Top = { approved: number; questions: Question[] };
type Tops = { hall: Top; byPoint: Map<string, Top> };
type Reading = { at: number; versions: Promise<Versions | undefined>; tops?: Promise<Tops> };

// A screen's id: the forum's id for the hall screen, "{forum}/{point}" for a point's screen.
export const splitScreen = (id: string) => id.split('/') as [string, string | undefined];

export class ForumScreens {
  private readonly readings = new Map<string, Reading>();

  constructor(private readonly db: Db) {}

  /** A screen's marker: its point's version, or for the hall the sum of every point's; undefined when the forum or point is gone. */
  async marker(id: string) {
    const [forumId, pointId] = splitScreen(id);
    let read = await this.reading(forumId).versions;
    // a point added since that reading: read again rather than take it for gone
    if (read && pointId && !read.byPoint.has(pointId)) {
      this.drop(forumId);
      read = await this.reading(forumId).versions;
    }
    if (!read) return undefined;
    const version = pointId ? read.byPoint.get(pointId) : [...read.byPoint.values()].reduce((a, b) => a + b, 0);
    return version === undefined ? undefined : { version: String(version), status: read.status };
  }

  /** The screen's event: how many are approved, and the top ones in screen order (core/forums rankQuestions, here in SQL). */
  async snapshot(id: string): Promise<string> {
    const [forumId, pointId] = splitScreen(id);
    const reading = this.reading(forumId);
    reading.tops ??= reading.versions.then(() => this.tops(forumId));
    const tops = await reading.tops;
    const top = pointId ? (tops.byPoint.get(pointId) ?? { approved: 0, questions: [] }) : tops.hall;
    return JSON.stringify({ approved: top.approved, questions: top.questions.map((q) => presentQuestion(q, null)) });
  }

  drop(forumId: string) {
    this.readings.delete(forumId);
  }

  private reading(forumId: string): Reading {
    const kept = this.readings.get(forumId);
    if (kept && performance.now() - kept.at < READING_AGE_MS) return kept;
    const reading: Reading = { at: performance.now(), versions: this.versions(forumId) };
    reading.versions.catch(() => this.readings.get(forumId) === reading && this.drop(forumId));
    this.readings.set(forumId, reading);
    return reading;
  }

  private async versions(forumId: string): Promise<Versions | undefined> {
    const rows = await this.db
      .select({ status: forums.status, pointId: forumPoints.id, version: forumPoints.questionsVersion })
      .from(forums)
      .leftJoin(forumPoints, eq(forumPoints.forumId, forums.id))
      .where(eq(forums.id, forumId));
    if (!rows.length) return undefined;
    return { status: rows[0].status, byPoint: new Map(rows.flatMap((r) => (r.pointId ? [[r.pointId, r.version ?? 0] as const] : []))) };
  }

  /** Every point's top approved questions and the hall's, with their counts, in one query (the order is core/forums rankQuestions'). */
  private async tops(forumId: string): Promise<Tops> {
    const q = forumQuestions;
    const order = sql`${q.upvotes} desc, ${q.createdAt} asc, ${q.id} asc`;
    const ranked = this.db
      .select({
        id: q.id,
        inPoint: sql<number>`row_number() over (partition by ${q.pointId} order by ${order})`.as('in_point'),
        inHall: sql<number>`row_number() over (order by ${order})`.as('in_hall'),
        pointCount: sql<number>`(count(*) over (partition by ${q.pointId}))::int`.as('point_count'),
        hallCount: sql<number>`(count(*) over ())::int`.as('hall_count'),
      })
      .from(q)
      .where(and(eq(q.forumId, forumId), eq(q.status, 'approved')))
      .as('ranked');
    const rows = await this.db
      .select({ q, inPoint: ranked.inPoint, inHall: ranked.inHall, pointCount: ranked.pointCount, hallCount: ranked.hallCount })
      .from(ranked)
      .innerJoin(q, eq(q.id, ranked.id))
      .where(sql`${ranked.inPoint} <= ${SCREEN_TOP} or ${ranked.inHall} <= ${SCREEN_TOP}`);
    return gather(rows.map((r) => ({ ...r, inPoint: Number(r.inPoint), inHall: Number(r.inHall) })));
  }
}

function gather(rows: { q: Question; inPoint: number; inHall: number; pointCount: number; hallCount: number }[]): Tops {
  const byRank = (a: { rank: number }, b: { rank: number }) => a.rank - b.rank;
  const hall = rows.filter((r) => r.inHall <= SCREEN_TOP).map((r) => ({ rank: r.inHall, q: r.q })).sort(byRank);
  const points = new Map<string, { approved: number; ranked: { rank: number; q: Question }[] }>();
  for (const r of rows) {
    if (r.inPoint > SCREEN_TOP) continue;
    const point = points.get(r.q.pointId) ?? { approved: r.pointCount, ranked: [] };
    point.ranked.push({ rank: r.inPoint, q: r.q });
    points.set(r.q.pointId, point);
  }
  const byPoint = new Map([...points].map(([id, p]) => [id, { approved: p.approved, questions: p.ranked.sort(byRank).map((x) => x.q) }]));
  return { hall: { approved: rows[0]?.hallCount ?? 0, questions: hall.map((x) => x.q) }, byPoint };
}

// Seeds the forum benchmark through the HTTP API of the running server, as a facilitator would: a space,
// a published hybrid forum on 13/07/2021 with 59 connection points (the first 59 provinces of the 63, the
// first one the main hall), one session with one agenda item, and 50 people per point registered by name
// and checked in by their codes, each keeping the participant cookie its check-in set, as a phone would.
import { LOCALITIES_63 } from '../src/core/localities';
import { request } from './load';
import { adminHeaders, seconds } from './results.seed';

export const POINTS = 59;
/** BENCH_FORUM_SCALE=0.1 runs a tenth of the forum (participants, questions, upvotes) to try the benchmark out. */
export const SCALE = Number(process.env.BENCH_FORUM_SCALE ?? 1);
export const PER_POINT = Math.round(50 * SCALE);

export type Participant = { pointId: string; cookie: string; upvoted: Set<string> };
export type BenchForum = { id: string; itemId: string; points: string[]; participants: Participant[] };

function api(base: string) {
  return async (path: string, body?: unknown): Promise<{ id: string; code?: string }> => {
    const answer = await request(`${base}${path}`, { body, method: body === undefined ? 'POST' : undefined, headers: adminHeaders, read: true });
    if (answer.status >= 300) throw new Error(`${path} answered ${answer.status}: ${answer.body}`);
    return JSON.parse(answer.body);
  };
}

const text = (vi: string, en: string) => ({ vi, en });

/** A forum with its agenda and points; answers its id, its agenda item and its points' ids. */
async function forumWithPoints(base: string): Promise<Omit<BenchForum, 'participants'>> {
  const post = api(base);
  const tag = Date.now().toString(36);
  const space = await post('/api/spaces', { slug: `bench-forum-${tag}`, kind: 'forum', title: text('Đo tốc độ diễn đàn', 'Forum benchmark'), summary: text('Số liệu giả lập', 'Synthetic figures'), description: text('Số liệu giả lập', 'Synthetic figures') });
  const forum = await post(`/api/spaces/${space.id}/forums`, { slug: `bench-${tag}`, title: text('Đối thoại phát triển địa phương (đo tốc độ)', 'Local development dialogue (benchmark)'), startsOn: '2021-07-13', endsOn: '2021-07-13', kind: 'hybrid' });
  const session = await post(`/api/forums/${forum.id}/sessions`, { title: text('Phiên toàn thể', 'Plenary'), startsAt: '2021-07-13T08:00:00+07:00', endsAt: '2021-07-13T11:30:00+07:00' });
  const item = await post(`/api/forums/${forum.id}/sessions/${session.id}/items`, { title: text('Thảo luận', 'Discussion'), startsAt: '2021-07-13T09:00:00+07:00' });
  const points: string[] = [];
  for (const [i, unit] of LOCALITIES_63.slice(0, POINTS).entries()) {
    points.push((await post(`/api/forums/${forum.id}/points`, { kind: 'locality', localityId: unit.id, mainHall: i === 0, expected: PER_POINT })).id);
  }
  await post(`/api/forums/${forum.id}/publish`);
  return { id: forum.id, itemId: item.id, points };
}

/** Registers one person at a point by name, then checks their code in there without signing in. */
async function participant(base: string, forumId: string, pointId: string, n: number): Promise<Participant> {
  const { code } = await api(base)(`/api/forums/${forumId}/registrations`, { name: `Đại biểu ${n}`, pointId });
  const checkIn = await request(`${base}/api/forums/${forumId}/points/${pointId}/check-ins`, { body: { code } });
  const cookie = checkIn.cookies.map((c) => c.split(';')[0]).find((c) => c.startsWith('dt_participant'));
  if (checkIn.status !== 201 || !cookie) throw new Error(`check-in answered ${checkIn.status} without the participant cookie`);
  return { pointId, cookie, upvoted: new Set() };
}

export async function seedForum(base: string): Promise<BenchForum> {
  const started = performance.now();
  const forum = await forumWithPoints(base);
  const participants: Participant[] = [];
  // Eight at a time: a registration desk, not the load under test.
  for (let n = 0; n < POINTS * PER_POINT; n += 8) {
    const batch = Array.from({ length: Math.min(8, POINTS * PER_POINT - n) }, (_, i) => participant(base, forum.id, forum.points[(n + i) % POINTS], n + i + 1));
    participants.push(...(await Promise.all(batch)));
  }
  console.log(`  seeded a forum of ${POINTS} points × ${PER_POINT} checked-in participants through the API in ${seconds(started)}`);
  return { ...forum, participants };
}

// A conversation under load (issue 18), on PGlite and on a PostgreSQL server (fsync on): 500 participants
// on their phones' no-JavaScript page, each opening it (one statement at a time, by priority) and voting,
// 20 statements each — 10,000 votes in 40 s — in two blocs that disagree on half of the 40 statements.
// Figured: the page and the vote's p99 (goal < 200 ms), votes acknowledged against votes stored (goal:
// equal), how many maps the background computed during the load and how long after the last vote the map
// included every vote (goal: within a few seconds — recomputation runs at most every 5 s), the groups
// found (planted: 2); beside /health's rate before the load and its p99 during it, measured in the same run.
// Run alone: node --import tsx bench/conversation.bench.ts
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { createRandom } from '../src/core/random';
import { healthBaseline, onEachDatabase } from './servers';
import { line, pingHealth, quantile, request, spread, timed, verdict, type Sample } from './load';
import { adminHeaders, seconds } from './results.seed';

const PARTICIPANTS = 500;
const VOTES_EACH = 20;
const STATEMENTS = 40;
const WINDOW_MS = 40_000;

const text = (vi: string, en: string) => ({ vi, en });

async function post(base: string, url: string, body?: unknown): Promise<{ id: string }> {
  const answer = await request(`${base}${url}`, { body, method: 'POST', headers: adminHeaders, read: true });
  if (answer.status >= 300) throw new Error(`${url} answered ${answer.status}: ${answer.body}`);
  return JSON.parse(answer.body);
}

/** A conversation with 40 seeded statements; answers its id. */
async function seedConversation(base: string): Promise<string> {
  const tag = Date.now().toString(36);
  const space = await post(base, '/api/spaces', { slug: `bench-opinion-${tag}`, kind: 'forum', title: text('Đo tốc độ hội thoại', 'Conversation benchmark'), summary: text('Số liệu giả lập', 'Synthetic figures'), description: text('Số liệu giả lập', 'Synthetic figures') });
  const conversation = await post(base, `/api/spaces/${space.id}/conversations`, { slug: `bench-${tag}`, title: text('Hội thoại đo tốc độ', 'Benchmark conversation'), topic: text('Tỉnh nên ưu tiên gì?', 'What should the province put first?') });
  for (let s = 0; s < STATEMENTS; s++) await post(base, `/api/conversations/${conversation.id}/statements`, { text: `Ý kiến số ${s + 1}: tỉnh nên ưu tiên việc thứ ${s + 1} trong năm tới` });
  return conversation.id;
}

/** A participant's cookie and bloc; their turns run one after another, as one person's would. */
type Voter = { cookie: string; bloc: number; last: Promise<unknown> };

/** One participant's turn: open the page (timed), read the statement shown, vote on it with the bloc's stance (timed). */
function turn(base: string, id: string, voter: Voter, stance: number[][], pages: Sample[]) {
  return async (): Promise<number> => {
    let tid = -1;
    pages.push(
      await timed(async () => {
        const page = await request(`${base}/o/${id}`, { headers: { cookie: voter.cookie }, read: true });
        tid = Number(/name="tid" value="(\d+)"/.exec(page.body)?.[1] ?? -1);
        return page.status;
      }, (s) => s === 200),
    );
    if (tid < 0) return 0;
    const answer = await request(`${base}/o/${id}/vote`, { method: 'POST', form: `tid=${tid}&value=${stance[voter.bloc][tid]}`, headers: { cookie: voter.cookie } });
    return answer.status;
  };
}

async function load(base: string) {
  const id = await seedConversation(base);
  const random = createRandom(18);
  // two blocs: the same stance on the first half of the statements, opposite on the second
  const first = Array.from({ length: STATEMENTS }, () => (random.next() < 0.5 ? 1 : -1));
  const stance = [first, first.map((v, s) => (s < STATEMENTS / 2 ? v : -v))];
  const voters: Voter[] = [];
  for (let p = 0; p < PARTICIPANTS; p++) {
    const page = await request(`${base}/o/${id}`, { read: true });
    voters.push({ cookie: page.cookies.map((c) => c.split(';')[0]).join('; '), bloc: p % 2, last: Promise.resolve() });
  }
  const health = healthBaseline(base);
  const pinger = pingHealth(`${base}/health`);
  const maps = new Set<string>();
  let watching = true;
  const watcher = (async () => {
    while (watching) {
      const map = JSON.parse((await request(`${base}/api/conversations/${id}/map`, { headers: adminHeaders, read: true })).body);
      if (map.computedAt) maps.add(map.computedAt);
      await sleep(500);
    }
  })();
  const started = performance.now();
  const pages: Sample[] = [];
  const votes = await spread(PARTICIPANTS * VOTES_EACH, WINDOW_MS, (i) => {
    const voter = voters[i % PARTICIPANTS];
    const next = voter.last.then(() => timed(turn(base, id, voter, stance, pages), (s) => s === 303));
    voter.last = next;
    return next;
  });
  const lastVote = performance.now();
  const took = seconds(started);
  const conversation = JSON.parse((await request(`${base}/api/conversations/${id}`, { headers: adminHeaders, read: true })).body);
  let map = JSON.parse((await request(`${base}/api/conversations/${id}/map`, { headers: adminHeaders, read: true })).body);
  while (map.votesVersion !== conversation.votesVersion && performance.now() - lastVote < 120_000) {
    await sleep(100);
    map = JSON.parse((await request(`${base}/api/conversations/${id}/map`, { headers: adminHeaders, read: true })).body);
  }
  const caughtUp = (performance.now() - lastVote) / 1000;
  watching = false;
  await watcher;
  const during = await pinger.stop();
  console.log(`  ${PARTICIPANTS} participants × ${VOTES_EACH} votes on ${STATEMENTS} statements (took ${took})`);
  line('open the page', pages, 200);
  line('vote (form post)', votes, 200);
  const acknowledged = votes.filter((s) => s.ok).length;
  const stored = (map.statements as { agree: number; disagree: number; pass: number }[]).reduce((sum, s) => sum + s.agree + s.disagree + s.pass, 0);
  console.log(`  acknowledged ${acknowledged} votes; stored ${stored}: ${verdict(stored === acknowledged)}`);
  const groups = (map.map?.groups ?? []) as { size: number }[];
  console.log(`  maps computed in the background during the load: ${maps.size}; the map held every vote ${caughtUp.toFixed(1)} s after the last one: ${verdict(map.votesVersion === conversation.votesVersion && caughtUp < 10)}`);
  console.log(`  groups: ${groups.map((g) => g.size).join(', ') || 'none'} (planted: 2 blocs of ${PARTICIPANTS / 2})`);
  console.log(`  GET /health: ${health.toFixed(0)}/s before the load (wrk, 64 connections); during it p99 ${quantile(during, 0.99).toFixed(1)} ms over ${during.length} requests`);
}

export async function benchConversation(): Promise<void> {
  console.log(`\nconversation benchmark — ${PARTICIPANTS} participants voting on the no-JavaScript page; server and load generator share this machine's cores`);
  await onEachDatabase('conversation', {}, load);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchConversation();

// Forums at the 2021 dialogue's scale (issue 14), on PGlite and on a PostgreSQL server (fsync on): 59
// points × 50 checked-in participants; within 60 s they ask 3,000 questions, each point's moderator
// approves its own as they come, and 30,000 upvotes land on approved questions — p99 < 200 ms, 0 errors,
// 0 lost —, while 60 screens (the hall and every point) follow the live question streams: each approval
// on every screen it belongs to within 1 s p99. /health is measured in the same run, before (wrk, 64
// connections) and during (every 50 ms from its own thread). Run alone: node --import tsx bench/forums.bench.ts
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { healthBaseline, onEachDatabase } from './servers';
import { line, pingHealth, quantile, request, spread, timed, verdict, type Sample } from './load';
import { delays, openScreen, type Due, type Screen } from './forums.screens';
import { SCALE, seedForum, type BenchForum, type Participant } from './forums.seed';
import { adminHeaders, seconds } from './results.seed';
import { createRandom } from '../src/core/random';

const QUESTIONS = Math.round(3000 * SCALE);
const UPVOTES = Math.round(30_000 * SCALE);
const WINDOW_MS = 60_000;

type Run = { forum: BenchForum; base: string; approved: string[]; asked: Map<string, string[]>; done: boolean; hallDue: Due[]; pointDue: Map<string, Due[]> };

const ask = (run: Run, p: Participant, i: number) => async () => {
  const answer = await request(`${run.base}/api/forums/${run.forum.id}/questions`, { body: { itemId: run.forum.itemId, text: `Câu hỏi số ${i + 1}: tỉnh sẽ hỗ trợ doanh nghiệp nhỏ tiếp cận đất đai và tín dụng như thế nào trong năm tới?`, anonymous: i % 3 === 0 }, headers: { cookie: p.cookie }, read: true });
  if (answer.status === 201) run.asked.get(p.pointId)!.push(JSON.parse(answer.body).id);
  return answer.status;
};

/** One point's moderator: approves the point's questions one after another as they arrive. */
async function moderate(run: Run, pointId: string, samples: Sample[]) {
  const waiting = run.asked.get(pointId)!;
  const due = run.pointDue.get(pointId)!;
  while (!run.done || waiting.length) {
    const id = waiting.shift();
    if (!id) {
      await sleep(20);
      continue;
    }
    const sample = await timed(() => request(`${run.base}/api/forums/${run.forum.id}/questions/${id}/moderation`, { body: { decision: 'approved' }, headers: adminHeaders }).then((a) => a.status), (s) => s === 200);
    samples.push(sample);
    if (!sample.ok) continue;
    run.approved.push(id);
    const at = performance.now();
    due.push({ at, approved: due.length + 1 });
    run.hallDue.push({ at, approved: run.approved.length });
  }
}

/** An upvote by someone who has not upvoted that question yet, the older questions a little more popular. */
function upvote(run: Run, pick: ReturnType<typeof createRandom>) {
  return () => {
    const { approved, forum } = run;
    for (let tries = 0; tries < 50 && approved.length; tries++) {
      const id = approved[Math.floor(approved.length * pick.next() ** 2)];
      const voter = forum.participants[pick.int(forum.participants.length)];
      if (voter.upvoted.has(id)) continue;
      voter.upvoted.add(id);
      return request(`${run.base}/api/forums/${forum.id}/questions/${id}/upvotes`, { method: 'POST', headers: { cookie: voter.cookie } }).then((a) => a.status);
    }
    return Promise.resolve(0);
  };
}

async function stored(run: Run) {
  // The list comes in pages (at most 200): read them all.
  const questions: { upvotes: number }[] = [];
  for (let after: string | null = ''; after !== null; ) {
    const answer = await request(`${run.base}/api/forums/${run.forum.id}/questions?limit=200${after ? `&after=${encodeURIComponent(after)}` : ''}`, { headers: adminHeaders, read: true });
    const page: { questions: { upvotes: number }[]; next: string | null } = JSON.parse(answer.body);
    questions.push(...page.questions);
    after = page.next;
  }
  return { questions: questions.length, upvotes: questions.reduce((sum, q) => sum + q.upvotes, 0) };
}

function screenLine(label: string, screens: Screen[], dues: Due[][]) {
  const all = screens.flatMap((s, i) => delays(s, dues[i]));
  const shown = all.filter((d): d is number => d !== undefined);
  const p99 = quantile(shown, 0.99);
  console.log(`  ${label.padEnd(22)} ${shown.length} approvals shown, p50 ${quantile(shown, 0.5).toFixed(0)} ms   p99 ${p99.toFixed(0)} ms   missed ${all.length - shown.length}   ${verdict(p99 < 1000 && shown.length === all.length)}`);
}

async function load(base: string) {
  const forum = await seedForum(base);
  const run: Run = { forum, base, approved: [], asked: new Map(forum.points.map((p) => [p, []])), done: false, hallDue: [], pointDue: new Map(forum.points.map((p) => [p, []])) };
  const screens = await Promise.all([openScreen(`${base}/api/forums/${forum.id}/questions/live`), ...forum.points.map((p) => openScreen(`${base}/api/forums/${forum.id}/points/${p}/questions/live`))]);
  const health = healthBaseline(base);
  const pinger = pingHealth(`${base}/health`);
  const started = performance.now();
  const approvals: Sample[] = [];
  const moderators = forum.points.map((p) => moderate(run, p, approvals));
  const asking = spread(QUESTIONS, WINDOW_MS - 10_000, (i) => timed(ask(run, forum.participants[i % forum.participants.length], i), (s) => s === 201));
  await sleep(5000);
  const pick = createRandom(14);
  const upvotes = await spread(UPVOTES, WINDOW_MS - 5000, () => timed(upvote(run, pick), (s) => s === 201));
  const asks = await asking;
  run.done = true;
  await Promise.all(moderators);
  await sleep(2000);
  const during = await pinger.stop();
  for (const s of screens) s.close();
  console.log(`  ${QUESTIONS.toLocaleString('en')} questions, their approvals and ${UPVOTES.toLocaleString('en')} upvotes (took ${seconds(started)})`);
  for (const [label, samples] of [['participants ask', asks], ['moderators approve', approvals], ['participants upvote', upvotes]] as const) line(label, samples, 200);
  const kept = await stored(run);
  const acknowledged = { questions: asks.filter((s) => s.ok).length, upvotes: upvotes.filter((s) => s.ok).length };
  console.log(`  acknowledged ${acknowledged.questions} questions and ${acknowledged.upvotes} upvotes; stored ${kept.questions} and ${kept.upvotes}: ${verdict(kept.questions === acknowledged.questions && kept.upvotes === acknowledged.upvotes)}`);
  screenLine('hall screen', screens.slice(0, 1), [run.hallDue]);
  screenLine('59 point screens', screens.slice(1), forum.points.map((p) => run.pointDue.get(p)!));
  console.log(`  GET /health: ${health.toFixed(0)}/s before the load (wrk, 64 connections); during it p99 ${quantile(during, 0.99).toFixed(1)} ms over ${during.length} requests`);
}

export async function benchForums(): Promise<void> {
  console.log('\nforums benchmark — 59 points × 50 participants; server and load generator share this machine\'s cores');
  await onEachDatabase('forum', { DOITHOAI_LIVE_STREAMS_PER_ADDRESS: '100' }, load);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchForums();

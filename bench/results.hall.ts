// The hall: 5,000 voters submitting within 60 s while 5,000 people load the published results page
// within 5 s (p99, errors, and every acknowledged ballot stored), then 1,000 live-result streams on one
// consultation (from an accepted ballot to its event on every stream, p99 < 1 s; /health < 50 ms meanwhile).
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { agent, line, pingHealth, quantile, send, spread, timed, verdict } from './load';
import { adminHeaders, seconds } from './results.seed';

async function invite(base: string, id: string, count: number): Promise<string[]> {
  const res = await fetch(`${base}/api/consultations/${id}/invitations`, { method: 'POST', headers: { ...adminHeaders, 'content-type': 'application/json' }, body: JSON.stringify({ count }) });
  return (await res.json()).tokens;
}

const vote = (base: string, id: string, token: string) => () => send(`${base}/api/consultations/${id}/ballots`, { token, approve: ['k1', 'k4', 'k7'] });

const stored = async (base: string, id: string): Promise<number> => (await (await fetch(`${base}/api/consultations/${id}`, { headers: adminHeaders })).json()).ballots;

export async function hallBurst(base: string, openId: string, publishedId: string) {
  const started = performance.now();
  const tokens = await invite(base, openId, 5000);
  const voters = spread(5000, 60_000, () => timed(vote(base, openId, tokens.pop()!), (s) => s === 201));
  await sleep(20_000);
  const viewers = await spread(5000, 5000, () => timed(() => send(`${base}/r/${publishedId}`), (s) => s === 200));
  const ballots = await voters;
  const acknowledged = ballots.filter((s) => s.ok).length;
  const kept = await stored(base, openId);
  console.log(`  hall burst: 5,000 voters within 60 s, 5,000 loads of /r within 5 s (took ${seconds(started)})`);
  line('voters POST ballots', ballots, 200);
  line('viewers GET /r/{id}', viewers, 200);
  console.log(`  ${acknowledged} ballots acknowledged, ${kept} stored: ${verdict(kept === acknowledged)}`);
}

type Stream = { seen: number; at: number };

/** One live stream, keeping the latest ballot count it was sent and when it arrived. */
function openStream(base: string, id: string): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const stream: Stream = { seen: -1, at: 0 };
    const req = http.get(`${base}/api/consultations/${id}/live`, { agent: false, headers: adminHeaders }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`live stream answered ${res.statusCode}`));
      let tail = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        tail += chunk;
        for (const m of tail.matchAll(/"ballots":(\d+)/g)) {
          if (Number(m[1]) > stream.seen) Object.assign(stream, { seen: Number(m[1]), at: performance.now() });
        }
        tail = tail.slice(tail.lastIndexOf('\n\n') + 1);
        resolve(stream);
      });
    });
    req.on('error', reject);
    streams.push(req);
  });
}
const streams: http.ClientRequest[] = [];

export async function liveStreams(base: string, id: string) {
  const started = performance.now();
  const opened: Stream[] = [];
  for (let i = 0; i < 1000; i += 50) opened.push(...(await Promise.all(Array.from({ length: 50 }, () => openStream(base, id)))));
  const pinger = pingHealth(`${base}/health`);
  const delays: number[] = [];
  let missed = 0;
  let count = await stored(base, id);
  // From the moment the ballot is sent: its own commit is inside the figure, so it can only overstate.
  for (const token of await invite(base, id, 10)) {
    const sent = performance.now();
    if (!(await timed(vote(base, id, token), (s) => s === 201)).ok) throw new Error('a live-stream ballot was refused');
    count++;
    while (opened.some((s) => s.seen < count) && performance.now() < sent + 5000) await sleep(5);
    for (const s of opened) (s.seen >= count ? delays.push(s.at - sent) : missed++);
    await sleep(500);
  }
  const health = await pinger.stop();
  for (const req of streams.splice(0)) req.destroy();
  agent.destroy();
  const ms = quantile(delays, 0.99);
  console.log(`  1,000 live streams, 10 ballots (took ${seconds(started)}): ballot sent → its event on every stream p99 ${ms.toFixed(0)} ms, ${missed} missed   ${verdict(ms < 1000 && missed === 0)}`);
  const worst = quantile(health, 0.99);
  console.log(`  /health meanwhile: p99 ${worst.toFixed(1)} ms over ${health.length} requests   ${verdict(worst < 50)}`);
}

// What the load benchmarks share: one light HTTP client (node:http, kept-alive connections, so that the
// load generator is not what is measured), timed samples, requests spread evenly over a time window,
// quantiles, a verdict line, and a /health probe running on a thread of its own.
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';

/** One timed request: how long, whether it met its goal, and what came back (a status, or the socket error's code). */
export type Sample = { ms: number; ok: boolean; outcome?: string };
export type Answer = { status: number; body: string; cookies: string[] };

export const verdict = (met: boolean) => (met ? 'goal met' : 'GOAL NOT MET');

// As many kept-alive connections as the requests under way need.
export const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

/** One request; answers its status, body (when `read`) and the cookies it set. */
/** `body` goes as JSON, `form` as a posted HTML form's fields (already encoded). */
export function request(url: string, options: { method?: string; body?: unknown; form?: string; headers?: Record<string, string>; read?: boolean } = {}): Promise<Answer> {
  const body = options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const type = options.form !== undefined ? 'application/x-www-form-urlencoded' : 'application/json';
  const headers = { ...(body !== undefined && { 'content-type': type }), ...options.headers };
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? (body === undefined ? 'GET' : 'POST'), agent, headers }, (res) => {
      let text = '';
      if (options.read) res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      else res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, cookies: res.headers['set-cookie'] ?? [] })).on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Answers the status of one request: the shape the hall burst times. */
export const send = (url: string, body?: unknown) => request(url, { body }).then((a) => a.status);

export async function timed(run: () => Promise<number>, ok: (status: number) => boolean): Promise<Sample> {
  const started = performance.now();
  try {
    const status = await run();
    return { ms: performance.now() - started, ok: ok(status), outcome: String(status) };
  } catch (err) {
    return { ms: performance.now() - started, ok: false, outcome: (err as { code?: string }).code ?? (err as Error).message };
  }
}

/** Fires `count` requests evenly over `ms` (a few each tick, not waiting for answers); answers every sample. */
export async function spread<T>(count: number, ms: number, fire: (i: number) => Promise<T>): Promise<T[]> {
  const started = performance.now();
  const pending: Promise<T>[] = [];
  while (pending.length < count) {
    const due = Math.min(count, Math.floor(((performance.now() - started) / ms) * count) + 1);
    while (pending.length < due) pending.push(fire(pending.length));
    await sleep(5);
  }
  return Promise.all(pending);
}

export const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil(values.length * q) - 1)] ?? NaN;

export function line(label: string, samples: Sample[], goal: number) {
  const ms = samples.map((s) => s.ms);
  const errors = samples.filter((s) => !s.ok).length;
  const slow = ms.filter((m) => m > 1000).length;
  const figures = `p50 ${quantile(ms, 0.5).toFixed(1)} ms   p99 ${quantile(ms, 0.99).toFixed(1)} ms   over 1 s ${slow}`;
  console.log(`  ${label.padEnd(22)} ${figures}   errors ${errors}${failures(samples)}   ${verdict(quantile(ms, 0.99) < goal && errors === 0)}`);
}

/** What the failed requests got, most frequent first: " (503 ×12, ECONNRESET ×3)". */
function failures(samples: Sample[]): string {
  const counts = new Map<string, number>();
  for (const s of samples) if (!s.ok) counts.set(s.outcome ?? '?', (counts.get(s.outcome ?? '?') ?? 0) + 1);
  const listed = [...counts].sort((a, b) => b[1] - a[1]).map(([what, n]) => `${what} ×${n}`);
  return listed.length ? ` (${listed.join(', ')})` : '';
}

// The loop that times /health runs on a thread of its own: on this one, reading many streams' events
// would delay it and the figure would measure the load generator rather than the server.
const pingLoop = `
const { parentPort, workerData: url } = require('node:worker_threads');
const http = require('node:http');
const agent = new http.Agent({ keepAlive: true });
const times = [];
let running = true;
parentPort.on('message', () => { running = false; });
(async () => {
  while (running) {
    const started = performance.now();
    await new Promise((done) => http.get(url, { agent }, (res) => res.resume().on('end', done)).on('error', done));
    times.push(performance.now() - started);
    await new Promise((done) => setTimeout(done, 50));
  }
  parentPort.postMessage(times);
})();`;

/** Times GET `url` every 50 ms until stopped; answers the times in ms. */
export function pingHealth(url: string): { stop: () => Promise<number[]> } {
  const worker = new Worker(pingLoop, { eval: true, workerData: url });
  return {
    stop: () =>
      new Promise((resolve) => {
        worker.once('message', (times: number[]) => void worker.terminate().then(() => resolve(times)));
        worker.postMessage('stop');
      }),
  };
}

// Benchmark of the tally core on a million seeded ballots per data set: every method counting
// ballots already in memory, the PrefLib parser on text generated in memory, and — beside them, in
// the same run — the approval count done as a PostgreSQL GROUP BY in PGlite over the same ballots.
// Goals (issue 3): ≥ 10 M approval ballots/s in memory; Schulze over 1 M ranked ballots < 1 s;
// parsing ≥ 1 M ballot lines/s. Run alone with `node --import tsx bench/tally.bench.ts`.
import { pathToFileURL } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { BallotKind, type Profile } from '../src/core/ballots/profile';
import { ProfileBuilder } from '../src/core/ballots/profile.builder';
import { parsePrefLib } from '../src/core/ballots/preflib.parser';
import { createRandom } from '../src/core/random';
import { tally } from '../src/core/tally/tally';
import { rowPrinter, secs, time as timeWork } from './timing';

const BALLOTS = 1_000_000;
const SEED = 2024;

/** Ballots as the database or a form would hand them over: flat, one entry per voter. */
export interface RawBallots {
  kind: BallotKind;
  candidates: number;
  count: number;
  start: Uint32Array;
  items: Uint8Array;
  values?: Uint8Array;
}

// Approval: each voter picks 3 of 12 options, the first options a little more popular.
export function approvalBallots(count: number, seed: number): RawBallots {
  const random = createRandom(seed);
  const items = new Uint8Array(count * 3);
  const start = Uint32Array.from({ length: count + 1 }, (_, b) => b * 3);
  for (let b = 0; b < count; b++) {
    for (let k = 0; k < 3; k++) {
      let c: number;
      do c = Math.min(random.int(12), random.int(12) + random.int(3));
      while ((k > 0 && items[b * 3] === c) || (k > 1 && items[b * 3 + 1] === c));
      items[b * 3 + k] = c;
    }
  }
  return { kind: BallotKind.approval, candidates: 12, count, start, items };
}

// Ranked: 10 candidates, orders drawn from a Plackett–Luce model (strength 0.8^c) and cut after
// 1–10 places, so most ballots are partial and the profile holds many distinct ballots.
export function rankedBallots(count: number, seed: number): RawBallots {
  const random = createRandom(seed);
  const n = 10;
  const strength = Array.from({ length: n }, (_, c) => 0.8 ** c);
  const items = new Uint8Array(count * n);
  const start = new Uint32Array(count + 1);
  const left = new Float64Array(n);
  let used = 0;
  for (let b = 0; b < count; b++) {
    left.set(strength);
    let total = strength.reduce((a, s) => a + s, 0);
    const length = 1 + random.int(n);
    for (let k = 0; k < length; k++) {
      let u = random.next() * total;
      let c = 0;
      while (c < n - 1 && (left[c] === 0 || (u -= left[c]) > 0)) c++;
      if (left[c] === 0) c = left.findIndex((s) => s > 0);
      items[used++] = c;
      total -= left[c];
      left[c] = 0;
    }
    start[b + 1] = used;
  }
  return { kind: BallotKind.ranking, candidates: n, count, start, items: items.subarray(0, used) };
}

// Scores: 5 options graded 0–4 by every voter, each option with its own leaning.
function scoreBallots(count: number, seed: number): RawBallots {
  const random = createRandom(seed);
  const items = new Uint8Array(count * 5);
  const values = new Uint8Array(count * 5);
  const start = Uint32Array.from({ length: count + 1 }, (_, b) => b * 5);
  for (let k = 0; k < count * 5; k++) {
    items[k] = k % 5;
    values[k] = Math.min(4, random.int(3) + (k % 5 === 0 ? 2 : k % 3));
  }
  return { kind: BallotKind.scores, candidates: 5, count, start, items, values };
}

function toProfile(raw: RawBallots): Profile {
  const builder = new ProfileBuilder(Array.from({ length: raw.candidates }, (_, c) => `option ${c + 1}`));
  const { start, items, values } = raw;
  for (let b = 0; b < raw.count; b++) {
    if (raw.kind === BallotKind.approval) builder.addApproval(items, 1, -1, -1, start[b], start[b + 1]);
    else if (raw.kind === BallotKind.ranking) builder.addRanking(items, null, 1, -1, -1, start[b], start[b + 1]);
    else builder.addScores(items, values!, 1, -1, -1, start[b], start[b + 1]);
  }
  return builder.build();
}

/** One line per voter, as a PrefLib file would hold them before anyone merged identical orders. */
function toPrefLib(raw: RawBallots): string {
  const lines = [`# NUMBER ALTERNATIVES: ${raw.candidates}`];
  for (let c = 0; c < raw.candidates; c++) lines.push(`# ALTERNATIVE NAME ${c + 1}: option ${c + 1}`);
  for (let b = 0; b < raw.count; b++) {
    const listed = Array.from(raw.items.subarray(raw.start[b], raw.start[b + 1]), (c) => c + 1).join(',');
    lines.push(raw.kind === BallotKind.approval ? `1: {${listed}}` : `1: ${listed}`);
  }
  return `${lines.join('\n')}\n`;
}

let peakHeap = 0;
function time<T>(work: () => T): { seconds: number; value: T } {
  const timed = timeWork(work);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  return timed;
}

const rate = (count: number, seconds: number) => `${(count / seconds / 1e6).toFixed(2)} M/s`;
const row = rowPrinter(20);

// The methods that read each data set.
const plan: [label: string, methods: string[]][] = [
  ['approval, 3 of 12', ['approval']],
  ['ranked, 10 cand.', ['plurality', 'approval', 'borda', 'copeland', 'minimax', 'schulze', 'schulze-margin', 'ranked-pairs', 'kemeny', 'irv', 'stv', 'bradley-terry']],
  ['scores, 5 options', ['score', 'majority-judgment']],
];

interface InMemory {
  raw: RawBallots[];
  approvalProfile: Profile;
  /** Build + count, for the goals. */
  approvalRate: number;
  schulzeSeconds: number;
}

function benchInMemory(count: number, print: boolean): InMemory {
  const raw = [approvalBallots(count, SEED), rankedBallots(count, SEED + 1), scoreBallots(count, SEED + 2)];
  const found = { raw, approvalRate: NaN, schulzeSeconds: NaN } as InMemory;
  if (print) {
    console.log(`\nIn memory: ${count.toLocaleString('en')} ballots per data set; "build" merges identical ballots into the profile.`);
    row('method', 'build', 'count', 'build+count', 'count only');
  }
  plan.forEach(([label, methods], k) => {
    const built = time(() => toProfile(raw[k]));
    if (k === 0) found.approvalProfile = built.value;
    if (print) console.log(`-- ${label}: ${built.value.size.toLocaleString('en')} distinct ballots, built in ${secs(built.seconds)}`);
    for (const method of methods) {
      const counted = time(() => tally(built.value, { method, seats: 3 }));
      const both = built.seconds + counted.seconds;
      if (print) row(method, secs(built.seconds), secs(counted.seconds), rate(count, both), rate(count, counted.seconds));
      if (method === 'schulze') found.schulzeSeconds = both;
      if (method === 'approval' && k === 0) found.approvalRate = count / both;
    }
  });
  return found;
}

function benchParsing(raw: RawBallots[]): number {
  console.log('\nParsing PrefLib text generated in memory (one line per voter):');
  row('file', 'size', 'parse', 'lines/s', 'parse+count');
  let slowest = Infinity;
  for (const [k, extension, method] of [[0, 'cat', 'approval'], [1, 'soi', 'schulze']] as const) {
    const text = toPrefLib(raw[k]);
    const parsed = time(() => parsePrefLib(text, `bench.${extension}`, extension));
    const counted = time(() => tally(parsed.value, { method }));
    slowest = Math.min(slowest, raw[k].count / parsed.seconds);
    row(`.${extension} → ${method}`, `${(text.length / 1e6).toFixed(1)} MB`, secs(parsed.seconds), rate(raw[k].count, parsed.seconds), rate(raw[k].count, parsed.seconds + counted.seconds));
  }
  return slowest;
}

async function benchPostgres(raw: RawBallots, core: Profile): Promise<void> {
  console.log('\nThe same approval count as a PostgreSQL GROUP BY (PGlite, in memory), one row per approval:');
  const db = new PGlite();
  try {
    await db.exec('CREATE TABLE approvals (ballot integer NOT NULL, option smallint NOT NULL)');
    // COPY's text format in chunks of about 1 MB loads twice as fast here as CSV or one part per row
    const chunks: string[] = [];
    let chunk = '';
    for (let b = 0; b < raw.count; b++) {
      for (let k = raw.start[b]; k < raw.start[b + 1]; k++) chunk += `${b}\t${raw.items[k]}\n`;
      if (chunk.length > 1 << 20) {
        chunks.push(chunk);
        chunk = '';
      }
    }
    chunks.push(chunk);
    const loadFrom = performance.now();
    await db.query("COPY approvals FROM '/dev/blob'", [], { blob: new Blob(chunks) });
    const loadSeconds = (performance.now() - loadFrom) / 1000;
    const query = 'SELECT option, count(*)::integer AS approvals FROM approvals GROUP BY option';
    const timings: number[] = [];
    let rows: { option: number; approvals: number }[] = [];
    for (let run = 0; run < 2; run++) {
      const from = performance.now();
      rows = (await db.query<{ option: number; approvals: number }>(query)).rows;
      timings.push((performance.now() - from) / 1000);
    }
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    const coreCounts = tally(core, { method: 'approval' }).scores!;
    const same = rows.length === 12 && rows.every((r) => coreCounts[`option ${r.option + 1}`] === r.approvals);
    row('COPY load', `${(raw.start[raw.count]).toLocaleString('en')} rows`, secs(loadSeconds));
    row('GROUP BY, 1st run', '', secs(timings[0]), rate(raw.count, timings[0]));
    row('GROUP BY, 2nd run', '', secs(timings[1]), rate(raw.count, timings[1]));
    console.log(`same counts as the core: ${same ? 'yes' : 'NO'}`);
  } finally {
    await db.close();
  }
}

export async function benchTally(): Promise<void> {
  console.log(`tally benchmark — Node ${process.version}, seed ${SEED}`);
  benchInMemory(100_000, false); // warm-up, so that the figures are for compiled code
  const { raw, approvalProfile, approvalRate, schulzeSeconds } = benchInMemory(BALLOTS, true);
  const parseRate = benchParsing(raw);
  await benchPostgres(raw[0], approvalProfile);

  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  console.log(`\nPeak memory: rss ${mb(process.resourceUsage().maxRSS * 1024)} (maximum resident set of the process), heapUsed ${mb(peakHeap)} (largest seen between steps)`);
  console.log('Goals:');
  const goal = (met: boolean, text: string) => console.log(`  ${met ? 'met   ' : 'MISSED'} ${text}`);
  goal(approvalRate >= 10e6, `≥ 10 M approval ballots/s in memory (build + count): ${(approvalRate / 1e6).toFixed(1)} M/s`);
  goal(schulzeSeconds < 1, `Schulze over 1 M ranked ballots < 1 s (build + count): ${secs(schulzeSeconds)}`);
  goal(parseRate >= 1e6, `parsing ≥ 1 M ballot lines/s (slower of the two files): ${(parseRate / 1e6).toFixed(2)} M/s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchTally();

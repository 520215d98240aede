// Opinion mapping at the scale of issue 18: the whole update (vote matrix, components, projection, base
// clusters, groups, representative and consensus statements) on the two published Pol.is conversations,
// and on a synthetic conversation of 100,000 participants × 1,000 statements with 10 % of the cells voted
// (three opinion blocs, seeded). Goals: < 1 s per reference conversation; < 10 s and < 2 GB for the
// synthetic one. The baseline, measured in the same run on the same matrix, is scikit-learn's PCA (2
// components) and k-means (k = 100) — Debian's python3-sklearn, where installed. Beside them, each
// reference conversation replayed as the server would have computed it (one update per 5 s of votes), the
// way its groups are compared with Pol.is's: the time, the updates, and the adjusted Rand index against
// Pol.is's published groups (london.youth.policing with its questions about participants, 0–14, as meta).
// Run alone with `node --import tsx bench/opinion.bench.ts`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { adjustedRandIndex, analyseConversation, readPolisExport, replayConversation } from '../src/core/opinion';
import type { OpinionMap, VoteColumns } from '../src/core/opinion/types';
import { createRandom } from '../src/core/random';
import { rowPrinter, secs, time } from './timing';

const PEOPLE = 100_000;
const STATEMENTS = 1_000;
const PER_PERSON = 100; // 10 % of the cells
const BLOCS = 3;

const row = rowPrinter(44);

const fixtureText = (name: string, f: string) => readFileSync(new URL(`../test/fixtures/opinion/${name}/${f}`, import.meta.url), 'utf8');
const file = (name: string, f: string) => ({ name: f, text: fixtureText(name, f) });

function reference(name: string) {
  return time(() => analyseConversation(readPolisExport(file(name, 'votes.csv'), file(name, 'comments.csv'))));
}

/** Statements the export does not mark as meta but Pol.is left out of its map (see src/core/opinion/reference.test.ts). */
const META: Record<string, string[]> = { 'london.youth.policing': Array.from({ length: 15 }, (_, i) => String(i)) };

/** The replay, and how its groups agree with Pol.is's (adjusted Rand index on the participants both group). */
function replayed(name: string) {
  const read = readPolisExport(file(name, 'votes.csv'), file(name, 'comments.csv'));
  const run = time(() => replayConversation({ ...read, zeroed: [...(read.zeroed ?? []), ...(META[name] ?? [])] }));
  const [head, ...rows] = fixtureText(name, 'participants-votes.csv').trim().split('\n').map((l) => l.split(','));
  const [p, g] = [head.indexOf('participant'), head.indexOf('group-id')];
  const polis = new Map(rows.filter((r) => r[g] !== '').map((r) => [r[p], r[g]]));
  const ours = new Map(run.value.groups.flatMap((grp) => grp.members.map((m) => [m, String(grp.id)] as const)));
  const both = [...ours.keys()].filter((m) => polis.has(m));
  const ari = adjustedRandIndex(both.map((m) => polis.get(m)!), both.map((m) => ours.get(m)!));
  return { ...run, polisGroups: new Set(polis.values()).size, ari };
}

/** Each participant leans to one bloc; each bloc has a stance per statement; votes follow it 80 % of the time. */
function synthetic(seed: number): VoteColumns {
  const random = createRandom(seed);
  const stance = Array.from({ length: BLOCS }, () => Int8Array.from({ length: STATEMENTS }, () => (random.next() < 0.5 ? 1 : -1)));
  const n = PEOPLE * PER_PERSON;
  const columns = { voter: new Int32Array(n), statement: new Int32Array(n), value: new Int8Array(n), at: new Float64Array(n) };
  const chosen = new Int32Array(STATEMENTS).fill(-1);
  let k = 0;
  for (let p = 0; p < PEOPLE; p++) {
    const bloc = random.int(BLOCS);
    for (let v = 0; v < PER_PERSON; v++) {
      let s = random.int(STATEMENTS);
      while (chosen[s] === p) s = random.int(STATEMENTS);
      chosen[s] = p;
      const r = random.next();
      columns.voter[k] = p;
      columns.statement[k] = s;
      columns.value[k] = r < 0.8 ? stance[bloc][s] : r < 0.9 ? 0 : -stance[bloc][s];
      columns.at[k] = k;
      k++;
    }
  }
  return { voters: Array.from({ length: PEOPLE }, (_, p) => `p${p}`), statements: Array.from({ length: STATEMENTS }, (_, s) => `s${s}`), ...columns };
}

/** scikit-learn on the same matrix (missing votes as the statement's mean, as we do), or why not. */
function sklearnBaseline(votes: VoteColumns): string {
  const dir = mkdtempSync(join(tmpdir(), 'opinion-bench-'));
  try {
    writeFileSync(join(dir, 'voter.bin'), votes.voter);
    writeFileSync(join(dir, 'statement.bin'), votes.statement);
    writeFileSync(join(dir, 'value.bin'), votes.value);
    const script = `
import sys, time, numpy as np
from sklearn.decomposition import PCA
from sklearn.cluster import KMeans
d = sys.argv[1]
r = np.fromfile(d + '/voter.bin', dtype=np.int32); c = np.fromfile(d + '/statement.bin', dtype=np.int32); v = np.fromfile(d + '/value.bin', dtype=np.int8)
t = time.perf_counter()
m = np.full((${PEOPLE}, ${STATEMENTS}), np.nan, dtype=np.float32); m[r, c] = v
m = np.where(np.isnan(m), np.nanmean(m, axis=0), m)
p = PCA(n_components=2, svd_solver='randomized', random_state=0).fit_transform(m)
KMeans(n_clusters=100, n_init=1, random_state=0).fit(p)
print(f"{time.perf_counter() - t:.3f}")`;
    // Debian's interpreter, where python3-sklearn installs (a python3 earlier on PATH may not have it)
    const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
    const done = spawnSync(python, ['-c', script, dir], { encoding: 'utf8' });
    if (done.status !== 0) return /No module named/.test(done.stderr) ? 'not installed' : `failed: ${done.stderr.trim().split('\n').pop()}`;
    return `${done.stdout.trim()} s`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function describeMethod(method: OpinionMap['pca']['method']): string {
  return method.name === 'full' ? 'every participant' : `mini-batch, ${method.batches} samples of ${method.sampled.toLocaleString('en')}`;
}

export async function benchOpinion(): Promise<void> {
  console.log(`\nopinion mapping benchmark — Node ${process.version}`);
  reference('london.youth.policing'); // warm-up
  row('step', 'time', 'groups');
  const goals: [boolean, string][] = [];
  for (const name of ['brexit-consensus', 'london.youth.policing']) {
    const run = reference(name);
    row(`${name}: whole update`, secs(run.seconds), String(run.value.groups.length));
    goals.push([run.seconds < 1, `${name}, whole update < 1 s: ${secs(run.seconds)}`]);
  }
  for (const name of ['brexit-consensus', 'london.youth.policing']) {
    const run = replayed(name);
    row(`${name}: replayed, ${run.value.updates.toLocaleString('en')} updates`, secs(run.seconds), String(run.value.groups.length));
    console.log(`  Pol.is: ${run.polisGroups} groups; adjusted Rand index ${run.ari.toFixed(3)}`);
    goals.push([run.value.groups.length === run.polisGroups && run.ari >= 0.8, `${name} replayed: Pol.is's groups (same number, adjusted Rand index ≥ 0.8): ${run.value.groups.length} groups, ${run.ari.toFixed(3)}`]);
  }
  const votes = synthetic(18);
  const big = time(() => analyseConversation({ votes }));
  const peak = process.resourceUsage().maxRSS / 1024 / 1024; // GiB
  row(`synthetic ${PEOPLE.toLocaleString('en')} × ${STATEMENTS.toLocaleString('en')}, 10 %`, secs(big.seconds), String(big.value.groups.length));
  console.log(`  groups of ${big.value.groups.map((g) => g.members.length.toLocaleString('en')).join(', ')} (planted: ${BLOCS} blocs); components: ${describeMethod(big.value.pca.method)}; peak memory of this process ${peak.toFixed(2)} GiB`);
  console.log(`  baseline, scikit-learn PCA + k-means (k = 100) on the same matrix: ${sklearnBaseline(votes)}`);
  goals.push([big.seconds < 10 && peak < 2, `synthetic conversation < 10 s and < 2 GB: ${secs(big.seconds)}, ${peak.toFixed(2)} GiB`]);
  console.log('Goals:');
  for (const [met, text] of goals) console.log(`  ${met ? 'met   ' : 'MISSED'} ${text}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchOpinion();

// Makes test/fixtures/upgrade/<generation>/: a database written by one release, and what that
// release reported about it, for test/upgrade/upgrade.test.ts to migrate forward and compare.
//
// It must run on the release being captured, not on the current code: check that release out beside
// this one and run the script from there, e.g. for generation g1 (commit 548f352):
//   git worktree add /tmp/g1 548f352 && ln -s "$PWD/node_modules" /tmp/g1/node_modules
//   cp scripts/make-upgrade-fixture.ts /tmp/g1/scripts/ && cd /tmp/g1
//   npx tsx scripts/make-upgrade-fixture.ts "$OLDPWD/test/fixtures/upgrade/g1" "$OLDPWD/test/fixtures/vn"
// It loads the demo at a fixed date, adds a space with consultations of every ballot type (open,
// closed and published, paper batches committed and in conflict, an approved pairwise proposal,
// open access with verified people), an imported evidence edition (PCI 2010, .xls) and an evidence
// file on a progress report; then writes pglite.tar.gz (PGlite's dumpDataDir), postgres.sql
// (pg_dump of the same content on a PostgreSQL 15 server) and expected.json (counts and every result).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../src/config';
import { openDatabase, type Database } from '../src/db/connection';
import { migrateDatabase } from '../src/db/migrate';
import type { Actor } from '../src/http/actor';
import { importIndexFile } from '../src/importers/import-file';
import { createUser, grantRole } from '../src/modules/accounts/account.service';
import { loadDemo } from '../src/modules/demo/demo.seed';
import { sha256Of, storeImport } from '../src/modules/indicators/import.service';
import type { App } from '../src/modules/module';
import { buildApp } from '../src/server';
import { findPostgresBin, startPostgres } from '../test/setup/postgres-server';

const out = path.resolve(process.argv[2] ?? 'fixture-out');
/** Where PCI_2010.xls is: the repository's own copy (test/fixtures/vn), passed as the second argument. */
const evidenceFolder = path.resolve(process.argv[3] ?? 'test/fixtures/vn');
/** The date every generation is made "on": the demo's plan dates and report periods follow it. */
export const FIXTURE_NOW = new Date('2026-11-15T03:00:00Z');
const ADMIN = 'upgrade-fixture-admin-token-0001';
const PASSWORD = 'mat khau nang cap 2026';
const admin = { authorization: `Bearer ${ADMIN}` };
const setup: Actor = { userId: null, label: 'upgrade fixture', platformRole: 'administrator', spaceRoles: new Map(), via: 'admin-token' };

async function call(app: App, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, headers: Record<string, string> = admin) {
  const res = await app.inject({ method, url, headers, payload: payload as object });
  if (res.statusCode >= 400) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res;
}

const options = (keys: string[]) => keys.map((key, i) => ({ key, title: { vi: `Phương án ${i + 1}`, en: `Option ${i + 1}` } }));
const groups = [
  { key: 'nguoi-dan', title: { vi: 'Người dân', en: 'Citizens' }, weight: 2 },
  { key: 'doanh-nghiep', title: { vi: 'Doanh nghiệp', en: 'Businesses' }, weight: 1 },
  { key: 'truong-thon', title: { vi: 'Trưởng thôn', en: 'Village heads' }, weight: 1 },
];
const clusters = [
  { key: 'bac', title: { vi: 'Cụm phía Bắc', en: 'North' } },
  { key: 'nam', title: { vi: 'Cụm phía Nam', en: 'South' } },
];
const KEYS = ['a', 'b', 'c', 'd', 'e'];

/** Creates, invites (group/cluster per batch), opens; returns the id and tokens in invitation order. */
async function consultation(app: App, spaceId: string, slug: string, ballot: object, invites: { count: number; group?: string; cluster?: string }[], access = 'invite') {
  // Weighted groups need every ballot in a group, which people who verify themselves are not.
  const spec = { spaceId, title: { vi: `Tham vấn ${slug}`, en: `Consultation ${slug}` }, options: options(KEYS), ballot, groups: access === 'open' ? [] : groups, clusters, access };
  const id = (await call(app, 'POST', '/api/consultations', spec)).json().id as string;
  const tokens: string[] = [];
  for (const invite of invites) tokens.push(...(await call(app, 'POST', `/api/consultations/${id}/invitations`, invite)).json().tokens);
  await call(app, 'POST', `/api/consultations/${id}/open`);
  return { id, tokens };
}

// Group sizes 7, 5 and 1: a group large enough to publish, one at the edge, and a group of one
// (which later releases withhold from breakdowns).
const INVITES = [
  { count: 7, group: 'nguoi-dan', cluster: 'bac' },
  { count: 5, group: 'doanh-nghiep', cluster: 'nam' },
  { count: 1, group: 'truong-thon', cluster: 'nam' },
];

async function castAll(app: App, id: string, tokens: string[], ballotOf: (i: number) => object) {
  for (const [i, token] of tokens.entries()) await call(app, 'POST', `/api/consultations/${id}/ballots`, { token, ...ballotOf(i) });
}

async function signIn(app: App, email: string) {
  const res = await call(app, 'POST', '/api/auth/login', { email, password: PASSWORD }, {});
  const cookie = res.cookies.find((c) => c.name === 'dt_session');
  return { cookie: `dt_session=${cookie?.value}`, 'x-csrf-token': res.json().csrfToken as string };
}

async function fill(app: App, database: Database) {
  const spaceId = (
    await call(app, 'POST', '/api/spaces', {
      slug: 'nang-cap-2026',
      kind: 'priority-setting',
      title: { vi: 'Không gian kiểm tra nâng cấp', en: 'Upgrade check space' },
      summary: { vi: 'Dữ liệu do bản phát hành cũ ghi', en: 'Data written by an earlier release' },
      description: { vi: 'Mọi loại phiếu', en: 'Every ballot type' },
      visibility: 'public',
      phases: [{ key: 'tham-van', title: { vi: 'Tham vấn', en: 'Consultation' }, startsOn: '2026-01-01', endsOn: '2026-12-31' }],
    })
  ).json().id as string;
  const people: Record<string, string> = {};
  for (const [name, role] of [['daumoi', 'facilitator'], ['thuky1', 'official'], ['thuky2', 'official']] as const) {
    const user = await createUser(database.db, setup, { email: `${name}@nangcap.test`, displayName: name, password: PASSWORD }, FIXTURE_NOW);
    await grantRole(database.db, setup, { userId: user.id, spaceId, role }, FIXTURE_NOW);
    people[name] = user.id;
  }

  // Approval, left open, with paper batches: one committed, one whose two entries disagree.
  const approval = await consultation(app, spaceId, 'approval', { type: 'approval', min: 1, max: 3 }, INVITES);
  await castAll(app, approval.id, approval.tokens, (i) => ({ approve: [KEYS[i % 5], KEYS[(i * 2 + 1) % 5]].filter((k, j, a) => a.indexOf(k) === j) }));
  const [clerk1, clerk2, facilitator] = [await signIn(app, 'thuky1@nangcap.test'), await signIn(app, 'thuky2@nangcap.test'), await signIn(app, 'daumoi@nangcap.test')];
  const paper = (s: Record<string, string>, method: 'POST' | 'PUT', url: string, body?: object) => call(app, method, `/api/consultations/${approval.id}/paper-batches${url}`, body, s);
  await paper(clerk1, 'POST', '', { key: 'bac-01', forms: 3, cluster: 'bac', group: 'nguoi-dan' });
  const forms = [{ approve: ['a', 'b'] }, { approve: ['c'] }, { spoilt: true }];
  await paper(clerk1, 'PUT', '/bac-01/entries/1', { forms });
  await paper(clerk2, 'PUT', '/bac-01/entries/2', { forms });
  await paper(facilitator, 'POST', '/bac-01/commit');
  await paper(clerk1, 'POST', '', { key: 'nam-01', forms: 2, cluster: 'nam' });
  await paper(clerk1, 'PUT', '/nam-01/entries/1', { forms: [{ approve: ['d'] }, { approve: ['e', 'a'] }] });
  await paper(clerk2, 'PUT', '/nam-01/entries/2', { forms: [{ approve: ['d'] }, { approve: ['e', 'b'] }] });

  // Ranking, closed and published (with ties and unlisted options).
  const ranking = await consultation(app, spaceId, 'ranking', { type: 'ranking' }, INVITES);
  const orders = [['a', 'b', 'c', 'd', 'e'], ['b', 'c', 'a'], ['c', 'a', 'b', 'e', 'd'], ['a', 'c'], ['e', 'a', 'b', 'c', 'd']];
  await castAll(app, ranking.id, ranking.tokens, (i) => ({ ranking: orders[i % orders.length] }));
  await call(app, 'POST', `/api/consultations/${ranking.id}/close`);
  await call(app, 'POST', `/api/consultations/${ranking.id}/publish`);

  const score = await consultation(app, spaceId, 'score', { type: 'score', scale: { min: 0, max: 10 } }, INVITES);
  await castAll(app, score.id, score.tokens, (i) => ({ scores: Object.fromEntries(KEYS.map((k, j) => [k, (i * 3 + j * 7) % 11])) }));

  const budget = await consultation(app, spaceId, 'budget', { type: 'budget', points: 100 }, INVITES);
  await castAll(app, budget.id, budget.tokens, (i) => ({ scores: { [KEYS[i % 5]]: 60, [KEYS[(i + 2) % 5]]: 40 } }));

  // Pairwise with a proposal approved into an option.
  const pairwise = await consultation(app, spaceId, 'pairwise', { type: 'pairwise' }, INVITES);
  const proposal = (await call(app, 'POST', `/api/consultations/${pairwise.id}/proposals`, { token: pairwise.tokens[0], text: 'Mở thêm tuyến xe buýt nội ô' })).json();
  await call(app, 'POST', `/api/consultations/${pairwise.id}/proposals/${proposal.id}/approve`, {});
  // Pairwise ballots come through the ballot page's form: hidden pair.i = "a|b", pick.i = the winner or empty (skipped).
  for (const [i, token] of pairwise.tokens.entries()) {
    const pairs = [[KEYS[i % 5], KEYS[(i + 1) % 5]], [KEYS[(i + 2) % 5], KEYS[(i + 4) % 5]], [KEYS[(i + 3) % 5], KEYS[(i + 1) % 5]]];
    const fields = pairs.flatMap(([a, b], j) => [[`pair.${j}`, `${a}|${b}`], [`pick.${j}`, j === 2 ? '' : j === 1 && i % 3 === 0 ? b : a]]);
    const res = await app.inject({ method: 'POST', url: `/vote/${token}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(fields).toString() });
    if (res.statusCode >= 400) throw new Error(`pairwise ballot: ${res.statusCode} ${res.body.slice(0, 300)}`);
  }

  // Open access: three people verify and vote, a fourth asks for a code and never confirms.
  const open = await consultation(app, spaceId, 'open-access', { type: 'approval', min: 1, max: 2 }, [], 'open');
  const codes = new Map<string, string>();
  const info = app.log.info.bind(app.log);
  app.log.info = ((obj: unknown, ...rest: unknown[]) => {
    const o = obj as { contact?: string; code?: string };
    if (o && typeof o === 'object' && o.code && o.contact) codes.set(o.contact, o.code);
    return (info as (...a: unknown[]) => void)(obj, ...rest);
  }) as typeof app.log.info;
  for (const contact of ['nguoi1@nangcap.test', '0912345678', 'nguoi3@nangcap.test', 'nguoi4@nangcap.test']) {
    await call(app, 'POST', `/api/consultations/${open.id}/verification`, { contact }, {});
  }
  for (const [i, contact] of ['nguoi1@nangcap.test', '0912345678', 'nguoi3@nangcap.test'].entries()) {
    const code = [...codes].find(([c]) => c.replace(/^\+84/, '0') === contact || c === contact)?.[1];
    if (!code) throw new Error(`no code logged for ${contact}: ${[...codes.keys()]}`);
    const { token } = (await call(app, 'POST', `/api/consultations/${open.id}/verification/confirm`, { contact, code }, {})).json();
    await call(app, 'POST', `/api/consultations/${open.id}/ballots`, { token, approve: [KEYS[i]] });
  }

  // An imported evidence edition the demo does not carry: PCI 2010 from VCCI's workbook (CC0 copy).
  const file = path.join(evidenceFolder, 'pci_papi_mdtrinh_vietnamdata/PCI_2010.xls');
  await storeImport(database.db, setup, await importIndexFile(file, {}), sha256Of(readFileSync(file)), FIXTURE_NOW);

  // An evidence file (a small PDF) on the demo plan's latest progress report.
  const plans = (await call(app, 'GET', `/api/spaces/${await spaceIdOf(app, 'can-tho-uu-tien-2024')}/plans`)).json();
  const plan = (await call(app, 'GET', `/api/plans/${plans.plans[0].id}`)).json();
  const actionId = findAction(plan);
  const reports = (await call(app, 'GET', `/api/actions/${actionId}/reports`)).json().reports;
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
  const res = await app.inject({ method: 'POST', url: `/api/reports/${reports[0].id}/evidence?name=${encodeURIComponent('biên bản nghiệm thu.pdf')}`, headers: { ...admin, 'content-type': 'application/pdf' }, payload: pdf });
  if (res.statusCode >= 400) throw new Error(`evidence: ${res.statusCode} ${res.body}`);
}

async function spaceIdOf(app: App, slug: string) {
  const spaces = (await call(app, 'GET', '/api/spaces')).json().spaces as { id: string; slug: string }[];
  const found = spaces.find((s) => s.slug === slug);
  if (!found) throw new Error(`no space ${slug}`);
  return found.id;
}

function findAction(node: unknown): string {
  const stack = [node];
  while (stack.length) {
    const n = stack.pop() as Record<string, unknown>;
    if (n && typeof n === 'object') {
      if (typeof n.id === 'string' && 'leadAgencyId' in n) return n.id as string;
      stack.push(...Object.values(n));
    }
  }
  throw new Error('no action in the plan');
}

/** What this release reports: row counts of every table, and every consultation's results by every method and breakdown. */
async function expected(app: App, database: Database) {
  const rows = async (query: ReturnType<typeof sql.raw>) => ((await database.db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;
  const tables = (await rows(sql.raw(`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`))).map((r) => String(r.table_name));
  const counts: Record<string, number> = {};
  for (const t of tables) counts[t] = Number((await rows(sql.raw(`select count(*)::int as n from "${t}"`)))[0].n);
  const consultations: Record<string, unknown> = {};
  const plans: Record<string, unknown> = {};
  const exercises: Record<string, unknown> = {};
  const spaces = (await call(app, 'GET', '/api/spaces')).json().spaces as { id: string; slug: string }[];
  for (const space of spaces) {
    for (const c of (await call(app, 'GET', `/api/spaces/${space.id}/consultations`)).json().consultations as { id: string; title: { en: string } }[]) {
      const first = (await call(app, 'GET', `/api/consultations/${c.id}/results`)).json();
      const results: Record<string, unknown> = {};
      for (const method of [first.method, ...first.alternatives] as string[]) {
        for (const by of ['', 'group', 'cluster']) {
          const r = await app.inject({ method: 'GET', url: `/api/consultations/${c.id}/results?method=${method}${by ? `&by=${by}` : ''}`, headers: admin });
          results[`${method}${by ? `/${by}` : ''}`] = r.statusCode === 200 ? r.json() : { status: r.statusCode, error: r.json().error?.code };
        }
      }
      const csv = (await call(app, 'GET', `/api/consultations/${c.id}/ballots.csv`)).body;
      const receipts = csv.trim().split('\n').filter((line) => line.startsWith('receipt,')).map((line) => line.slice(line.lastIndexOf(',') + 1));
      consultations[c.id] = { space: space.slug, title: c.title.en, results, receipts };
    }
    for (const p of (await call(app, 'GET', `/api/spaces/${space.id}/plans`)).json().plans as { id: string }[]) {
      plans[p.id] = (await call(app, 'GET', `/api/plans/${p.id}`)).json();
    }
    for (const e of (await call(app, 'GET', `/api/spaces/${space.id}/priority-exercises`)).json().exercises as { id: string }[]) {
      exercises[e.id] = (await call(app, 'GET', `/api/priority-exercises/${e.id}/results`)).json();
    }
  }
  const audit = counts.audit_log;
  return { madeBy: execFileSync('git', ['rev-parse', 'HEAD']).toString().trim(), madeOn: FIXTURE_NOW.toISOString(), counts, audit, consultations, plans, exercises };
}

async function build(database: Database) {
  await migrateDatabase(database);
  const config = loadConfig({ DOITHOAI_ADMIN_TOKEN: ADMIN, LOG_LEVEL: 'info' }, {});
  const app = await buildApp({ database, config, now: () => FIXTURE_NOW, logger: true });
  await app.ready();
  await loadDemo(database.db, FIXTURE_NOW);
  await fill(app, database);
  return app;
}

mkdirSync(out, { recursive: true });
const embedded = await openDatabase({});
const app = await build(embedded);
const report = await expected(app, embedded);
await app.close();
const dump = await (embedded.db as unknown as { $client: { dumpDataDir(c: 'gzip'): Promise<Blob> } }).$client.dumpDataDir('gzip');
writeFileSync(path.join(out, 'pglite.tar.gz'), Buffer.from(await dump.arrayBuffer()));
await embedded.close();
writeFileSync(path.join(out, 'expected.json'), `${JSON.stringify(report)}\n`);

// The same story on a PostgreSQL server, dumped as plain SQL. Random ids and receipts differ from
// the embedded copy, so the server copy gets its own expected file.
const bin = findPostgresBin();
if (!bin) throw new Error('PostgreSQL server binaries not found');
const server = await startPostgres(bin);
try {
  const database = await openDatabase({ databaseUrl: server.url });
  const pgApp = await build(database);
  const pgReport = await expected(pgApp, database);
  await pgApp.close();
  await database.close();
  writeFileSync(path.join(out, 'expected.postgres.json'), `${JSON.stringify(pgReport)}\n`);
  const dumped = execFileSync(path.join(bin, 'pg_dump'), ['--no-owner', '--no-privileges', server.url], { maxBuffer: 1 << 30 });
  writeFileSync(path.join(out, 'postgres.sql.gz'), gzipSync(dumped, { level: 9 }));
} finally {
  server.stop();
}
console.log(`upgrade fixture written to ${out}`);

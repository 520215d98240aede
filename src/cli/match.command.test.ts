// `doithoai match`: two runs of the real command (the contract JSON for a small hand-worked region,
// and exit code 2 with one sentence for a bad file), the rest in-process through runCli.
//
// The fixture (test/fixtures/linkage/mekong-illustrative.json), worked by hand:
//   cycle An Giang → Kiên Giang → Cần Thơ → An Giang: each gains 6 → 3 / (1/6 + 1/6 + 1/6) = 6
//   pair Cần Thơ–An Giang: Cần Thơ gains 3, An Giang 6 → 2 / (1/3 + 1/6) = 4
//   pair Cà Mau–Hậu Giang: 2 and 2 → 2;  pair Cà Mau–Kiên Giang: 1 and 1 → 1
//   every other pair or cycle has a member gaining 0.
//   Disjoint choices: cycle + Cà Mau–Hậu Giang = 8; Cần Thơ–An Giang + Cà Mau–Hậu Giang = 6;
//   Cần Thơ–An Giang + Cà Mau–Kiên Giang = 5. The best is 8.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { fixture } from '../../test/helpers/fixtures';
import { asUser, scratchFolder } from '../../test/helpers/cli-in-process';
import { registerMatch } from './match.command';

const root = fileURLToPath(new URL('../../', import.meta.url));
const mekong = fixture('linkage', 'mekong-illustrative.json');
const scratch = scratchFolder('doithoai-match-');
const file = scratch.file;
const run = asUser('match', registerMatch);
const doc = () => JSON.parse(readFileSync(mekong, 'utf8'));

afterEach(() => vi.restoreAllMocks());
afterAll(() => scratch.remove());

describe('doithoai match (the real command)', () => {
  it('prints the contract JSON: the 3-cycle and the pair, largest first', () => {
    const done = spawnSync(process.execPath, ['bin/doithoai', 'match', '--json', mekong], { cwd: root, encoding: 'utf8' });
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    expect(JSON.parse(done.stdout)).toEqual({
      exchanges: [
        { members: ['An Giang', 'Kiên Giang', 'Cần Thơ'], gains: { 'An Giang': 6, 'Kiên Giang': 6, 'Cần Thơ': 6 }, score: 6 },
        { members: ['Cà Mau', 'Hậu Giang'], gains: { 'Cà Mau': 2, 'Hậu Giang': 2 }, score: 2 },
      ],
      total: 8,
    });
  });

  it('exits with 2 and one sentence naming file, line and field for a locality not listed', () => {
    const bad = doc();
    bad.benefit['Cà Mau']['Bạc Liêu'] = 1;
    const path = file('unknown.json', JSON.stringify(bad, null, 2));
    const done = spawnSync(process.execPath, ['bin/doithoai', 'match', path], { cwd: root, encoding: 'utf8' });
    expect(done.status).toBe(2);
    expect(done.stdout).toBe('');
    // two-space JSON: "Bạc Liêu" is the third entry of "Cà Mau": line 24 ({ 1, "localities" 2–8, "benefit" 9, Cần Thơ 10–13, An Giang 14–16, Kiên Giang 17–20, Cà Mau 21–), its value at column 19
    expect(done.stderr).toBe(
      `doithoai: ${path}, dòng 24: "Cà Mau" được lợi từ "Bạc Liêu", nhưng "Bạc Liêu" không có trong danh sách địa phương. Cột 19, trường "benefit.Cà Mau.Bạc Liêu".` +
        ` — ${path}, line 24: "Cà Mau" gains from "Bạc Liêu", which is not one of the localities listed. Column 19, field "benefit.Cà Mau.Bạc Liêu".\n`,
    );
  });
});

describe('doithoai match (in-process)', () => {
  it('says each exchange in words, with its score and the harmonic-mean formula', async () => {
    const { code, stdout } = await run(mekong);
    expect(code).toBe(0);
    expect(stdout).toContain('Đề xuất 2 trao đổi, tổng điểm 8 (exchanges suggested: 2, total score 8):');
    expect(stdout).toContain('1. An Giang → Kiên Giang → Cần Thơ → An Giang — vòng ba (3-cycle), điểm (score) 6');
    expect(stdout).toContain('Kiên Giang được lợi 6 từ An Giang; Cần Thơ được lợi 6 từ Kiên Giang; An Giang được lợi 6 từ Cần Thơ. Điểm (trung bình điều hòa): 3 / (1/6 + 1/6 + 1/6) = 6.');
    expect(stdout).toContain('2. Cà Mau ⇄ Hậu Giang — cặp (pair), điểm (score) 2');
    expect(stdout).toContain('Hậu Giang gains 2 from Cà Mau; Cà Mau gains 2 from Hậu Giang. Score (harmonic mean): 2 / (1/2 + 1/2) = 2.');
  });

  it('with pairs only, suggests Cần Thơ–An Giang and Cà Mau–Hậu Giang (4 + 2)', async () => {
    const { stdout } = await run('--json', file('pairs.json', JSON.stringify({ ...doc(), maxCycle: 2 })));
    expect(JSON.parse(stdout).exchanges.map((e: { members: string[] }) => e.members)).toEqual([['An Giang', 'Cần Thơ'], ['Cà Mau', 'Hậu Giang']]);
    expect(JSON.parse(stdout).total).toBe(6);
  });

  it('reads names in NFC: a benefit key typed with decomposed diacritics is the locality listed', async () => {
    const d = doc();
    const nfd = (name: string) => name.normalize('NFD');
    d.benefit = Object.fromEntries(Object.entries(d.benefit).map(([x, row]) => [nfd(x), Object.fromEntries(Object.entries(row as object).map(([y, v]) => [nfd(y), v]))]));
    expect(JSON.stringify(d)).not.toBe(JSON.stringify(doc()));
    const { code, stdout } = await run('--json', file('nfd.json', JSON.stringify(d)));
    expect(code).toBe(0);
    expect(JSON.parse(stdout).total).toBe(8);
    expect(JSON.parse(stdout).exchanges[0].members).toEqual(['An Giang', 'Kiên Giang', 'Cần Thơ']);
  });

  it('says plainly when no exchange gives every side something', async () => {
    const { code, stdout } = await run(file('none.json', JSON.stringify({ localities: ['A', 'B'], benefit: { A: { B: 1 } }, maxCycle: 2 })));
    expect(code).toBe(0);
    expect(stdout).toBe('Không có trao đổi nào mà mọi bên đều được lợi (no exchange gives every side something).\n');
  });

  const refusals: [string, (d: ReturnType<typeof doc>) => unknown, string][] = [
    ['a negative benefit', (d) => ((d.benefit['Cần Thơ']['An Giang'] = -3), d), 'line 4: what "Cần Thơ" gains from "An Giang" must be a number of at least 0, not -3. Column 28, field "benefit.Cần Thơ.An Giang".'],
    ['a benefit that is not a number', (d) => ((d.benefit['Cần Thơ']['An Giang'] = 'ba'), d), 'line 4: what "Cần Thơ" gains from "An Giang" must be a number. Column 28, field "benefit.Cần Thơ.An Giang".'],
    ['maxCycle 4', (d) => ({ ...d, maxCycle: 4 }), 'line 10: "maxCycle" must be 2 (pairs) or 3 (pairs and 3-cycles), not 4. Column 15, field "maxCycle".'],
    ['a locality listed twice', (d) => ({ ...d, localities: [...d.localities, 'An Giang'] }), 'line 2: the locality "An Giang" is listed twice. Column 73, field "localities[5]".'],
    ['a locality gaining from itself', (d) => ((d.benefit['Hậu Giang']['Hậu Giang'] = 1), d), 'line 8: "Hậu Giang" cannot gain from itself (1); a locality exchanges only with others. Column 42, field "benefit.Hậu Giang.Hậu Giang".'],
    ['no maxCycle', (d) => ({ localities: d.localities, benefit: d.benefit }), 'line 1: "maxCycle" is missing: give 2 (pairs) or 3 (pairs and 3-cycles). Column 1.'],
  ];
  for (const [what, spoil, said] of refusals) {
    it(`refuses ${what} with exit 2 and one sentence naming the file`, async () => {
      // one line per locality, as people write it; columns counted by hand on these lines, e.g.
      // `    "Cần Thơ": {"An Giang":-3,…`: 4 spaces, "Cần Thơ" in columns 5–13, ':' 14, ' ' 15, '{' 16, "An Giang" 17–26, ':' 27, the value at 28
      const d = spoil(doc()) as { localities: string[]; benefit: Record<string, unknown> };
      const rows = Object.entries(d.benefit).map(([x, row]) => `    ${JSON.stringify(x)}: ${JSON.stringify(row)}`);
      const text = ['{', `  "localities": ${JSON.stringify(d.localities)},`, '  "benefit": {', rows.join(',\n'), '  }' + ('maxCycle' in d ? ',' : ''), ...('maxCycle' in d ? [`  "maxCycle": ${JSON.stringify(d.maxCycle)}`] : []), '}', ''].join('\n');
      const path = file('bad.json', text);
      const { code, stdout, stderr } = await run(path);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(`— ${path}, ${said}\n`);
      expect(stderr.startsWith(`doithoai: ${path}, dòng `)).toBe(true);
    });
  }

  it('refuses a missing file and malformed JSON, naming the file', async () => {
    const missing = scratch.path('missing.json');
    expect(await run(missing)).toMatchObject({ code: 2, stderr: `doithoai: ${missing}: no such file.\n` });
    const broken = file('broken.json', '{\n  "localities": ["A"\n}\n');
    const { code, stderr } = await run(broken);
    expect(code).toBe(2);
    expect(stderr).toContain(`${broken}, line 3: the JSON is malformed`);
  });
});

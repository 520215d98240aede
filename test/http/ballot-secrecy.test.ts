// Ballot secrecy (issue 11, finding 5): nothing published or stored says in which order ballots were
// cast or which invitation cast them; a receipt proves a ballot was counted, not how; a group too small
// to hide anyone is withheld everywhere. Expected values are worked out by hand from the ballots cast.
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, expect, it } from 'vitest';
import { registerVerify } from '../../src/cli/verify.command';
import { writeBatchScript } from '../../src/modules/consultations/ballot.sql';
import { adminHeaders } from '../helpers/app';
import { asUser, scratchFolder } from '../helpers/cli-in-process';
import { castBallot, clusterConferenceSpec, openConsultation } from '../helpers/consultation';
import { describeApp } from '../helpers/http';

const verify = asUser('verify', registerVerify);
const keys = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'];
const groupSpec = (overrides: Record<string, unknown> = {}) =>
  clusterConferenceSpec({
    clusters: [],
    groups: [
      { key: 'head', title: { vi: 'Trưởng thôn', en: 'Village head' } },
      { key: 'small', title: { vi: 'Tổ nhỏ', en: 'Small team' } },
      { key: 'five', title: { vi: 'Năm hộ', en: 'Five households' } },
      { key: 'many', title: { vi: 'Người dân', en: 'Residents' } },
    ],
    ...overrides,
  });

describeApp('ballot secrecy', {}, (t) => {
  const files = scratchFolder('doithoai-secrecy-');
  afterAll(async () => {
    files.remove();
  });
  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: adminHeaders });
  const post = (url: string, payload?: object) => t.app.inject({ method: 'POST', url, headers: adminHeaders, ...(payload ? { payload } : {}) });
  const rows = async (query: ReturnType<typeof sql>) => ((await t.database.db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;
  const csvLines = (body: string) => body.trim().split('\n');

  /** Invites `sizes[g]` voters to each group and casts one ballot each; returns the consultation id. */
  async function castByGroup(spec: object, sizes: Record<string, number>) {
    const id = (await post('/api/consultations', spec)).json().id as string;
    const tokens = await Promise.all(Object.entries(sizes).map(async ([group, count]) => (await post(`/api/consultations/${id}/invitations`, { count, group })).json().tokens as string[]));
    await post(`/api/consultations/${id}/open`);
    for (const [i, token] of tokens.flat().entries()) expect((await castBallot(t.app, id, { token, approve: ['r1', keys[1 + (i % 5)]] })).statusCode).toBe(201);
    return id;
  }

  it('exports 30 ballots sorted by content and their receipts sorted apart, neither in the order cast, the same after close', async () => {
    // 30 distinct approvals (15 pairs, 15 of the triples), cast from the last in content order to the first.
    const pairs = keys.flatMap((a, i) => keys.slice(i + 1).map((b) => [a, b]));
    const triples = keys.flatMap((a, i) => keys.slice(i + 1).flatMap((b, j) => keys.slice(i + j + 2).map((c) => [a, b, c]))).slice(0, 15);
    const ascending = [...pairs, ...triples].map((approve) => JSON.stringify({ approve })).sort();
    const cast = [...ascending].reverse();
    const { id, tokens } = await openConsultation(t.app, clusterConferenceSpec({ clusters: [] }), { count: 30 });
    const receipts: string[] = [];
    for (const [i, choice] of cast.entries()) receipts.push((await castBallot(t.app, id, { token: tokens[i], ...JSON.parse(choice) })).json().receipt);

    const body = (await get(`/api/consultations/${id}/ballots.csv`)).body;
    const lines = csvLines(body);
    expect(lines[0]).toBe('kind,group,cluster,choice,code');
    expect(lines[1]).toMatch(/^digest,,,,[0-9a-f]{64}$/);
    const ballots = lines.filter((l) => l.startsWith('ballot,')).map((l) => JSON.parse(l.slice('ballot,,,'.length).slice(1, -2).replaceAll('""', '"')));
    const listed = lines.filter((l) => l.startsWith('receipt,')).map((l) => l.slice('receipt,,,,'.length));
    expect(ballots.map((b) => JSON.stringify(b))).toEqual(ascending);
    expect(ballots.map((b) => JSON.stringify(b))).not.toEqual(cast);
    expect(listed).toEqual([...receipts].sort());
    expect(listed).not.toEqual(receipts);

    await post(`/api/consultations/${id}/close`);
    expect((await get(`/api/consultations/${id}/ballots.csv`)).body).toBe(body);
  });

  it('shows the voter no ballot number, and says in both languages what the receipt proves and what it does not', async () => {
    const { id, tokens } = await openConsultation(t.app, clusterConferenceSpec(), { count: 3, cluster: 'dong-bac' });
    const api = await castBallot(t.app, id, { token: tokens[0], approve: ['r1', 'r2'] });
    expect(Object.keys(api.json())).toEqual(['receipt']);
    const form = (token: string, lang: string) =>
      t.app.inject({ method: 'POST', url: `/vote/${token}?lang=${lang}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'approve=r1&approve=r3' });
    const vi = (await form(tokens[1], 'vi')).body;
    const en = (await form(tokens[2], 'en')).body;
    for (const page of [vi, en]) expect(page).toMatch(/data-receipt="">[0-9A-F]{4}(-[0-9A-F]{4}){4}</);
    expect(vi).not.toMatch(/Số thứ tự|phiếu số/i);
    expect(en).not.toMatch(/ballot number|seq/i);
    expect(vi).toContain('Mã biên nhận chứng minh: phiếu của bạn đã được lưu và được đếm trong kết quả.');
    expect(vi).toContain('Mã biên nhận không cho biết bạn đã chọn gì');
    expect(en).toContain('What the receipt proves: your ballot was stored and is counted in the results.');
    expect(en).toContain('What it does not prove: how you voted.');
  });

  it('keeps no column that ties a ballot to its invitation, its receipt, or when and in which order it was cast', async () => {
    const columns = await rows(sql`select table_name, column_name from information_schema.columns
      where table_schema = current_schema() and table_name in ('ballots', 'ballot_receipts', 'invitations') order by table_name, column_name`);
    const of = (table: string) => columns.filter((c) => c.table_name === table).map((c) => c.column_name);
    expect(of('ballots')).toEqual(['choice', 'cluster', 'consultation_id', 'group', 'id']);
    expect(of('ballot_receipts')).toEqual(['consultation_id', 'receipt']);
    // An invitation knows whether it was used, not when (created_at is when it was made, before any ballot).
    expect(of('invitations')).toEqual(['cluster', 'consultation_id', 'created_at', 'group', 'token_hash', 'used']);
    const hashes = (await rows(sql`select token_hash from invitations`)).map((r) => String(r.token_hash));
    const stored = JSON.stringify(await rows(sql`select * from ballots`));
    expect(hashes.length).toBeGreaterThan(0);
    expect(hashes.filter((h) => stored.includes(h))).toEqual([]);
  });

  it('refuses a used token, and the database refuses a second ballot for it even from a writer that skips the check', async () => {
    const { id, tokens } = await openConsultation(t.app, clusterConferenceSpec(), { count: 1 });
    expect((await castBallot(t.app, id, { token: tokens[0], approve: ['r1', 'r2'] })).statusCode).toBe(201);
    expect((await castBallot(t.app, id, { token: tokens[0], approve: ['r3', 'r4'] })).json().error.code).toBe('ballot.token_used');
    const [invitation] = await rows(sql`select token_hash, used from invitations where consultation_id = ${id}`);
    expect(invitation.used).toBe(true);
    const row = { tokenHash: String(invitation.token_hash), choice: { approve: ['r5', 'r6'] }, group: null, cluster: null, receipt: 'e'.repeat(64) };
    await expect(t.database.twoStep('select 1', () => writeBatchScript(id, [row], { status: 'open', count: 2 }, null))).rejects.toThrow(/ballot\.token_used/);
    expect(await rows(sql`select count(*)::int as n from ballots where consultation_id = ${id}`)).toEqual([{ n: 1 }]);
    expect(await rows(sql`select count(*)::int as n from ballot_receipts where consultation_id = ${id}`)).toEqual([{ n: 1 }]);
  });

  it('verifies the published list, finds a receipt in it, and fails on a tampered copy', async () => {
    const { id, tokens } = await openConsultation(t.app, clusterConferenceSpec(), { count: 6, cluster: 'dong-bac' });
    const receipts = [];
    for (const [i, token] of tokens.entries()) receipts.push((await castBallot(t.app, id, { token, approve: ['r1', keys[1 + (i % 5)]] })).json().receipt);
    const body = (await get(`/api/consultations/${id}/ballots.csv`)).body;
    const good = files.file(`ballots-${id}.csv`, body);
    const short = receipts[3].slice(0, 20).toUpperCase().match(/.{4}/g)!.join('-');
    const ok = await verify(good, '--receipt', short, '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ballots: 6, receipts: 6, list: 'intact', receipt: { found: true } });
    const altered = body.replace('"{""approve"":[""r1"",""r6""]}"', '"{""approve"":[""r1"",""r5""]}"');
    expect(altered).not.toBe(body);
    const tampered = files.file(`tampered-ballots-${id}.csv`, altered);
    const broken = await verify(tampered, '--consultation', id);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('does not hold');
  });

  it('withholds a group of 1 and a group of 4 and shows a group of 5, on /r, in the API and in every export', async () => {
    const id = await castByGroup(groupSpec(), { head: 1, small: 4, five: 5, many: 6 });
    await post(`/api/consultations/${id}/close`);
    await post(`/api/consultations/${id}/publish`);
    const api = (await t.app.inject({ method: 'GET', url: `/api/consultations/${id}/results?by=group` })).json();
    expect(api.byGroup.head).toEqual({ withheld: true, fewerThan: 5 });
    expect(api.byGroup.small).toEqual({ withheld: true, fewerThan: 5 });
    expect(api.byGroup.five.voters).toBe(5);
    expect(api.byGroup.many.voters).toBe(6);
    expect(api.voters).toBe(16);

    const vi = (await t.app.inject({ method: 'GET', url: `/r/${id}` })).body;
    expect(vi).toContain('Trưởng thôn — ít hơn 5 phiếu');
    expect(vi).toContain('Tổ nhỏ — ít hơn 5 phiếu');
    expect(vi).toContain('Năm hộ — 5 phiếu');
    expect(vi).not.toContain('Trưởng thôn — 1 phiếu');
    const en = (await t.app.inject({ method: 'GET', url: `/r/${id}?lang=en` })).body;
    expect(en).toContain('Village head — fewer than 5 ballots');
    const digest = (await t.app.inject({ method: 'GET', url: `/api/consultations/${id}/ballots.csv` })).headers['x-ballots-digest'];
    expect(vi).toContain(`data-digest="">${digest}<`);

    // The ballots file names the group only where it is shown: 5 + 6 named, the 1 + 4 withheld left blank.
    const csv = (await t.app.inject({ method: 'GET', url: `/api/consultations/${id}/ballots.csv` })).body;
    const groups = csvLines(csv).filter((l) => l.startsWith('ballot,')).map((l) => l.split(',')[1]);
    expect(groups.filter((g) => g === '')).toHaveLength(5);
    expect(groups.filter((g) => g === 'five')).toHaveLength(5);
    expect(groups.filter((g) => g === 'many')).toHaveLength(6);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await get(`/api/consultations/${id}/results.xlsx`)).rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Theo nhóm')!;
    const counts = (sheet.getRow(sheet.rowCount).values as unknown[]).slice(4);
    expect(counts.filter((v) => v !== undefined && v !== null)).toEqual(['ít hơn 5 phiếu', 'ít hơn 5 phiếu', 5, 6]);
    const docx = strFromU8(unzipSync(new Uint8Array((await get(`/api/consultations/${id}/results.docx`)).rawPayload))['word/document.xml']);
    expect(docx).toContain('Trưởng thôn (ít hơn 5 phiếu)');
    expect(docx).toContain('Năm hộ (5 phiếu)');
    const zip = unzipSync(new Uint8Array((await get(`/api/consultations/${id}/open-data.zip`)).rawPayload));
    const results = JSON.parse(strFromU8(zip['results.json']));
    expect(results.byGroup.head).toEqual({ withheld: true, fewerThan: 5 });
    expect(results.byGroup.five.voters).toBe(5);
    expect(strFromU8(zip['ballots.csv'])).toBe(csv);
  });

  it('honours minGroupSize per consultation, withholding the next smallest group when the rest would give a small one away', async () => {
    const sizes = { small: 4, five: 5, many: 6 };
    // Minimum 5: the team of 4 is withheld, and so is the group of 5 — else 15 − 5 − 6 would show the 4.
    const strict = await castByGroup(groupSpec(), sizes);
    const byGroup = (await get(`/api/consultations/${strict}/results?by=group`)).json().byGroup;
    expect(byGroup.small).toEqual({ withheld: true, fewerThan: 5 });
    expect(byGroup.five).toEqual({ withheld: true, fewerThan: 5, reveals: true });
    expect(byGroup.many.voters).toBe(6);
    // The public page does not claim the group of 5 has fewer than 5 ballots: it says why it is hidden.
    await post(`/api/consultations/${strict}/close`);
    await post(`/api/consultations/${strict}/publish`);
    const page = (await t.app.inject({ method: 'GET', url: `/r/${strict}` })).body;
    expect(page).toMatch(/Năm hộ — ẩn để không suy ra được nhóm dưới 5 phiếu/);
    expect(page).not.toMatch(/Năm hộ — ít hơn/);
    const relaxed = await castByGroup(groupSpec({ minGroupSize: 4 }), sizes);
    const shown = (await get(`/api/consultations/${relaxed}/results?by=group`)).json().byGroup;
    expect([shown.small.voters, shown.five.voters, shown.many.voters]).toEqual([4, 5, 6]);
    expect(shown.head).toEqual({ withheld: true, fewerThan: 4 });
    expect((await get(`/api/consultations/${relaxed}`)).json().minGroupSize).toBe(4);
    for (const bad of [1, 2.5, 1001, 'năm']) {
      const res = await post('/api/consultations', groupSpec({ minGroupSize: bad }));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toContain('minGroupSize');
    }
  });
});

// Participants of a pairwise consultation propose new options; a facilitator approves or rejects
// them. Pending and rejected proposals are never served; an approved one is served in pairs
// (least compared first), counted in the results and carried by every export.
import { and, eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, expect, it } from 'vitest';
import { auditLog } from '../../src/modules/audit/audit.table';
import { consultationProposals } from '../../src/modules/consultations/proposal.table';
import { adminHeaders, makeUser, signIn, spaceBody, type Session } from '../helpers/app';
import { clusterConferenceSpec, openConsultation } from '../helpers/consultation';
import { describeApp } from '../helpers/http';

const form = (fields: [string, string][]) => ({
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  payload: new URLSearchParams(fields).toString(),
});
const served = (body: string) => [...body.matchAll(/name="pair\.(\d+)" value="([^"|]+)\|([^"]+)"/g)].map((m) => [m[2], m[3]] as [string, string]);
const unordered = ([a, b]: [string, string]) => [a, b].sort().join('+');
const titles = ['Nâng cấp trạm y tế xã', 'Làm đường giao thông nông thôn', 'Xây trường mẫu giáo'];
const pairwiseSpec = (spaceId: string, ballot: object = { type: 'pairwise' }) =>
  clusterConferenceSpec({ spaceId, ballot, options: titles.map((vi, i) => ({ key: `r${i + 1}`, title: { vi, en: `Recommendation ${i + 1}` } })) });

describeApp('proposed options', {}, (t) => {
  let facilitator: Session;
  let observer: Session;
  let official: Session;
  let outsider: Session;
  let spaceId = '';
  let id = '';
  let tokens: string[] = [];
  beforeAll(async () => {
    spaceId = (await t.app.inject({ method: 'POST', url: '/api/spaces', headers: adminHeaders, payload: spaceBody('de-xuat') })).json().id;
    const otherSpace = (await t.app.inject({ method: 'POST', url: '/api/spaces', headers: adminHeaders, payload: spaceBody('noi-khac') })).json().id;
    await makeUser(t.database, 'daumoi@example.vn', { [spaceId]: 'facilitator' });
    await makeUser(t.database, 'quansat@example.vn', { [spaceId]: 'observer' });
    await makeUser(t.database, 'canbo@example.vn', { [spaceId]: 'official' });
    await makeUser(t.database, 'noikhac@example.vn', { [otherSpace]: 'facilitator' });
    [facilitator, observer, official, outsider] = await Promise.all(['daumoi', 'quansat', 'canbo', 'noikhac'].map((n) => signIn(t.app, `${n}@example.vn`)));
    ({ id, tokens } = await openConsultation(t.app, pairwiseSpec(spaceId), { count: 8 }));
  });

  const propose = (token: string, text: string, consultation = id) =>
    t.app.inject({ method: 'POST', url: `/api/consultations/${consultation}/proposals`, payload: { token, text } });
  const staff = (session: Session | null, method: 'GET' | 'POST', path: string, payload?: object) =>
    t.app.inject({ method, url: `/api/consultations/${id}/proposals${path}`, headers: session?.headers ?? {}, payload });
  const stored = () => t.database.db.select().from(consultationProposals).where(eq(consultationProposals.consultationId, id));
  const pairsOn = async (token: string) => served((await t.app.inject({ method: 'GET', url: `/vote/${token}` })).body);
  const castPairs = (token: string, pairs: [string, string][]) =>
    t.app.inject({ method: 'POST', url: `/vote/${token}`, ...form(pairs.flatMap(([winner, loser], i) => [[`pair.${i}`, `${winner}|${loser}`], [`pick.${i}`, winner]] as [string, string][])) });
  const expectRefused = (res: { statusCode: number; json: () => { error: { code: string; vi: string; en: string } } }, status: number, code: string) => {
    expect(res.statusCode).toBe(status);
    expect(res.json().error).toMatchObject({ code, vi: expect.stringMatching(/\S/), en: expect.stringMatching(/\S/) });
  };

  it('holds a proposal for moderation, serves it once approved (least compared first) and counts it everywhere', async () => {
    // A ballot before any proposal: the ballot box has now read the consultation's options.
    expect((await castPairs(tokens[7], [['r1', 'r2'], ['r2', 'r3']])).statusCode).toBe(201);

    const sent = await t.app.inject({ method: 'POST', url: `/vote/${tokens[0]}/proposals`, ...form([['text', '  Lắp đèn chiếu sáng\n  đường thôn ']]) });
    expect(sent.statusCode).toBe(201);
    expect(sent.body).toContain('Đã nhận đề xuất của bạn');
    expect(sent.body).toContain('Lắp đèn chiếu sáng đường thôn');
    expect(sent.body).toContain('chờ ban tổ chức duyệt');
    const listed = (await staff(facilitator, 'GET', '')).json().proposals;
    expect(listed).toEqual([expect.objectContaining({ status: 'pending', text: 'Lắp đèn chiếu sáng đường thôn', optionKey: null })]);
    expect(JSON.stringify(listed)).not.toContain((await stored())[0].proposerHash);

    // Pending: not served, not an option, not in the results.
    for (const pair of await pairsOn(tokens[1])) for (const key of pair) expect(['r1', 'r2', 'r3']).toContain(key);
    expect((await t.app.inject({ method: 'GET', url: `/vote/${tokens[1]}` })).body).not.toContain('Lắp đèn chiếu sáng đường thôn</span>');
    const before = (await t.app.inject({ method: 'GET', url: `/api/consultations/${id}/results?method=copeland`, headers: adminHeaders })).json();
    expect(Object.keys(before.scores).sort()).toEqual(['r1', 'r2', 'r3']);

    const approved = await staff(facilitator, 'POST', `/${listed[0].id}/approve`, { title: { vi: 'Lắp đèn chiếu sáng đường thôn', en: 'Street lights in the hamlets' } });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', optionKey: 'de-xuat-1', title: { vi: 'Lắp đèn chiếu sáng đường thôn', en: 'Street lights in the hamlets' }, decidedBy: 'daumoi@example.vn' });

    // Never compared yet, so Bradley–Terry has no estimate: the default results count with Copeland and say why.
    const early = await t.app.inject({ method: 'GET', url: `/api/consultations/${id}/results`, headers: adminHeaders });
    expect(early.statusCode).toBe(200);
    expect(early.json()).toMatchObject({ method: 'copeland', unavailable: { method: 'bradley-terry', reason: expect.stringContaining('Bradley–Terry') } });

    // Never compared, so its three pairs come before the pairs already answered.
    const next = (await pairsOn(tokens[1])).map(unordered);
    for (const other of ['r1', 'r2', 'r3']) expect(next).toContain(unordered(['de-xuat-1', other]));
    const english = await t.app.inject({ method: 'GET', url: `/vote/${tokens[1]}?lang=en` });
    expect(english.body).toContain('Street lights in the hamlets');

    // The same process took a ballot before the approval; the new option must be accepted now.
    expect((await castPairs(tokens[1], [['r3', 'de-xuat-1'], ['de-xuat-1', 'r1']])).statusCode).toBe(201);
    const bt = (await t.app.inject({ method: 'GET', url: `/api/consultations/${id}/results`, headers: adminHeaders })).json();
    expect(bt.method).toBe('bradley-terry');
    expect(Object.keys(bt.scores).sort()).toEqual(['de-xuat-1', 'r1', 'r2', 'r3']);
    expect(bt).toMatchObject({ voters: 2, comparisons: 4 });
    expect((await t.app.inject({ method: 'GET', url: `/api/consultations/${id}`, headers: adminHeaders })).json().options.at(-1)).toEqual({ key: 'de-xuat-1', title: { vi: 'Lắp đèn chiếu sáng đường thôn', en: 'Street lights in the hamlets' } });
    const csv = (await t.app.inject({ method: 'GET', url: `/api/consultations/${id}/ballots.csv`, headers: adminHeaders })).body;
    expect(csv).toContain('de-xuat-1');
    const zip = unzipSync(new Uint8Array((await t.app.inject({ method: 'GET', url: `/api/consultations/${id}/open-data.zip`, headers: adminHeaders })).rawPayload));
    const spec = JSON.parse(strFromU8(zip['consultation.json']));
    expect(spec.options.map((o: { key: string }) => o.key)).toEqual(['r1', 'r2', 'r3', 'de-xuat-1']);

    const audit = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'consultation.proposal.approve')));
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toMatchObject({ proposal: listed[0].id, option: { key: 'de-xuat-1' } });
  });

  it('never serves a rejected proposal, and a decision is taken once', async () => {
    const res = await propose(tokens[2], 'Xây nhà văn hoá thôn');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ id: expect.any(String), status: 'pending', text: 'Xây nhà văn hoá thôn' });
    const rejected = await staff(facilitator, 'POST', `/${res.json().id}/reject`);
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json()).toMatchObject({ status: 'rejected', optionKey: null });
    expectRefused(await staff(facilitator, 'POST', `/${res.json().id}/approve`), 409, 'proposal.already_decided');
    expectRefused(await staff(facilitator, 'POST', `/${res.json().id}/reject`), 409, 'proposal.already_decided');
    const options = (await t.app.inject({ method: 'GET', url: `/api/consultations/${id}`, headers: adminHeaders })).json().options.map((o: { key: string }) => o.key);
    expect(options).toEqual(['r1', 'r2', 'r3', 'de-xuat-1']);
    for (let i = 0; i < 3; i++) expect((await t.app.inject({ method: 'GET', url: `/vote/${tokens[3]}` })).body).not.toContain('Xây nhà văn hoá thôn');
    const audit = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'consultation.proposal.reject')));
    expect(audit).toHaveLength(1);
  });

  it('refuses bad proposals with a Vietnamese and English reason and stores nothing', async () => {
    const count = (await stored()).length;
    expectRefused(await propose(tokens[3], '  ab  '), 400, 'proposal.too_short');
    expectRefused(await propose(tokens[3], '?!.'), 400, 'proposal.too_short');
    expectRefused(await propose(tokens[3], 'đ'.repeat(201)), 400, 'proposal.too_long');
    expectRefused(await propose(tokens[3], 'nang cap TRAM Y TE xa!'), 409, 'proposal.duplicate_option');
    expectRefused(await propose(tokens[3], 'street lights in the HAMLETS'), 409, 'proposal.duplicate_option');
    expectRefused(await propose('khong-phai-ma-moi-that', 'Trồng cây xanh ven đường'), 403, 'ballot.token_invalid');
    expectRefused(await propose(tokens[3], ''), 400, 'proposal.too_short');
    expect((await stored()).length).toBe(count);

    expect((await propose(tokens[4], 'Trồng cây xanh ven đường')).statusCode).toBe(201);
    expectRefused(await propose(tokens[3], 'trong cay xanh, ven duong'), 409, 'proposal.duplicate_pending');
    for (const text of ['Mở lớp dạy nghề', 'Sửa chợ xã']) expect((await propose(tokens[4], text)).statusCode).toBe(201);
    expectRefused(await propose(tokens[4], 'Nạo vét kênh mương'), 409, 'proposal.limit_reached');
    expect((await stored()).length).toBe(count + 3);
  });

  it('takes proposals only in open pairwise consultations, with tokens of that consultation', async () => {
    const approval = await openConsultation(t.app, pairwiseSpec(spaceId, { type: 'approval', min: 1, max: 2 }), { count: 1 });
    expectRefused(await propose(approval.tokens[0], 'Trồng cây xanh', approval.id), 409, 'proposal.not_pairwise');
    expect((await t.app.inject({ method: 'GET', url: `/vote/${approval.tokens[0]}` })).body).not.toContain('proposal-text');
    const closed = await openConsultation(t.app, pairwiseSpec(spaceId), { count: 1 });
    await t.app.inject({ method: 'POST', url: `/api/consultations/${closed.id}/close`, headers: adminHeaders });
    expectRefused(await propose(closed.tokens[0], 'Trồng cây xanh', closed.id), 409, 'proposal.not_open');
    expect((await t.app.inject({ method: 'POST', url: `/vote/${closed.tokens[0]}/proposals`, ...form([['text', 'Trồng cây xanh']]) })).statusCode).toBe(409);
    // A real token, but of another consultation.
    expectRefused(await propose(closed.tokens[0], 'Trồng cây xanh'), 403, 'ballot.token_invalid');
    const elsewhere = await t.database.db.select().from(consultationProposals).where(eq(consultationProposals.consultationId, closed.id));
    expect(elsewhere).toHaveLength(0);
    expect((await t.database.db.select().from(consultationProposals).where(eq(consultationProposals.consultationId, approval.id))).length).toBe(0);
  });

  it('lets only those who run the consultation moderate', async () => {
    const res = await propose(tokens[5], 'Xây cầu qua kênh');
    const path = `/${res.json().id}/approve`;
    expect((await staff(null, 'GET', '')).statusCode).toBe(401);
    expect((await staff(null, 'POST', path)).statusCode).toBe(401);
    for (const session of [observer, official, outsider]) {
      expectRefused(await staff(session, 'GET', ''), 403, 'auth.forbidden');
      expectRefused(await staff(session, 'POST', path), 403, 'auth.forbidden');
      expectRefused(await staff(session, 'POST', `/${res.json().id}/reject`), 403, 'auth.forbidden');
    }
    expect((await stored()).find((p) => p.id === res.json().id)?.status).toBe('pending');
    expectRefused(await staff(facilitator, 'POST', '/00000000-0000-4000-8000-000000000000/approve'), 404, 'proposal.not_found');
    // An edited title may not repeat an option either.
    expectRefused(await staff(facilitator, 'POST', path, { title: { vi: 'Xây trường mẫu giáo', en: '' } }), 409, 'proposal.duplicate_option');
    expect((await staff(facilitator, 'POST', path, { title: { vi: 'Xây cầu qua kênh', en: '' } })).json()).toMatchObject({ optionKey: 'de-xuat-2', title: { vi: 'Xây cầu qua kênh', en: 'Xây cầu qua kênh' } });
  });

  it('shows the proposal form on the pairwise ballot page, small and labelled, and answers a bad one with the form again', async () => {
    const page = await t.app.inject({ method: 'GET', url: `/vote/${tokens[6]}` });
    expect(page.body).toContain('<label for="proposal-text">');
    expect(page.body).toContain('id="proposal-text"');
    expect(page.body).toContain('Đề xuất phương án mới');
    expect(page.body).not.toContain('<script');
    expect(Buffer.byteLength(page.body)).toBeLessThan(30_000);
    expect((await t.app.inject({ method: 'GET', url: `/vote/${tokens[6]}?lang=en` })).body).toContain('Propose a new option');
    const count = (await stored()).length;
    const bad = await t.app.inject({ method: 'POST', url: `/vote/${tokens[6]}/proposals`, ...form([['text', 'ab']]) });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Chưa gửi được đề xuất:');
    expect(bad.body).toContain('cần ít nhất 3 ký tự');
    expect(bad.body).toMatch(/<textarea[^>]*>ab<\/textarea>/);
    expect(served(bad.body).length).toBeGreaterThan(0);
    expect((await t.app.inject({ method: 'POST', url: '/vote/khong-co-ma-nay/proposals', ...form([['text', 'Trồng cây xanh']]) })).statusCode).toBe(404);
    expect((await stored()).length).toBe(count);
  });

  it('closes moderation once the results are published, and they show the approved option', async () => {
    const res = await propose(tokens[6], 'Lát gạch sân trường');
    // Bradley–Terry needs every option linked by wins both ways: the second approved option gets its comparisons.
    expect((await castPairs(tokens[6], [['r1', 'de-xuat-2'], ['de-xuat-2', 'r3']])).statusCode).toBe(201);
    await t.app.inject({ method: 'POST', url: `/api/consultations/${id}/close`, headers: adminHeaders });
    await t.app.inject({ method: 'POST', url: `/api/consultations/${id}/publish`, headers: adminHeaders });
    expectRefused(await staff(facilitator, 'POST', `/${res.json().id}/approve`), 409, 'proposal.moderation_closed');
    const published = await t.app.inject({ method: 'GET', url: `/r/${id}` });
    expect(published.statusCode).toBe(200);
    expect(published.body).toContain('Lắp đèn chiếu sáng đường thôn');
    expect(published.body).not.toContain('Xây nhà văn hoá thôn');
  });
});

// The ballot page a delegate opens from a QR code on a cheap phone: plain HTML, no JavaScript,
// small, Vietnamese first; the form works without any script and ends with a receipt.
import { expect, it } from 'vitest';
import { adminHeaders } from '../helpers/app';
import { clusterConferenceSpec, openConsultation } from '../helpers/consultation';
import { describeApp } from '../helpers/http';

const form = (fields: [string, string][]) => ({
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  payload: new URLSearchParams(fields).toString(),
});

describeApp('ballot page /vote/{token}', {}, (t) => {
  it('serves a Vietnamese form without scripts, under 30 KB, and switches to English', async () => {
    const { tokens } = await openConsultation(t.app, clusterConferenceSpec(), { count: 1 });
    const res = await t.app.inject({ method: 'GET', url: `/vote/${tokens[0]}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(Buffer.byteLength(res.body)).toBeLessThan(30_000);
    expect(res.body).toContain('<html lang="vi">');
    expect(res.body).not.toContain('<script');
    expect(res.body).toContain('Chọn từ 2 đến 3 phương án.');
    expect(res.body.match(/type="checkbox" name="approve"/g)).toHaveLength(6);
    const en = await t.app.inject({ method: 'GET', url: `/vote/${tokens[0]}?lang=en` });
    expect(en.body).toContain('Choose 2 to 3 options.');
  });

  it('takes the posted form, answers with a receipt, and refuses the same invitation again', async () => {
    const { id, tokens } = await openConsultation(t.app, clusterConferenceSpec(), { count: 1 });
    const sent = await t.app.inject({ method: 'POST', url: `/vote/${tokens[0]}`, ...form([['approve', 'r2'], ['approve', 'r5']]) });
    expect(sent.statusCode).toBe(201);
    expect(sent.body).toContain('Đã ghi nhận phiếu của bạn');
    expect(sent.body).toMatch(/data-receipt="">[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}</);
    const results = (await t.app.inject({ method: 'GET', url: `/api/consultations/${id}/results`, headers: adminHeaders })).json();
    expect(results.scores).toMatchObject({ r2: 1, r5: 1, r1: 0 });
    const twice = await t.app.inject({ method: 'POST', url: `/vote/${tokens[0]}`, ...form([['approve', 'r1'], ['approve', 'r3']]) });
    expect(twice.statusCode).toBe(409);
    expect(twice.body).toContain('Mã mời này đã được dùng');
  });

  it('sends the form back with the error and the choices kept when too many are ticked', async () => {
    const { tokens } = await openConsultation(t.app, clusterConferenceSpec(), { count: 1 });
    const res = await t.app.inject({ method: 'POST', url: `/vote/${tokens[0]}`, ...form(['r1', 'r2', 'r3', 'r4'].map((k) => ['approve', k])) });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Chỉ được chọn tối đa 3 phương án (đã chọn 4).');
    expect(res.body.match(/ checked/g)).toHaveLength(4);
  });

  it('reads a ranking form: equal numbers tie, blanks are unranked', async () => {
    const spec = clusterConferenceSpec({ ballot: { type: 'ranking' } });
    const { id, tokens } = await openConsultation(t.app, spec, { count: 1 });
    const res = await t.app.inject({ method: 'POST', url: `/vote/${tokens[0]}`, ...form([['rank.r3', '1'], ['rank.r1', '2'], ['rank.r2', '2'], ['rank.r4', '']]) });
    expect(res.statusCode).toBe(201);
    const csv = (await t.app.inject({ method: 'GET', url: `/api/consultations/${id}/ballots.csv`, headers: adminHeaders })).body;
    expect(csv).toContain('""ranking"":[[""r3""],[""r1"",""r2""]]');
  });

  it('says plainly when an invitation is unknown', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/vote/khong-co-ma-nay' });
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('Mã mời không hợp lệ');
  });
});

describeApp('pairwise ballot page', {}, (t) => {
  const served = (body: string) => [...body.matchAll(/name="pair\.(\d+)" value="([^"|]+)\|([^"]+)"/g)].map((m) => [m[2], m[3]] as [string, string]);
  const unordered = ([a, b]: [string, string]) => [a, b].sort().join('+');

  it('serves five pairs, takes the answers and skips as one ballot, and serves the next participant other pairs', async () => {
    const spec = clusterConferenceSpec({ ballot: { type: 'pairwise' }, options: ['r1', 'r2', 'r3', 'r4'].map((key, i) => ({ key, title: { vi: `Khuyến nghị ${i + 1}`, en: `Recommendation ${i + 1}` } })) });
    const { id, tokens } = await openConsultation(t.app, spec, { count: 2 });
    const page = await t.app.inject({ method: 'GET', url: `/vote/${tokens[0]}` });
    expect(page.body).toContain('Với mỗi cặp, chọn phương án bạn thấy cần ưu tiên hơn');
    const pairs = served(page.body);
    expect(pairs).toHaveLength(5);
    expect(new Set(pairs.map(unordered)).size).toBe(5);
    const fields: [string, string][] = pairs.flatMap(([a, b], i) => [[`pair.${i}`, `${a}|${b}`], [`pick.${i}`, i < 4 ? b : '']] as [string, string][]);
    const sent = await t.app.inject({ method: 'POST', url: `/vote/${tokens[0]}`, ...form(fields) });
    expect(sent.statusCode).toBe(201);
    const csv = (await t.app.inject({ method: 'GET', url: `/api/consultations/${id}/ballots.csv`, headers: adminHeaders })).body;
    const stored = JSON.parse(csv.split('\n')[2].match(/"(\{.*\})"/)![1].replaceAll('""', '"'));
    expect(stored.pairs).toEqual(pairs.slice(0, 4).map(([a, b]) => [b, a]));
    expect(stored.skipped).toEqual([pairs[4]]);
    // Six pairs exist among four options; the one never shown must come first for the next participant.
    const all = ['r1+r2', 'r1+r3', 'r1+r4', 'r2+r3', 'r2+r4', 'r3+r4'];
    const missing = all.filter((p) => !pairs.map(unordered).includes(p));
    const next = served((await t.app.inject({ method: 'GET', url: `/vote/${tokens[1]}` })).body).map(unordered);
    expect(next).toContain(missing[0]);
    const results = (await t.app.inject({ method: 'GET', url: `/api/consultations/${id}/results?method=copeland`, headers: adminHeaders })).json();
    expect(results).toMatchObject({ voters: 1, comparisons: 4 });
  });
});

// One computation per change: the results API, /r and the exports read a consultation's results through
// one cache. `app.resultsCache.computations` counts the counts actually made, so a second identical
// request that does not raise it was answered without recounting; the answers themselves say the cache
// never hides a ballot or an approved option. A published consultation's answers carry an ETag and
// Cache-Control public, and a matching If-None-Match is a 304 without a body; others are private, no-store.
import { expect, it } from 'vitest';
import { adminHeaders } from '../helpers/app';
import { castBallot, clusterConferenceSpec, openConsultation } from '../helpers/consultation';
import { describeApp } from '../helpers/http';

describeApp('results cache and published results headers', {}, (t) => {
  const results = (id: string, headers: Record<string, string> = adminHeaders) => t.app.inject({ method: 'GET', url: `/api/consultations/${id}/results`, headers });
  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
  const computations = () => t.app.resultsCache.computations;
  const step = (id: string, name: string) => t.app.inject({ method: 'POST', url: `/api/consultations/${id}/${name}`, headers: adminHeaders });

  it('counts once for identical requests, and again at once when a ballot arrives', async () => {
    const { id, tokens } = await openConsultation(t.app, clusterConferenceSpec({ clusters: [] }), { count: 2 });
    expect((await castBallot(t.app, id, { token: tokens[0], approve: ['r1', 'r2'] })).statusCode).toBe(201);
    const first = await results(id);
    const counted = computations();
    const second = await results(id);
    expect(computations()).toBe(counted);
    expect(second.body).toBe(first.body);
    expect(second.json()).toMatchObject({ voters: 1, scores: { r1: 1, r2: 1, r3: 0 } });

    expect((await castBallot(t.app, id, { token: tokens[1], approve: ['r2', 'r3'] })).statusCode).toBe(201);
    const after = await results(id);
    expect(after.json()).toMatchObject({ voters: 2, scores: { r1: 1, r2: 2, r3: 1 }, winners: ['r2'] });
    expect(computations()).toBe(counted + 1);
  });

  it('counts an approved proposal at once, before any new ballot', async () => {
    const spec = clusterConferenceSpec({ clusters: [], ballot: { type: 'pairwise' }, options: ['Trạm y tế', 'Đường thôn', 'Trường mẫu giáo'].map((vi, i) => ({ key: `r${i + 1}`, title: { vi, en: `Option ${i + 1}` } })) });
    const { id, tokens } = await openConsultation(t.app, spec, { count: 2 });
    expect((await castBallot(t.app, id, { token: tokens[0], pairs: [['r1', 'r2']] })).statusCode).toBe(201);
    expect((await results(id)).json().candidates).toEqual(['r1', 'r2', 'r3']);
    const proposed = await t.app.inject({ method: 'POST', url: `/api/consultations/${id}/proposals`, payload: { token: tokens[1], text: 'Đèn chiếu sáng đường làng' } });
    expect(proposed.statusCode).toBe(201);
    const listed = (await t.app.inject({ method: 'GET', url: `/api/consultations/${id}/proposals`, headers: adminHeaders })).json().proposals;
    const approved = await t.app.inject({ method: 'POST', url: `/api/consultations/${id}/proposals/${listed[0].id}/approve`, headers: adminHeaders, payload: {} });
    expect(approved.statusCode).toBe(200);
    expect((await results(id)).json().candidates).toEqual(['r1', 'r2', 'r3', approved.json().optionKey]);
  });

  it('serves a published consultation with an ETag, Cache-Control public and 304s, counted at publication', async () => {
    const { id, tokens } = await openConsultation(t.app, clusterConferenceSpec({ clusters: [] }), { count: 3 });
    for (const approve of [['r1', 'r2'], ['r1', 'r3'], ['r1', 'r2']]) await castBallot(t.app, id, { token: tokens.pop(), approve });
    expect((await step(id, 'close')).statusCode).toBe(200);
    expect((await step(id, 'publish')).statusCode).toBe(200);
    const counted = computations();

    for (const url of [`/api/consultations/${id}/results`, `/r/${id}`, `/r/${id}?lang=en`]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control']).toBe('public, max-age=300');
      const etag = String(res.headers.etag);
      expect(etag).toMatch(/^"[\w-]+"$/);
      const again = await get(url, { 'if-none-match': etag });
      expect(again.statusCode, url).toBe(304);
      expect(again.body).toBe('');
      expect((await get(url, { 'if-none-match': '"something-else"' })).body).toBe(res.body);
    }
    // The page, its English version and the default count were made when the consultation was published.
    expect(computations()).toBe(counted);
    const api = await get(`/api/consultations/${id}/results`);
    expect(api.json()).toMatchObject({ voters: 3, scores: { r1: 3, r2: 2, r3: 1 }, winners: ['r1'] });
    const [vi, en] = [await get(`/r/${id}`), await get(`/r/${id}?lang=en`)];
    expect(vi.headers.etag).not.toBe(en.headers.etag);
    expect(vi.body).toContain('<strong>3</strong> phiếu');

    const file = await get(`/api/consultations/${id}/results.xlsx`);
    expect(file.headers['cache-control']).toBe('public, max-age=300');
    expect(String(file.headers.etag)).toMatch(/^W\/"/);
    expect((await get(`/api/consultations/${id}/results.xlsx`, { 'if-none-match': String(file.headers.etag) })).statusCode).toBe(304);
  });

  it('keeps unpublished results out of every cache: private, no-store and no ETag', async () => {
    const { id, tokens } = await openConsultation(t.app, clusterConferenceSpec({ clusters: [] }), { count: 1 });
    await castBallot(t.app, id, { token: tokens[0], approve: ['r1', 'r2'] });
    const api = await results(id);
    expect(api.statusCode).toBe(200);
    expect(api.headers['cache-control']).toBe('private, no-store');
    expect(api.headers.etag).toBeUndefined();
    const page = await get(`/r/${id}`);
    expect(page.statusCode).toBe(404);
    expect(page.headers['cache-control']).toBe('private, no-store');
    const file = await get(`/api/consultations/${id}/results.xlsx`, adminHeaders);
    expect(file.statusCode).toBe(200);
    expect(file.headers['cache-control']).toBe('no-store');
    expect(file.headers.etag).toBeUndefined();
  });
});

// Published results as a public page a citizen opens on any phone: no login, no JavaScript, every
// figure with its method and the files to check it against.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection';
import { loadDemo } from '../../src/modules/demo/demo.seed';
import type { App } from '../../src/modules/module';
import { adminHeaders, testApp } from '../helpers/app';
import { castBallot, clusterConferenceSpec, openConsultation } from '../helpers/consultation';
import { openTestDatabase } from '../helpers/database';

describe('public results page /r/{id}', () => {
  let database: Database;
  let app: App;
  beforeAll(async () => {
    database = await openTestDatabase();
    await loadDemo(database.db, new Date());
    app = await testApp(database);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('shows a published consultation to anyone, with the method in words and the open data', async () => {
    const spaces = (await app.inject({ method: 'GET', url: '/api/spaces', headers: adminHeaders })).json().spaces;
    const acvn = spaces.find((s: { slug: string }) => s.slug === 'acvn-hoi-nghi-cum-2017');
    const [c] = (await app.inject({ method: 'GET', url: `/api/spaces/${acvn.id}/consultations`, headers: adminHeaders })).json().consultations;
    const res = await app.inject({ method: 'GET', url: `/r/${c.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('<script');
    expect(res.body).toContain('<strong>136</strong> phiếu');
    expect(res.body).toContain('Bỏ phiếu tán thành');
    expect(res.body).toContain('Cụm đô thị Tây Nam Bộ — 52 phiếu');
    expect(res.body).toContain(`/api/consultations/${c.id}/open-data.zip`);
    expect(res.body).toContain('Dữ liệu minh họa');
    const en = await app.inject({ method: 'GET', url: `/r/${c.id}?lang=en` });
    expect(en.body).toContain('Approval voting');
  });

  it('answers an unpublished consultation the same way as an unknown one', async () => {
    const { id, tokens } = await openConsultation(app, clusterConferenceSpec(), { count: 1 });
    await castBallot(app, id, { token: tokens[0], approve: ['r1', 'r2'] });
    const hidden = await app.inject({ method: 'GET', url: `/r/${id}` });
    const unknown = await app.inject({ method: 'GET', url: '/r/00000000-0000-4000-8000-000000000000' });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).toBe(unknown.body);
    expect(hidden.body).toContain('Kết quả chưa được công bố');
  });
});

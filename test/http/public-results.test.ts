// Published results as a public page a citizen opens on any phone: no login, no JavaScript, every
// figure with its method and the files to check it against.
import { beforeAll, expect, it } from 'vitest';
import { loadDemo } from '../../src/modules/demo/demo.seed';
import { adminHeaders } from '../helpers/app';
import { castBallot, clusterConferenceSpec, openConsultation } from '../helpers/consultation';
import { describeApp } from '../helpers/http';

describeApp('public results page /r/{id}', {}, (t) => {
  beforeAll(async () => {
    await loadDemo(t.database.db, new Date());
  });

  it('shows a published consultation to anyone, with the method in words and the open data', async () => {
    const spaces = (await t.app.inject({ method: 'GET', url: '/api/spaces', headers: adminHeaders })).json().spaces;
    const acvn = spaces.find((s: { slug: string }) => s.slug === 'acvn-hoi-nghi-cum-2017');
    const [c] = (await t.app.inject({ method: 'GET', url: `/api/spaces/${acvn.id}/consultations`, headers: adminHeaders })).json().consultations;
    const res = await t.app.inject({ method: 'GET', url: `/r/${c.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('<script');
    expect(res.body).toContain('<strong>136</strong> phiếu');
    expect(res.body).toContain('Bỏ phiếu tán thành');
    expect(res.body).toContain('Cụm đô thị Tây Nam Bộ — 52 phiếu');
    expect(res.body).toContain(`/api/consultations/${c.id}/open-data.zip`);
    expect(res.body).toContain('Dữ liệu minh họa');
    const en = await t.app.inject({ method: 'GET', url: `/r/${c.id}?lang=en` });
    expect(en.body).toContain('Approval voting');
  });

  it('answers an unpublished consultation the same way as an unknown one', async () => {
    const { id, tokens } = await openConsultation(t.app, clusterConferenceSpec(), { count: 1 });
    await castBallot(t.app, id, { token: tokens[0], approve: ['r1', 'r2'] });
    const hidden = await t.app.inject({ method: 'GET', url: `/r/${id}` });
    const unknown = await t.app.inject({ method: 'GET', url: '/r/00000000-0000-4000-8000-000000000000' });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).toBe(unknown.body);
    expect(hidden.body).toContain('Kết quả chưa được công bố');
  });
});

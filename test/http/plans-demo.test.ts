// The demo's action plan: loaded with the rest of the demo, shown on Cần Thơ's public dashboard with
// agencies that keep pace and agencies that fall behind or report late.
import { expect, it } from 'vitest';
import { loadDemo } from '../../src/modules/demo/demo.seed';
import { adminHeaders } from '../helpers/app';
import { describeApp } from '../helpers/http';

const NOW = new Date('2026-11-22T03:00:00Z');

describeApp('demo action plan', { clock: NOW, seed: (database) => loadDemo(database.db, NOW) }, (t) => {
  it('has reports from January 2025 to October 2026, on time and late, on track and behind', async () => {
    const spaces = (await t.app.inject({ method: 'GET', url: '/api/spaces', headers: adminHeaders })).json().spaces;
    const cantho = spaces.find((s: { slug: string }) => s.slug === 'can-tho-uu-tien-2024');
    const [plan] = (await t.app.inject({ method: 'GET', url: `/api/spaces/${cantho.id}/plans`, headers: adminHeaders })).json().plans;
    const view = (await t.app.inject({ method: 'GET', url: `/api/plans/${plan.id}`, headers: adminHeaders })).json();
    const actions = view.objectives.flatMap((o: { actions: { code: string; status: string }[] }) => o.actions);
    // ten from the priorities, two from the 2021 dialogue's recommendations (KN1, KN2)
    expect(actions).toHaveLength(12);
    expect(actions.map((a: { code: string }) => a.code)).toEqual(expect.arrayContaining(['KN1', 'KN2']));
    const statuses = new Set(actions.map((a: { status: string }) => a.status));
    for (const s of ['done', 'green', 'red']) expect(statuses).toContain(s);
    const cards = (await t.app.inject({ method: 'GET', url: `/api/plans/${plan.id}/scorecards?from=2026-09&to=2026-09`, headers: adminHeaders })).json().scorecards;
    const rates = cards.filter((c: { reportsDue: number }) => c.reportsDue > 0).map((c: { onTimeRate: number }) => c.onTimeRate);
    expect(Math.max(...rates)).toBe(1);
    expect(Math.min(...rates)).toBe(0);
    const reports = await t.app.inject({ method: 'GET', url: `/api/plans/${plan.id}/export.csv?sheet=progress`, headers: adminHeaders });
    expect(reports.body).toContain(',2025-01,');
    expect(reports.body).toContain(',2026-10,');
    const reminders = (await t.app.inject({ method: 'GET', url: `/api/plans/${plan.id}/reminders`, headers: adminHeaders })).json();
    expect(reminders.agencies.length).toBeGreaterThan(0);
  });

  it('shows the plan on the public dashboard in Vietnamese and English, under 60 KB', async () => {
    const vi = await t.app.inject({ method: 'GET', url: '/d/can-tho-uu-tien-2024' });
    expect(vi.statusCode).toBe(200);
    expect(Buffer.byteLength(vi.body)).toBeLessThan(60_000);
    expect(vi.body).toContain('Sở Tài nguyên và Môi trường');
    expect(vi.body).toContain('Chậm nghiêm trọng');
    expect(vi.body).toContain('Bảng đánh giá đơn vị chủ trì, kỳ 10/2026');
    const en = await t.app.inject({ method: 'GET', url: '/d/can-tho-uu-tien-2024?lang=en' });
    expect(en.body).toContain('Department of Natural Resources and Environment');
  });
});

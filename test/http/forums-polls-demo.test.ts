// The demo forum's poll: one illustrative approval poll on the 2021 dialogue's discussion of digital
// government, closed, with ballots at the main hall (6), Cần Thơ (5) and Thừa Thiên Huế (5) counted per
// point and overall (figures worked out by hand from src/modules/demo/demo.poll.ts).
import { expect, it } from 'vitest';
import { loadDemo } from '../../src/modules/demo/demo.seed';
import { adminHeaders } from '../helpers/app';
import { describeApp } from '../helpers/http';

const NOW = new Date('2026-11-22T03:00:00Z');

describeApp('demo forum poll', { clock: NOW, seed: (database) => loadDemo(database.db, NOW) }, (t) => {
  it('has one closed illustrative poll with results at three points and overall', async () => {
    const list = (await t.app.inject({ method: 'GET', url: '/api/spaces', headers: adminHeaders })).json().spaces as { id: string }[];
    let polls: { title: { vi: string }; status: string; illustrative: boolean; overall: unknown; points: { name: { vi: string }; ballots: number | null; values: Record<string, number> | null }[] }[] = [];
    for (const space of list) {
      const forums = (await t.app.inject({ method: 'GET', url: `/api/spaces/${space.id}/forums`, headers: adminHeaders })).json().forums as { id: string }[];
      for (const f of forums) polls = polls.concat((await t.app.inject({ method: 'GET', url: `/api/forums/${f.id}/polls`, headers: adminHeaders })).json().polls);
    }
    expect(polls).toHaveLength(1);
    const [poll] = polls;
    expect(poll).toMatchObject({ status: 'closed', illustrative: true });
    expect(poll.title.vi).toMatch(/^Minh họa: /);
    expect(poll.overall).toEqual({ ballots: 16, values: { o1: 8, o2: 7, o3: 6 } });
    const shown = poll.points.filter((p) => p.values).map((p) => [p.name.vi, p.ballots, p.values]);
    expect(shown).toEqual([
      ['Thành phố Hà Nội', 6, { o1: 4, o2: 2, o3: 2 }],
      ['Tỉnh Thừa Thiên Huế', 5, { o1: 2, o2: 1, o3: 3 }],
      ['Thành phố Cần Thơ', 5, { o1: 2, o2: 4, o3: 1 }],
    ]);
  });
});

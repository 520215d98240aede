// A ranking consultation counted by Schulze names every unbeaten option as a winner (issue 11,
// finding 12): with A>B>C and B>C>A, A ties both its contests and B beats C, so A and B both win.
import { expect, it } from 'vitest';
import { adminHeaders } from '../helpers/app';
import { castBallot, openConsultation } from '../helpers/consultation';
import { describeApp } from '../helpers/http';

const spec = {
  title: { vi: 'Xếp hạng ba phương án', en: 'Rank three options' },
  options: ['a', 'b', 'c'].map((key) => ({ key, title: { vi: `Phương án ${key}`, en: `Option ${key}` } })),
  ballot: { type: 'ranking' },
  groups: [],
  clusters: [],
  access: 'invite',
};

describeApp('Schulze winners in consultation results', {}, (t) => {
  it('lists every option no other beats by strongest path, for both strengths', async () => {
    const { id, tokens } = await openConsultation(t.app, spec, { count: 2 });
    expect((await castBallot(t.app, id, { token: tokens[0], ranking: ['a', 'b', 'c'] })).statusCode).toBe(201);
    expect((await castBallot(t.app, id, { token: tokens[1], ranking: ['b', 'c', 'a'] })).statusCode).toBe(201);
    for (const method of ['schulze', 'schulze-margin']) {
      const results = (await t.app.inject({ method: 'GET', url: `/api/consultations/${id}/results?method=${method}`, headers: adminHeaders })).json();
      expect(results.method).toBe(method);
      expect([...results.winners].sort()).toEqual(['a', 'b']);
      expect(results.ranking.map((g: string[]) => [...g].sort())).toEqual([['a', 'b'], ['c']]);
    }
  });
});

// A ranking consultation counted by Schulze names every unbeaten option as a winner (issue 11,
// finding 12): with A>B>C and B>C>A, A ties both its contests and B beats C, so A and B both win.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection';
import type { App } from '../../src/modules/module';
import { adminHeaders, testApp } from '../helpers/app';
import { castBallot, openConsultation } from '../helpers/consultation';
import { openTestDatabase, storageKinds } from '../helpers/database';

const spec = {
  title: { vi: 'Xếp hạng ba phương án', en: 'Rank three options' },
  options: ['a', 'b', 'c'].map((key) => ({ key, title: { vi: `Phương án ${key}`, en: `Option ${key}` } })),
  ballot: { type: 'ranking' },
  groups: [],
  clusters: [],
  access: 'invite',
};

describe.each(storageKinds)('Schulze winners in consultation results on %s', (kind) => {
  let database: Database;
  let app: App;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    app = await testApp(database);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('lists every option no other beats by strongest path, for both strengths', async () => {
    const { id, tokens } = await openConsultation(app, spec, { count: 2 });
    expect((await castBallot(app, id, { token: tokens[0], ranking: ['a', 'b', 'c'] })).statusCode).toBe(201);
    expect((await castBallot(app, id, { token: tokens[1], ranking: ['b', 'c', 'a'] })).statusCode).toBe(201);
    for (const method of ['schulze', 'schulze-margin']) {
      const results = (await app.inject({ method: 'GET', url: `/api/consultations/${id}/results?method=${method}`, headers: adminHeaders })).json();
      expect(results.method).toBe(method);
      expect([...results.winners].sort()).toEqual(['a', 'b']);
      expect(results.ranking.map((g: string[]) => [...g].sort())).toEqual([['a', 'b'], ['c']]);
    }
  });
});

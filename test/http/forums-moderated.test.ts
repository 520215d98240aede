// A point moderator's way in: the points they moderate in published forums, whichever space they are
// in (they need no role there), and the space's forum list showing those forums only.
import { beforeAll, expect, it } from 'vitest';
import { describeApp } from '../helpers/http';
import { caller, forumBody, forumRoles, makeForumWorld, type ForumWorld } from '../helpers/forums';

describeApp('forums a point moderator moderates', {}, (t) => {
  let w: ForumWorld;
  const call = caller(t, () => w);

  beforeAll(async () => {
    w = await makeForumWorld(t, 'dieu-hanh');
    // a second forum of the space, a draft whose point the moderator also moderates: not theirs to see yet
    const { id } = (await call('fac', 'POST', `/api/spaces/${w.spaceId}/forums`, forumBody('ban-nhap-dieu-hanh'))).json();
    const point = (await call('fac', 'POST', `/api/forums/${id}/points`, { kind: 'organisation', organisation: 'Sở Nội vụ' })).json();
    await call('fac', 'PUT', `/api/forums/${id}/points/${point.id}/moderators`, { userIds: [w.userIds.mod] });
  });

  it('lists the points the caller moderates in published forums, with the forum and the point’s name', async () => {
    const res = await call('mod', 'GET', '/api/forums/moderated');
    expect(res.statusCode).toBe(200);
    const { points } = res.json();
    expect(points.map((p: { forum: { id: string; title: { vi: string } }; pointId: string; pointName: { vi: string } }) => [p.forum.id, p.forum.title.vi, p.pointId, p.pointName.vi])).toEqual([
      [w.forumId, 'Diễn đàn đối thoại phát triển địa phương', w.pointA, 'Thành phố Huế'],
    ]);
  });

  it('lists nothing for everyone else, facilitators included (they reach forums through the space)', async () => {
    for (const who of forumRoles.filter((r) => r !== 'mod')) {
      const res = await call(who, 'GET', '/api/forums/moderated');
      expect([who, res.statusCode, res.json().points]).toEqual([who, 200, []]);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/forums/moderated' })).statusCode).toBe(401);
  });

  it('shows a moderator without a role in the space only the published forums they moderate on its forum list', async () => {
    const res = await call('mod', 'GET', `/api/spaces/${w.spaceId}/forums`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ forums: [{ id: w.forumId }], permissions: { manage: false } });
    expect(res.json().forums).toHaveLength(1);
    expect((await call('out', 'GET', `/api/spaces/${w.spaceId}/forums`)).statusCode).toBe(404);
  });
});

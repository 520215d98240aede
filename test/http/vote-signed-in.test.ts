// A staff member who is signed in and opens a ballot page (their own invitation, on their work
// computer) gets the receipt like anyone else: the form acts on the token in its address, not on the
// session, so the session's anti-forgery check must not stand in its way.
import { beforeAll, expect, it } from 'vitest';
import { makeUser, signIn } from '../helpers/app';
import { clusterConferenceSpec, openConsultation } from '../helpers/consultation';
import { describeApp } from '../helpers/http';

describeApp('ballot page for someone signed in', {}, (t) => {
  beforeAll(async () => {
    await makeUser(t.database, 'canbo@example.vn', {}, 'facilitator');
  });

  it('answers the posted ballot form with the receipt, not a JSON 403', async () => {
    const { tokens } = await openConsultation(t.app, clusterConferenceSpec(), { count: 1 });
    const { headers } = await signIn(t.app, 'canbo@example.vn');
    // Exactly what the browser sends: the cookie, no x-csrf-token header (a plain HTML form has none).
    const res = await t.app.inject({
      method: 'POST',
      url: `/vote/${tokens[0]}`,
      headers: { cookie: headers.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'approve=r2&approve=r5',
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('Đã ghi nhận phiếu của bạn');
  });

  it('still refuses an API change made with the cookie but without the anti-forgery token', async () => {
    const { headers } = await signIn(t.app, 'canbo@example.vn');
    const res = await t.app.inject({ method: 'POST', url: '/api/tokens', headers: { cookie: headers.cookie }, payload: { name: 'x' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('auth.csrf');
  });
});

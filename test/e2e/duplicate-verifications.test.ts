// The facilitator sees, on the consultation page, how many verifications an open consultation refused
// because the phone or mailbox had already been verified (voter+2@ after voter+1@).
import { beforeAll, expect, it } from 'vitest';
import { adminHeaders, makeUser, spaceBody } from '../helpers/app';
import { desktop, screenshot } from '../helpers/browser';
import { describeBrowser } from '../helpers/browser-session';
import { clusterConferenceSpec, openConsultation } from '../helpers/consultation';

describeBrowser('refused duplicate verifications on the consultation page', { log: {} }, (t) => {
  let id = '';

  beforeAll(async () => {
    const spaceId = (await t.app.inject({ method: 'POST', url: '/api/spaces', headers: adminHeaders, payload: spaceBody('trung-nguoi') })).json().id as string;
    await makeUser(t.database, 'daumoi@example.vn', { [spaceId]: 'facilitator' });
    ({ id } = await openConsultation(t.app, clusterConferenceSpec({ spaceId, access: 'open' }), { count: 1 }));
    expect((await t.log.verify(id, 'voter+1@x.vn')).statusCode).toBe(201);
    for (const again of ['voter+2@x.vn', 'Voter@x.vn']) expect((await t.log.post(`/api/consultations/${id}/verification`, { contact: again })).statusCode).toBe(409);
  });

  it('shows "Xác minh bị từ chối vì trùng người: 2"', async () => {
    const page = await t.open(desktop, { as: 'daumoi@example.vn' });
    await page.goto(`${t.base}/consultations/${id}`);
    const figure = page.getByTestId('consultation-duplicates');
    await figure.waitFor();
    expect(await figure.innerText()).toBe('2');
    expect(await page.getByText('Xác minh bị từ chối vì trùng người').count()).toBe(1);
    await screenshot(page, 'consultation-duplicate-verifications');
  });
});

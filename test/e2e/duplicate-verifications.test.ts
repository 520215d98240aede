// The facilitator sees, on the consultation page, how many verifications an open consultation refused
// because the phone or mailbox had already been verified (voter+2@ after voter+1@).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Database } from '../../src/db/connection';
import { adminHeaders, makeUser, PASSWORD, spaceBody } from '../helpers/app';
import { desktop, launchBrowser, screenshot, WAIT } from '../helpers/browser';
import { clusterConferenceSpec, openConsultation } from '../helpers/consultation';
import { openTestDatabase } from '../helpers/database';
import { assertWebBuilt } from '../helpers/demo-site';
import { loggedApp } from '../helpers/logged-app';

describe('refused duplicate verifications on the consultation page', () => {
  let database: Database;
  let t: Awaited<ReturnType<typeof loggedApp>>;
  let browser: Browser;
  let base = '';
  let id = '';

  beforeAll(async () => {
    assertWebBuilt();
    database = await openTestDatabase();
    t = await loggedApp(database);
    const spaceId = (await t.app.inject({ method: 'POST', url: '/api/spaces', headers: adminHeaders, payload: spaceBody('trung-nguoi') })).json().id as string;
    await makeUser(database, 'daumoi@example.vn', { [spaceId]: 'facilitator' });
    ({ id } = await openConsultation(t.app, clusterConferenceSpec({ spaceId, access: 'open' }), { count: 1 }));
    expect((await t.verify(id, 'voter+1@x.vn')).statusCode).toBe(201);
    for (const again of ['voter+2@x.vn', 'Voter@x.vn']) expect((await t.post(`/api/consultations/${id}/verification`, { contact: again })).statusCode).toBe(409);
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.app.close();
    await database?.close();
  });

  it('shows "Xác minh bị từ chối vì trùng người: 2"', async () => {
    const context = await browser.newContext({ viewport: desktop });
    context.setDefaultTimeout(WAIT);
    const page = await context.newPage();
    await page.goto(`${base}/login`);
    await page.getByTestId('login-email').fill('daumoi@example.vn');
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('space-list').waitFor();
    await page.goto(`${base}/consultations/${id}`);
    const figure = page.getByTestId('consultation-duplicates');
    await figure.waitFor();
    expect(await figure.innerText()).toBe('2');
    expect(await page.getByText('Xác minh bị từ chối vì trùng người').count()).toBe(1);
    await screenshot(page, 'consultation-duplicate-verifications');
    await context.close();
  });
});

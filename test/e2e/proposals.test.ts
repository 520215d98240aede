// A proposed option in a real browser: a participant on a 360 px phone proposes one from the
// no-JavaScript ballot page; the facilitator approves it from the consultation page with an English
// title; the participant's next page serves it in a pair. Screenshots go to test/e2e/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Database } from '../../src/db/connection';
import type { App } from '../../src/modules/module';
import { adminHeaders, makeUser, PASSWORD, spaceBody, testApp } from '../helpers/app';
import { desktop, launchBrowser, noSideScroll, phone, screenshot, WAIT } from '../helpers/browser';
import { clusterConferenceSpec, openConsultation } from '../helpers/consultation';
import { openTestDatabase } from '../helpers/database';
import { assertWebBuilt } from '../helpers/demo-site';

const proposed = 'Lắp đèn chiếu sáng đường thôn';

describe('a participant proposes an option and the facilitator approves it', () => {
  let database: Database;
  let app: App;
  let browser: Browser;
  let base = '';
  let id = '';
  let tokens: string[] = [];
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    assertWebBuilt();
    database = await openTestDatabase();
    app = await testApp(database);
    const spaceId = (await app.inject({ method: 'POST', url: '/api/spaces', headers: adminHeaders, payload: spaceBody('de-xuat-trinh-duyet') })).json().id as string;
    await makeUser(database, 'daumoi@example.vn', { [spaceId]: 'facilitator' });
    const options = ['Nâng cấp trạm y tế xã', 'Làm đường giao thông nông thôn', 'Xây trường mẫu giáo'].map((vi, i) => ({ key: `r${i + 1}`, title: { vi, en: `Recommendation ${i + 1}` } }));
    ({ id, tokens } = await openConsultation(app, clusterConferenceSpec({ spaceId, ballot: { type: 'pairwise' }, options }), { count: 3 }));
    // Every pair of the three options answered once, so that afterwards the new option's pairs come first.
    const answered = new URLSearchParams([['pair.0', 'r1|r2'], ['pick.0', 'r1'], ['pair.1', 'r2|r3'], ['pick.1', 'r2'], ['pair.2', 'r3|r1'], ['pick.2', 'r3']]);
    const cast = await app.inject({ method: 'POST', url: `/vote/${tokens[2]}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: answered.toString() });
    expect(cast.statusCode).toBe(201);
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  async function open(viewport: { width: number; height: number }, javaScript = true): Promise<Page> {
    const context = await browser.newContext({ viewport, javaScriptEnabled: javaScript });
    contexts.push(context);
    context.setDefaultTimeout(WAIT);
    return context.newPage();
  }

  it('goes from the phone form to an option served in pairs', async () => {
    const phonePage = await open(phone, false);
    await phonePage.goto(`${base}/vote/${tokens[0]}`);
    const field = phonePage.getByLabel('Phương án bạn đề xuất (3–200 ký tự)');
    await field.fill(`  ${proposed} `);
    await screenshot(phonePage, 'proposal-form-360');
    expect(await noSideScroll(phonePage)).toBe(true);
    await phonePage.getByRole('button', { name: 'Gửi đề xuất' }).click();
    await phonePage.getByRole('heading', { name: 'Đã nhận đề xuất của bạn' }).waitFor();
    await screenshot(phonePage, 'proposal-sent-360');

    const staff = await open(desktop);
    await staff.goto(`${base}/login`);
    await staff.getByTestId('login-email').fill('daumoi@example.vn');
    await staff.getByTestId('login-password').fill(PASSWORD);
    await staff.getByTestId('login-submit').click();
    await staff.getByTestId('space-list').waitFor();
    await staff.goto(`${base}/consultations/${id}`);
    const item = staff.getByTestId('proposal');
    await item.waitFor();
    expect(await item.innerText()).toContain(proposed);
    await staff.getByLabel('Tên phương án (tiếng Anh, có thể để trống)').fill('Street lights in the hamlets');
    await screenshot(staff, 'proposals-panel-1280');
    await staff.getByTestId('proposal-approve').click();
    await staff.getByText(`Đã duyệt "${proposed}"`).waitFor();
    expect(await staff.getByTestId('proposal').count()).toBe(0);
    expect(await staff.getByTestId('proposals').innerText()).toContain('Đã duyệt 1 · Đã từ chối 0');
    await staff.setViewportSize(phone);
    await staff.getByTestId('proposals').scrollIntoViewIfNeeded();
    expect(await noSideScroll(staff)).toBe(true);
    await screenshot(staff, 'proposals-panel-360');

    // The new option has no comparisons yet, so the next page serves its three pairs before the answered ones.
    await phonePage.goto(`${base}/vote/${tokens[1]}?lang=en`);
    expect(await phonePage.locator('main').innerText()).toContain('Street lights in the hamlets');
    expect(await phonePage.locator('input[name^="pair."][value*="de-xuat-1"]').count()).toBe(3);
  });
});

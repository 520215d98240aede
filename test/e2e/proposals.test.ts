// A proposed option in a real browser: a participant on a 360 px phone proposes one from the
// no-JavaScript ballot page; the facilitator approves it from the consultation page with an English
// title; the participant's next page serves it in a pair. Screenshots go to test/e2e/screenshots/.
import { beforeAll, expect, it } from 'vitest';
import { adminHeaders, makeUser, spaceBody } from '../helpers/app';
import { desktop, noSideScroll, phone, screenshot } from '../helpers/browser';
import { describeBrowser } from '../helpers/browser-session';
import { clusterConferenceSpec, openConsultation } from '../helpers/consultation';

const proposed = 'Lắp đèn chiếu sáng đường thôn';

describeBrowser('a participant proposes an option and the facilitator approves it', {}, (t) => {
  let id = '';
  let tokens: string[] = [];

  beforeAll(async () => {
    const spaceId = (await t.app.inject({ method: 'POST', url: '/api/spaces', headers: adminHeaders, payload: spaceBody('de-xuat-trinh-duyet') })).json().id as string;
    await makeUser(t.database, 'daumoi@example.vn', { [spaceId]: 'facilitator' });
    const options = ['Nâng cấp trạm y tế xã', 'Làm đường giao thông nông thôn', 'Xây trường mẫu giáo'].map((vi, i) => ({ key: `r${i + 1}`, title: { vi, en: `Recommendation ${i + 1}` } }));
    ({ id, tokens } = await openConsultation(t.app, clusterConferenceSpec({ spaceId, ballot: { type: 'pairwise' }, options }), { count: 3 }));
    // Every pair of the three options answered once, so that afterwards the new option's pairs come first.
    const answered = new URLSearchParams([['pair.0', 'r1|r2'], ['pick.0', 'r1'], ['pair.1', 'r2|r3'], ['pick.1', 'r2'], ['pair.2', 'r3|r1'], ['pick.2', 'r3']]);
    const cast = await t.app.inject({ method: 'POST', url: `/vote/${tokens[2]}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: answered.toString() });
    expect(cast.statusCode).toBe(201);
  });

  it('goes from the phone form to an option served in pairs', async () => {
    const phonePage = await t.open(phone, { javaScript: false });
    await phonePage.goto(`${t.base}/vote/${tokens[0]}`);
    const field = phonePage.getByLabel('Phương án bạn đề xuất (3–200 ký tự)');
    await field.fill(`  ${proposed} `);
    await screenshot(phonePage, 'proposal-form-360');
    expect(await noSideScroll(phonePage)).toBe(true);
    await phonePage.getByRole('button', { name: 'Gửi đề xuất' }).click();
    await phonePage.getByRole('heading', { name: 'Đã nhận đề xuất của bạn' }).waitFor();
    await screenshot(phonePage, 'proposal-sent-360');

    const staff = await t.open(desktop, { as: 'daumoi@example.vn' });
    await staff.goto(`${t.base}/consultations/${id}`);
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
    await phonePage.goto(`${t.base}/vote/${tokens[1]}?lang=en`);
    expect(await phonePage.locator('main').innerText()).toContain('Street lights in the hamlets');
    expect(await phonePage.locator('input[name^="pair."][value*="de-xuat-1"]').count()).toBe(3);
  });
});

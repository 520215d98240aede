// Paper forms from a cluster conference in a real browser. Two officials type the same batch of
// four forms with the keyboard only, one reading one form differently; the facilitator sees that
// one form side by side, settles it and counts the batch; the results then hold exactly the
// forms as settled. Screenshots of the entry screen (desktop and 360 px), the comparison and the
// counted batch go to test/e2e/screenshots/.
import { beforeAll, expect, it } from 'vitest';
import { describeBrowser } from '../helpers/browser-session';
import type { Page } from 'playwright-core';
import { adminHeaders, makeUser, spaceBody } from '../helpers/app';
import { desktop, noSideScroll, phone, poll, screenshot } from '../helpers/browser';
import { clusterConferenceSpec } from '../helpers/consultation';

const batchKey = 'dong-bac-01';

describeBrowser('paper ballots typed in twice and settled in the staff app', {}, (t) => {
  let id = '';

  beforeAll(async () => {
    const space = await t.app.inject({ method: 'POST', url: '/api/spaces', headers: adminHeaders, payload: spaceBody('hoi-nghi-cum-giay') });
    const spaceId = space.json().id as string;
    await makeUser(t.database, 'thuky1@example.vn', { [spaceId]: 'official' });
    await makeUser(t.database, 'thuky2@example.vn', { [spaceId]: 'official' });
    await makeUser(t.database, 'daumoi@example.vn', { [spaceId]: 'facilitator' });
    // Approval, 2–3 of six recommendations, two clusters (test/helpers/consultation.ts); a cluster of 3 shown (minimum 2).
    const created = await t.app.inject({ method: 'POST', url: '/api/consultations', headers: adminHeaders, payload: { ...clusterConferenceSpec({ minGroupSize: 2 }), spaceId } });
    id = created.json().id;
    expect((await t.app.inject({ method: 'POST', url: `/api/consultations/${id}/open`, headers: adminHeaders })).statusCode).toBe(200);
  });

  const signedIn = (email: string) => t.open(desktop, { as: email });

  const text = (page: Page, testId: string) => page.getByTestId(testId).innerText();
  const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
  // The big form number is laid out in pieces; read it as one line.
  const current = async (page: Page) => ((await page.getByTestId('paper-current').textContent()) ?? '').replace(/\s+/g, ' ').trim();
  // One form, as a clerk does it: the ticked numbers, then Enter.
  async function typeForm(page: Page, keys: string) {
    await page.keyboard.type(keys);
    await page.keyboard.press('Enter');
  }

  it('two officials type the batch, the facilitator settles the one difference and counts it', async () => {
    // Official 1 starts the batch from the consultation page and types it without the mouse.
    const clerk1 = await signedIn('thuky1@example.vn');
    await clerk1.goto(`${t.base}/consultations/${id}`);
    await clerk1.getByTestId('paper-link').click();
    await clerk1.waitForURL(/\/paper$/);
    await clerk1.getByTestId('paper-new-key').fill(batchKey);
    await clerk1.getByTestId('paper-new-forms').fill('4');
    await clerk1.getByTestId('paper-new-cluster').selectOption({ label: 'Cụm Đông Bắc' });
    await screenshot(clerk1, 'desktop-p0-paper-start');
    await clerk1.getByTestId('paper-new-submit').click();
    await clerk1.waitForURL(new RegExp(`/paper/${batchKey}$`));

    await expect.poll(() => focused(clerk1), poll).toBe('paper-typed');
    expect(await clerk1.getByTestId('paper-which-1').isChecked()).toBe(true);
    expect(await current(clerk1)).toBe('Phiếu 1/4');
    expect(await text(clerk1, 'paper-legend')).toMatch(/1\s+Khuyến nghị 1[\s\S]*6\s+Khuyến nghị 6/);

    // Form 1: one number and Enter is refused on the spot (2–3 to pick); the second number fixes it.
    await typeForm(clerk1, '1');
    await expect.poll(() => text(clerk1, 'paper-problem'), poll).toBe('Chọn ít nhất 2 phương án (đã gõ 1). Nếu phiếu giấy đúng như vậy, gõ h: phiếu hỏng.');
    expect(await current(clerk1)).toBe('Phiếu 1/4');
    await clerk1.keyboard.type('2');
    expect(await text(clerk1, 'paper-typed-names')).toMatch(/1\s+Khuyến nghị 1\s+2\s+Khuyến nghị 2/);
    await clerk1.keyboard.press('Enter');
    await expect.poll(() => current(clerk1), poll).toBe('Phiếu 2/4');
    await typeForm(clerk1, '345');
    await clerk1.keyboard.type('h');
    expect(await text(clerk1, 'paper-feedback')).toContain('Phiếu hỏng: không được đếm.');
    await clerk1.keyboard.press('Enter');
    // Form 4: one tick too many is flagged as typed; Backspace corrects it.
    await expect.poll(() => current(clerk1), poll).toBe('Phiếu 4/4');
    await clerk1.keyboard.type('2561');
    await expect.poll(() => text(clerk1, 'paper-problem'), poll).toBe('Chọn nhiều nhất 3 phương án (đã gõ 4). Nếu phiếu giấy đúng như vậy, gõ h: phiếu hỏng.');
    expect(await clerk1.getByTestId('paper-typed').getAttribute('aria-invalid')).toBe('true');
    await clerk1.keyboard.press('Backspace');
    expect(await text(clerk1, 'paper-typed-names')).toMatch(/Khuyến nghị 2\s+5\s+Khuyến nghị 5\s+6\s+Khuyến nghị 6/);
    // ↑ back to the spoilt form and ↓ again, nothing lost.
    await clerk1.keyboard.press('ArrowUp');
    await expect.poll(() => current(clerk1), poll).toBe('Phiếu 3/4');
    expect(await clerk1.getByTestId('paper-typed').inputValue()).toBe('h');
    await clerk1.keyboard.press('ArrowDown');
    await expect.poll(() => clerk1.getByTestId('paper-typed').inputValue(), poll).toBe('256');
    expect(await clerk1.getByTestId('paper-tile').evaluateAll((tiles) => tiles.map((b) => b.getAttribute('data-state')))).toEqual(['ok', 'ok', 'spoilt', 'ok']);
    expect(await text(clerk1, 'paper-progress')).toBe('Đã nhập xong 4/4 phiếu');
    await screenshot(clerk1, 'desktop-p1-paper-entry');
    await clerk1.setViewportSize(phone);
    expect(await noSideScroll(clerk1)).toBe(true);
    await screenshot(clerk1, 'phone-p1-paper-entry');
    await clerk1.setViewportSize(desktop);

    // Enter on the last form leads to saving; Enter again saves entry 1.
    await clerk1.getByTestId('paper-typed').focus();
    await clerk1.keyboard.press('Enter');
    await expect.poll(() => focused(clerk1), poll).toBe('paper-save');
    expect(await text(clerk1, 'paper-note')).toBe('Đã nhập đủ 4 phiếu. Nhấn Enter để lưu lần nhập 1.');
    await clerk1.keyboard.press('Enter');
    await expect.poll(() => text(clerk1, 'paper-saved'), poll).toBe('Đã lưu lần nhập 1: 4 phiếu.');
    await expect.poll(() => text(clerk1, 'paper-entry-1-by'), poll).toContain('thuky1@example.vn');
    expect(await text(clerk1, 'paper-compare-waiting')).toContain('Cần đủ hai lần nhập');

    // Official 2 opens the batch by the key on the bundle and types it again: form 2 read
    // differently, form 3 spoilt with 0, form 4's numbers in another order.
    const clerk2 = await signedIn('thuky2@example.vn');
    await clerk2.goto(`${t.base}/consultations/${id}`);
    await clerk2.getByTestId('paper-link').click();
    await clerk2.getByTestId('paper-find-key').fill(batchKey);
    await clerk2.keyboard.press('Enter');
    await clerk2.waitForURL(new RegExp(`/paper/${batchKey}$`));
    await expect.poll(() => focused(clerk2), poll).toBe('paper-typed');
    expect(await clerk2.getByTestId('paper-which-2').isChecked()).toBe(true);
    await typeForm(clerk2, '12');
    await typeForm(clerk2, '346');
    await typeForm(clerk2, '0');
    await expect.poll(() => current(clerk2), poll).toBe('Phiếu 4/4');
    // Backspace in the empty box goes back to form 3.
    await clerk2.keyboard.press('Backspace');
    await expect.poll(() => current(clerk2), poll).toBe('Phiếu 3/4');
    expect(await clerk2.getByTestId('paper-typed').inputValue()).toBe('0');
    await clerk2.keyboard.press('ArrowDown');
    await typeForm(clerk2, '652');
    await expect.poll(() => focused(clerk2), poll).toBe('paper-save');
    await clerk2.keyboard.press('Enter');
    await expect.poll(() => text(clerk2, 'paper-saved'), poll).toBe('Đã lưu lần nhập 2: 4 phiếu.');
    // The clerk sees the comparison but does not settle it.
    await expect.poll(() => text(clerk2, 'paper-compare-summary'), poll).toBe('3/4 phiếu khớp nhau; 1 phiếu khác nhau, đã xử lý 0.');
    expect(await clerk2.getByTestId('paper-take-1').count()).toBe(0);
    expect(await clerk2.getByTestId('paper-commit').count()).toBe(0);

    // The facilitator: the one difference side by side, settled by taking entry 2, then counted.
    const lead = await signedIn('daumoi@example.vn');
    await lead.goto(`${t.base}/consultations/${id}/paper/${batchKey}`);
    await lead.getByTestId('paper-diff').waitFor();
    expect(await lead.getByTestId('paper-diff').count()).toBe(1);
    const diff = lead.getByTestId('paper-diff');
    expect(await diff.getAttribute('data-form')).toBe('2');
    expect(await diff.locator('h3').innerText()).toBe('Phiếu số 2');
    const first = await text(lead, 'paper-diff-first');
    const second = await text(lead, 'paper-diff-second');
    expect(first).toMatch(/3\s+Khuyến nghị 3\s+4\s+Khuyến nghị 4\s+5\s+Khuyến nghị 5\s+\(chỉ có ở lần nhập này\)/);
    expect(second).toMatch(/3\s+Khuyến nghị 3\s+4\s+Khuyến nghị 4\s+6\s+Khuyến nghị 6\s+\(chỉ có ở lần nhập này\)/);
    expect(await text(lead, 'paper-diff-state')).toBe('Chưa xử lý');
    expect(await text(lead, 'paper-commit-state')).toBe('Còn 1 phiếu khác nhau chưa xử lý.');
    expect(await lead.getByTestId('paper-commit').isDisabled()).toBe(true);
    expect(await text(lead, 'paper-entry-2-by')).toContain('thuky2@example.vn');
    await screenshot(lead, 'desktop-p2-paper-comparison');

    await lead.getByTestId('paper-take-2').click();
    await expect.poll(() => text(lead, 'paper-diff-state'), poll).toBe('Đã xử lý');
    expect(await text(lead, 'paper-diff-decision')).toMatch(/Ghi nhận:\s+3\s+Khuyến nghị 3\s+4\s+Khuyến nghị 4\s+6\s+Khuyến nghị 6\s+\(theo lần nhập 2\)/);
    expect(await text(lead, 'paper-commit-state')).toBe('Khi ghi nhận: 3 phiếu được đếm, 1 phiếu hỏng.');

    // English through the existing switch, then back.
    await lead.getByTestId('lang-switch').click();
    await expect.poll(() => text(lead, 'paper-take-2'), poll).toBe('Take entry 2');
    expect(await text(lead, 'paper-commit-state')).toBe('When counted: ballots 3, spoilt forms 1.');
    await lead.getByTestId('lang-switch').click();
    await expect.poll(() => text(lead, 'paper-take-2'), poll).toBe('Lấy lần 2');

    await lead.getByTestId('paper-commit').click();
    await lead.getByTestId('paper-commit-confirm').click();
    await expect.poll(() => text(lead, 'paper-commit-done'), poll).toBe('Đã ghi nhận tập phiếu: 3 phiếu được đếm, 1 phiếu hỏng.');
    await expect.poll(() => text(lead, 'paper-status'), poll).toBe('Đã ghi nhận');
    expect(await text(lead, 'paper-committed-ballots')).toBe('3');
    expect(await text(lead, 'paper-committed-spoilt')).toBe('1');
    // Read-only: nothing left to type, settle or count.
    for (const control of ['paper-take-1', 'paper-take-2', 'paper-own', 'paper-commit', 'paper-entry', 'paper-enter-again']) {
      expect(await lead.getByTestId(control).count(), control).toBe(0);
    }
    const rows = lead.getByTestId('paper-all').locator('tbody tr');
    expect(await rows.allInnerTexts()).toEqual(['1\t1 2\t1 2\t1 2', '2\t3 4 5\t3 4 6\t3 4 6', '3\tPhiếu hỏng\tPhiếu hỏng\tPhiếu hỏng', '4\t2 5 6\t2 5 6\t2 5 6']);
    await screenshot(lead, 'desktop-p3-paper-committed');

    // The results count the batch exactly once, as settled (forms 1, 2 and 4; form 3 spoilt):
    // r1 form 1; r2 forms 1, 4; r3, r4 form 2; r5 form 4; r6 forms 2, 4.
    const expected = { r1: 1, r2: 2, r3: 1, r4: 1, r5: 1, r6: 2 };
    const results = (await t.app.inject({ method: 'GET', url: `/api/consultations/${id}/results?by=cluster`, headers: adminHeaders })).json();
    expect(results.voters).toBe(3);
    expect(results.scores).toEqual(expected);
    expect(results.byCluster['dong-bac'].voters).toBe(3);
    expect(results.byCluster['dong-bac'].scores).toEqual(expected);
    expect(results.byCluster['tay-nam-bo']?.voters ?? 0).toBe(0);
  }, 180_000);
});

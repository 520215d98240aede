// Ballot types beyond approval in a real browser: the create form offering every type (pairwise
// at 360 px), and a ranking batch typed in twice with the keyboard as option numbers in order
// ("315": option 3 first), its one difference settled and counted, then shown in the batch list.
// Screenshots go to test/e2e/screenshots/.
import { beforeAll, expect, it } from 'vitest';
import { describeBrowser } from '../helpers/browser-session';
import type { Page } from 'playwright-core';
import { adminHeaders, makeUser, spaceBody } from '../helpers/app';
import { desktop, noSideScroll, phone, poll, screenshot } from '../helpers/browser';

const options = ['Đường liên xã', 'Trạm y tế', 'Chợ nông sản', 'Trường mầm non', 'Nước sạch'].map((vi, i) => ({ key: `p${i + 1}`, title: { vi, en: `Option ${i + 1}` } }));

describeBrowser('ranking, score and pairwise in the staff app', {}, (t) => {
  let spaceId = '';
  let id = '';
  let pairwiseId = '';

  beforeAll(async () => {
    spaceId = (await t.app.inject({ method: 'POST', url: '/api/spaces', headers: adminHeaders, payload: spaceBody('uu-tien-dau-tu') })).json().id;
    await makeUser(t.database, 'thuky1@example.vn', { [spaceId]: 'official' });
    await makeUser(t.database, 'thuky2@example.vn', { [spaceId]: 'official' });
    await makeUser(t.database, 'daumoi@example.vn', { [spaceId]: 'facilitator' });
    const spec = { spaceId, title: { vi: 'Thứ tự ưu tiên đầu tư công', en: 'Public investment priorities' }, options, ballot: { type: 'ranking', min: 1, max: 5 } };
    id = (await t.app.inject({ method: 'POST', url: '/api/consultations', headers: adminHeaders, payload: spec })).json().id;
    expect((await t.app.inject({ method: 'POST', url: `/api/consultations/${id}/open`, headers: adminHeaders })).statusCode).toBe(200);
  });

  const signedIn = (email: string, viewport = desktop) => t.open(viewport, { as: email });
  const text = (page: Page, testId: string) => page.getByTestId(testId).innerText();
  const current = async (page: Page) => ((await page.getByTestId('paper-current').textContent()) ?? '').replace(/\s+/g, ' ').trim();
  async function typeForm(page: Page, keys: string) {
    await page.keyboard.type(keys);
    await page.keyboard.press('Enter');
  }

  it('offers every ballot type on the create form, pairwise with nothing more to set', async () => {
    const lead = await signedIn('daumoi@example.vn', phone);
    await lead.goto(`${t.base}/spaces/${spaceId}/consultations/new`);
    await lead.getByTestId('c-ballot-type').waitFor();
    const types = await lead.getByTestId('c-ballot-type').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(types).toEqual(['approval', 'ranking', 'score', 'pairwise', 'budget']);
    await lead.getByTestId('c-title-vi').fill('So sánh các dự án');
    const optionInputs = lead.locator('input[id^="c-option-"][id$="-vi"]');
    await optionInputs.nth(0).fill('Đường liên xã');
    await optionInputs.nth(1).fill('Trạm y tế');
    await lead.getByTestId('c-ballot-type').selectOption('score');
    await lead.getByTestId('c-scale').fill('0');
    await lead.getByTestId('create-submit').click();
    await expect.poll(() => text(lead, 'create-error'), poll).toBe('“Điểm cao nhất (thấp nhất là 0)” phải là số nguyên từ 1 đến 100.');
    await lead.getByTestId('c-ballot-type').selectOption('pairwise');
    expect(await text(lead, 'c-ballot-type-hint')).toContain('Mỗi người lần lượt xem từng cặp hai phương án');
    expect(await lead.getByTestId('c-min').count()).toBe(0);
    expect(await lead.getByTestId('c-scale').count()).toBe(0);
    expect(await noSideScroll(lead)).toBe(true);
    await screenshot(lead, 'phone-c1-create-pairwise');
    await lead.getByTestId('create-submit').click();
    await lead.waitForURL(/\/consultations\/[0-9a-f-]{36}$/);
    pairwiseId = lead.url().split('/').pop()!;
    const detail = (await t.app.inject({ method: 'GET', url: `/api/consultations/${pairwiseId}`, headers: adminHeaders })).json();
    expect(detail.ballot).toEqual({ type: 'pairwise' });
    // and a pairwise consultation says plainly that it has no paper form
    await lead.goto(`${t.base}/consultations/${pairwiseId}/paper`);
    await expect.poll(() => text(lead, 'paper-unsupported'), poll).toContain('Phiếu so sánh từng cặp chỉ bỏ trên màn hình');
  });

  it('two officials type a ranking batch, the facilitator settles the difference, the list shows it counted', async () => {
    const clerk1 = await signedIn('thuky1@example.vn');
    await clerk1.goto(`${t.base}/consultations/${id}/paper`);
    await expect.poll(() => text(clerk1, 'paper-list-empty'), poll).toBe('Chưa có tập phiếu nào.');
    await clerk1.getByTestId('paper-new-key').fill('xa-01');
    await clerk1.getByTestId('paper-new-forms').fill('3');
    await clerk1.getByTestId('paper-new-submit').click();
    await clerk1.waitForURL(/\/paper\/xa-01$/);
    expect(await text(clerk1, 'paper-rule')).toBe('Mỗi phiếu xếp từ 1 đến 5 phương án theo thứ tự ưu tiên.');
    // Form 1: "315" — option 3 first, then 1, then 5; a repeated number is flagged as typed.
    await clerk1.getByTestId('paper-typed').focus();
    await clerk1.keyboard.type('313');
    await expect.poll(() => text(clerk1, 'paper-problem'), poll).toBe('Phương án số 3 được gõ hai lần.');
    await clerk1.keyboard.press('Backspace');
    await clerk1.keyboard.type('5');
    expect(await text(clerk1, 'paper-typed-names')).toMatch(/Hạng 1\s+3\s+Chợ nông sản\s+Hạng 2\s+1\s+Đường liên xã\s+Hạng 3\s+5\s+Nước sạch/);
    await clerk1.keyboard.press('Enter');
    await expect.poll(() => current(clerk1), poll).toBe('Phiếu 2/3');
    await typeForm(clerk1, '21');
    await typeForm(clerk1, 'h');
    await screenshot(clerk1, 'desktop-r1-paper-ranking-entry');
    await clerk1.setViewportSize(phone);
    expect(await noSideScroll(clerk1)).toBe(true);
    await screenshot(clerk1, 'phone-r1-paper-ranking-entry');
    await clerk1.setViewportSize(desktop);
    await clerk1.getByTestId('paper-save').click();
    await expect.poll(() => text(clerk1, 'paper-saved'), poll).toBe('Đã lưu lần nhập 1: 3 phiếu.');

    const clerk2 = await signedIn('thuky2@example.vn');
    await clerk2.goto(`${t.base}/consultations/${id}/paper/xa-01`);
    await clerk2.getByTestId('paper-typed').focus();
    await typeForm(clerk2, '3 1 5');
    await typeForm(clerk2, '12');
    await typeForm(clerk2, '0');
    await clerk2.getByTestId('paper-save').click();
    await expect.poll(() => text(clerk2, 'paper-saved'), poll).toBe('Đã lưu lần nhập 2: 3 phiếu.');

    const lead = await signedIn('daumoi@example.vn');
    await lead.goto(`${t.base}/consultations/${id}/paper/xa-01`);
    await lead.getByTestId('paper-diff').waitFor();
    expect(await lead.getByTestId('paper-diff').count()).toBe(1);
    expect(await text(lead, 'paper-diff-first')).toMatch(/Hạng 1\s+2\s+Trạm y tế[\s\S]*Hạng 2\s+1\s+Đường liên xã/);
    expect(await text(lead, 'paper-diff-second')).toMatch(/Hạng 1\s+1\s+Đường liên xã[\s\S]*Hạng 2\s+2\s+Trạm y tế/);
    await screenshot(lead, 'desktop-r2-paper-ranking-comparison');
    await lead.setViewportSize(phone);
    expect(await noSideScroll(lead)).toBe(true);
    await screenshot(lead, 'phone-r2-paper-ranking-comparison');
    await lead.setViewportSize(desktop);
    await lead.getByTestId('paper-take-1').click();
    await expect.poll(() => text(lead, 'paper-diff-state'), poll).toBe('Đã xử lý');
    await lead.getByTestId('paper-commit').click();
    await lead.getByTestId('paper-commit-confirm').click();
    await expect.poll(() => text(lead, 'paper-commit-done'), poll).toBe('Đã ghi nhận tập phiếu: 2 phiếu được đếm, 1 phiếu hỏng.');

    const results = (await t.app.inject({ method: 'GET', url: `/api/consultations/${id}/results?method=plurality`, headers: adminHeaders })).json();
    expect(results.scores).toEqual({ p1: 0, p2: 1, p3: 1, p4: 0, p5: 0 });

    await lead.getByTestId('paper-other-batch').click();
    await lead.getByTestId('paper-list-item').first().waitFor();
    const item = lead.locator('[data-testid="paper-list-item"][data-key="xa-01"]');
    expect(await item.getByTestId('paper-list-counted').innerText()).toBe('2');
    expect(await item.getByTestId('paper-list-conflicts').innerText()).toBe('1/1 đã xử lý');
    expect(await item.getByTestId('paper-list-entries').innerText()).toMatch(/Lần 1: thuky1@example.vn\s+Lần 2: thuky2@example.vn/);
    await screenshot(lead, 'desktop-r3-paper-batch-list');
    await lead.setViewportSize(phone);
    expect(await noSideScroll(lead)).toBe(true);
    await screenshot(lead, 'phone-r3-paper-batch-list');
  });

  it('types a score form as one digit per option, flagging a score off the scale', async () => {
    const spec = { spaceId, title: { vi: 'Chấm điểm dự án', en: 'Scoring projects' }, options: options.slice(0, 4), ballot: { type: 'score', scale: 5 } };
    const scoreId = (await t.app.inject({ method: 'POST', url: '/api/consultations', headers: adminHeaders, payload: spec })).json().id;
    await t.app.inject({ method: 'POST', url: `/api/consultations/${scoreId}/open`, headers: adminHeaders });
    const clerk = await signedIn('thuky1@example.vn', phone);
    await clerk.goto(`${t.base}/consultations/${scoreId}/paper`);
    await clerk.getByTestId('paper-new-key').fill('diem-01');
    await clerk.getByTestId('paper-new-forms').fill('2');
    await clerk.getByTestId('paper-new-submit').click();
    await clerk.waitForURL(/\/paper\/diem-01$/);
    expect(await text(clerk, 'paper-rule')).toBe('Mỗi phương án một điểm, từ 0 đến 5.');
    await clerk.getByTestId('paper-typed').focus();
    await clerk.keyboard.type('4-7');
    await expect.poll(() => text(clerk, 'paper-problem'), poll).toBe('Phương án số 3: điểm phải từ 0 đến 5. Nếu phiếu giấy đúng như vậy, gõ h: phiếu hỏng.');
    await clerk.keyboard.press('Backspace');
    await clerk.keyboard.type('05');
    expect(await text(clerk, 'paper-typed-names')).toMatch(/1\s+Đường liên xã\s+4\s+2\s+Trạm y tế\s+trống\s+3\s+Chợ nông sản\s+0\s+4\s+Trường mầm non\s+5/);
    await clerk.keyboard.press('Enter');
    await expect.poll(() => current(clerk), poll).toBe('Phiếu 2/2');
    await clerk.keyboard.type('55');
    await screenshot(clerk, 'phone-s1-paper-score-entry');
    expect(await noSideScroll(clerk)).toBe(true);
    await clerk.keyboard.type('12');
    await clerk.keyboard.press('Enter');
    await clerk.getByTestId('paper-save').click();
    await expect.poll(() => text(clerk, 'paper-saved'), poll).toBe('Đã lưu lần nhập 1: 2 phiếu.');
  });
});

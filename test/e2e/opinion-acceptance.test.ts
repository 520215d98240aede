// Issue 18's acceptance in a real browser: the facilitator starts a conversation from the space's page (1280 px)
// with five seed statements; sixteen people in two blocs vote (through the module's services, as the public
// page's form posts do) and the first map appears on the facilitator's page with its time; a participant on a
// phone (360 px, JavaScript off) votes on three statements and adds one; the facilitator approves it in the
// moderation queue with one click; the two blocs vote on it; the map is computed again (its time changes) and
// the new statement stands among the groups' representative statements, on the staff page and in the public
// report; the Word report downloads, LibreOffice opens it and pdftotext reads composed Vietnamese.
// Screenshots: opinion-acceptance-N-*.png.
//
// By hand: bloc L (8 people) agrees with statements 0, 1, 3 and the new one (5), disagrees with 2; bloc R (8)
// the reverse; everyone agrees with 4. Sixteen people have voted on every statement, more than the 15 the
// map takes in, so the phone's participant (3 votes) is not placed: two groups of 8, statement 4 agreed by all.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PASSWORD, adminHeaders, spaceBody } from '../helpers/app';
import { describeBrowser } from '../helpers/browser-session';
import { desktop, noSideScroll, phone, screenshot } from '../helpers/browser';
import { join, vote } from '../helpers/opinion';

const dir = mkdtempSync(path.join(tmpdir(), 'opinion-acceptance-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pdfText = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8').replace(/\s+/g, ' ');
const squeezed = (s: string) => s.replace(/\s+/g, '');
// the background job computes at most every few seconds; a generous ceiling, never a fixed wait
const MAP = { timeout: 90_000, interval: 500 };

const SEEDS = [
  'Mọi thủ tục hành chính của phường nên làm được trên điện thoại.',
  'Cần lớp kỹ năng số miễn phí cho người cao tuổi.',
  'Nên tạm dừng số hóa cho đến khi đủ hạ tầng.',
  'Mỗi khu phố nên có một điểm hỗ trợ dịch vụ công trực tuyến.',
  'Thành phố cần công khai dữ liệu ngân sách cho người dân.',
];
const MINE = 'Cần wifi miễn phí ở các bến xe buýt.';
const blocVote = (inL: boolean, tid: number) => (tid === 4 ? 1 : inL === [0, 1, 3, 5].includes(tid) ? 1 : -1);

describeBrowser('opinion mapping from the facilitator’s page to the Word report', {}, (t) => {
  const computedAt = (page: Page) => page.getByTestId('map-computed').getAttribute('data-computed-at');

  it('maps two blocs, takes a statement from a phone without JavaScript, and updates the map', { timeout: 300_000 }, async () => {
    const space = (await t.app.inject({ method: 'POST', url: '/api/spaces', headers: adminHeaders, payload: spaceBody('ban-do-y-kien', 'public') })).json();
    await t.user('dieuphoi@ykien.test', { [space.id]: 'facilitator' });

    // 1. the facilitator starts the conversation from the space's page
    const fac = await t.open(desktop, { as: 'dieuphoi@ykien.test', password: PASSWORD });
    await fac.goto(`${t.base}/spaces/${space.id}`);
    await fac.getByTestId('conversation-create-open').click();
    await fac.getByTestId('op-title-vi').fill('Chuyển đổi số ở phường (minh họa)');
    await fac.getByTestId('op-topic-vi').fill('Phường nên ưu tiên điều gì khi chuyển đổi số?');
    await fac.getByTestId('op-seeds').fill(SEEDS.join('\n'));
    await fac.getByTestId('conversation-create-submit').click();
    await fac.waitForURL(/\/conversations\/[0-9a-f-]{36}$/);
    const id = fac.url().split('/').pop()!;
    await expect.poll(() => fac.getByTestId('approved-statement').count()).toBe(5);
    expect(await fac.getByTestId('map-waiting').innerText()).toMatch(/^Cần thêm \d+ lượt bỏ phiếu/);
    await screenshot(fac, 'opinion-acceptance-1-desktop-created');

    // 2. two blocs vote on the seeds; the first map appears with its time
    const people = await join(t, id, 16);
    // statement by statement, so the first map (two people with 5 votes) comes with the blocs nearly whole: Pol.is's
    // number of groups, once chosen, changes only after another wins several updates in a row
    await vote(t, id, [0, 1, 2, 3, 4].flatMap((tid) => people.map((pid, i): [number, number, number] => [pid, tid, blocVote(i < 8, tid)])));
    await expect.poll(() => fac.getByTestId('map-groups').innerText(), MAP).toMatch(/Nhóm A: 8 người[\s\S]*Nhóm B: 8 người/);
    expect(await fac.getByTestId('map-group').count()).toBe(2);
    const first = await computedAt(fac);
    expect(await fac.getByTestId('map-consensus').innerText()).toContain(`Cùng đồng ý ${SEEDS[4]}`);
    await expect.poll(() => fac.getByTestId('opinion-map').getAttribute('data-state')).toBe('drawn');
    await screenshot(fac, 'opinion-acceptance-2-desktop-first-map');

    // 3. a participant on a phone, JavaScript off: three votes and a statement of their own
    const ph = await t.open(phone, { javaScript: false });
    await ph.goto(`${t.base}/o/${id}`);
    for (const [i, button] of ['Đồng ý', 'Không đồng ý', 'Đồng ý'].entries()) {
      await ph.getByRole('button', { name: button, exact: true }).click();
      await ph.getByText(`Đã trả lời ${i + 1} / 5`).waitFor();
    }
    await ph.getByLabel('Ý kiến của bạn', { exact: true }).fill(MINE);
    await ph.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await ph.getByText('Đã gửi, chờ duyệt.').waitFor();
    expect(await noSideScroll(ph)).toBe(true);
    await screenshot(ph, 'opinion-acceptance-3-phone-sent');

    // 4. the facilitator approves it in the moderation queue (the page re-reads it every few seconds)
    const pending = fac.getByTestId('pending-statement');
    await expect.poll(() => pending.innerText(), MAP).toContain(MINE);
    await screenshot(fac, 'opinion-acceptance-4-desktop-queue');
    await pending.getByTestId('moderate-approve').click();
    await expect.poll(() => fac.getByTestId('approved-statement').count()).toBe(6);
    expect(await fac.getByTestId('moderation-queue').innerText()).toContain('Không có ý kiến nào chờ duyệt.');

    // 5. the blocs vote on it; the map is computed again and the new statement is among the groups' statements
    await vote(t, id, people.map((pid, i): [number, number, number] => [pid, 5, blocVote(i < 8, 5)]));
    await expect.poll(() => computedAt(fac), MAP).not.toBe(first);
    await expect.poll(() => fac.getByTestId('map-groups').innerText(), MAP).toContain(MINE);
    expect(await fac.getByTestId('map-groups').innerText()).toMatch(new RegExp(`(đồng ý|không đồng ý) ${MINE.replace(/[.]/g, '\\.')}`));
    expect(await fac.getByTestId('map-computed').innerText()).toMatch(/^Bản đồ tính lúc \d\d\/\d\d\/\d{4} \d\d:\d\d\. 17 người tham gia, 16 người được xếp nhóm, 2 nhóm\.$/);
    await screenshot(fac, 'opinion-acceptance-5-desktop-map-updated');

    // the same page on a phone: nothing scrolls sideways
    const facPhone = await t.open(phone, { as: 'dieuphoi@ykien.test', password: PASSWORD });
    await facPhone.goto(`${t.base}/conversations/${id}`);
    await facPhone.getByTestId('map-groups').waitFor();
    await expect.poll(() => facPhone.getByTestId('opinion-map').getAttribute('data-state')).toBe('drawn');
    expect(await noSideScroll(facPhone)).toBe(true);
    await screenshot(facPhone, 'opinion-acceptance-6-phone-staff-map');

    // the public report shows it too
    await ph.goto(`${t.base}/o/${id}/report`);
    expect(await ph.locator('main').innerText()).toContain(MINE);
    expect(await noSideScroll(ph)).toBe(true);
    await screenshot(ph, 'opinion-acceptance-7-phone-report');

    // 6. the Word report: LibreOffice opens it, pdftotext reads composed Vietnamese
    const [download] = await Promise.all([fac.waitForEvent('download'), fac.getByTestId('link-word').click()]);
    const file = path.join(dir, 'ban-do-y-kien.docx');
    await download.saveAs(file);
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'pipe', timeout: 120_000 });
    const text = pdfText(file.replace(/\.docx$/, '.pdf'));
    expect(text.normalize('NFC')).toBe(text);
    for (const line of ['Báo cáo bản đồ ý kiến: Chuyển đổi số ở phường (minh họa)', 'Nhóm A: 8 người.', 'Nhóm B: 8 người.', MINE, SEEDS[4], 'Đồng thuận giữa các nhóm']) {
      expect(squeezed(text), line).toContain(squeezed(line));
    }
  });
});

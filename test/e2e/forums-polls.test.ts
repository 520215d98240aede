// A live poll from the forum's staff page in a real browser (1280 px): the facilitator creates a poll
// on the agenda item, opens it, participants at two points vote (through the API, as their phones
// would), the results per point and overall appear, and the facilitator closes it. Then the speaking
// queue of the session: a participant asks to speak, the facilitator calls them and marks them done.
// Screenshots go to test/e2e/screenshots/.
import { beforeAll, expect, it } from 'vitest';
import { describeBrowser } from '../helpers/browser-session';
import { desktop, poll, screenshot } from '../helpers/browser';
import { caller, makeForumWorld, type ForumWorld } from '../helpers/forums';

describeBrowser('forum polls and speaking queue on the staff page', {}, (t) => {
  let w: ForumWorld;
  const call = caller(t, () => w);

  async function card(name: string, pointId: string) {
    const { code } = (await call('fac', 'POST', `/api/forums/${w.forumId}/registrations`, { name, pointId })).json();
    const res = await t.app.inject({ method: 'POST', url: `/api/forums/${w.forumId}/points/${pointId}/check-ins`, payload: { code } });
    return { cookie: `dt_participant=${res.cookies.find((c) => c.name === 'dt_participant')!.value}` };
  }

  beforeAll(async () => {
    w = await makeForumWorld(t, 'bieu-quyet');
  });

  it('creates a poll, opens it, shows results per point as ballots arrive, and closes it', async () => {
    const page = await t.open(desktop, { as: 'fac@bieu-quyet.test' });
    await page.goto(`${t.base}/forums/${w.forumId}`);
    const polls = page.getByTestId('forum-polls');
    await polls.getByTestId('poll-title').fill('Lĩnh vực nào cần ưu tiên?');
    await polls.getByTestId('poll-options').fill('Giao thông\nGiáo dục\nY tế');
    await polls.getByTestId('poll-add').click();
    await expect.poll(() => polls.getByTestId('forum-poll').count(), poll).toBe(1);
    expect(await polls.getByTestId('forum-poll').innerText()).toContain('chưa mở');
    await polls.getByTestId('poll-open').click();
    await expect.poll(() => polls.getByTestId('forum-poll').innerText(), poll).toContain('đang mở');

    const { polls: listed } = (await call('fac', 'GET', `/api/forums/${w.forumId}/polls`)).json();
    const ballots = `/api/forums/${w.forumId}/polls/${listed[0].id}/ballots`;
    // Five at point A (Huế), none at the organisation's point, whose row says it has too few.
    const choices = [['o1'], ['o1', 'o2'], ['o2'], ['o1'], ['o3']];
    for (const [i, approve] of choices.entries()) {
      const res = await t.app.inject({ method: 'POST', url: ballots, headers: await card(`Đại biểu ${i + 1}`, w.pointA), payload: { approve } });
      expect(res.statusCode, res.body).toBe(201);
    }

    await polls.getByTestId('polls-refresh').click();
    const overall = polls.getByTestId('poll-overall');
    await expect.poll(() => overall.innerText(), poll).toMatch(/Toàn diễn đàn\s+5\s+3\s+2\s+1/);
    const rows = await polls.getByTestId('poll-point').allInnerTexts();
    expect(rows.find((r) => r.includes('Huế'))).toMatch(/5\s+3\s+2\s+1/);
    expect(rows.find((r) => r.includes('Đại học Indiana'))).toContain('Quá ít phiếu');
    await screenshot(page, 'forum-poll-results');

    await polls.getByTestId('poll-close').click();
    await expect.poll(() => polls.getByTestId('forum-poll').innerText(), poll).toContain('đã đóng');
  });

  it('shows a participant’s request to speak live, and the facilitator calls them and marks them done', async () => {
    const page = await t.open(desktop, { as: 'fac@bieu-quyet.test' });
    await page.goto(`${t.base}/forums/${w.forumId}`);
    const queue = page.getByTestId('forum-queue');
    await expect.poll(() => queue.innerText(), poll).toContain('Chưa có ai đăng ký phát biểu.');
    const asked = await t.app.inject({ method: 'POST', url: `/api/forums/${w.forumId}/sessions/${w.sessionId}/queue/me`, headers: await card('Chị Lan', w.pointA), payload: {} });
    expect(asked.statusCode, asked.body).toBe(201);
    await expect.poll(() => queue.getByTestId('queue-entry').innerText(), poll).toContain('Chị Lan');
    await queue.getByTestId('queue-next').click();
    await expect.poll(() => queue.getByTestId('queue-entry').getAttribute('data-status'), poll).toBe('called');
    await queue.getByTestId('queue-done').click();
    await expect.poll(() => queue.getByTestId('queue-entry').innerText(), poll).toContain('đã phát biểu');
    await screenshot(page, 'forum-speaking-queue');
  });
});

// The staff map in a real browser when each group's members voted alike: two blocs of 8 vote opposite ways on
// every statement, so each group stands on one point. Each group is drawn as a circle of fixed screen size
// (not a dot), labelled on the chart as the lists below name it ("Nhóm A: 8 người"), and named with its
// colour in the key above the chart; the group lists give each statement's agree and disagree shares in the
// group (8 of 8 agree: 100 %, 0 %). The canvas is read through what the chart module writes on its element
// (data-labels) and through the key; a screenshot is kept: opinion-map-labels-desktop.png.
import { expect, it } from 'vitest';
import { PASSWORD, adminHeaders, spaceBody } from '../helpers/app';
import { describeBrowser } from '../helpers/browser-session';
import { desktop, painted, screenshot } from '../helpers/browser';
import { join, vote } from '../helpers/opinion';

const SEEDS = ['Mọi thủ tục của phường nên làm được trên điện thoại.', 'Cần lớp kỹ năng số cho người cao tuổi.', 'Nên tạm dừng số hóa cho đến khi đủ hạ tầng.'];
// the background job computes at most every few seconds; a generous ceiling, never a fixed wait
const MAP = { timeout: 90_000, interval: 500 };

describeBrowser('the staff opinion map labels its groups', {}, (t) => {
  it('draws each group of identical voters as a labelled circle, named in the key', { timeout: 180_000 }, async () => {
    const space = (await t.app.inject({ method: 'POST', url: '/api/spaces', headers: adminHeaders, payload: spaceBody('nhan-ban-do', 'public') })).json();
    const fac = await t.user('dieuphoi@nhan.test', { [space.id]: 'facilitator' });
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/spaces/${space.id}/conversations`,
      headers: fac.headers,
      payload: { slug: 'nhan-ban-do', title: { vi: 'Chuyển đổi số ở phường (minh họa)', en: null }, topic: { vi: 'Phường nên ưu tiên gì?', en: null } },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    for (const text of SEEDS) expect((await t.app.inject({ method: 'POST', url: `/api/conversations/${id}/statements`, headers: fac.headers, payload: { text } })).statusCode).toBe(201);
    const people = await join(t, id, 16);
    await vote(t, id, people.flatMap((pid, i) => [0, 1, 2].map((tid): [number, number, number] => [pid, tid, (i < 8) === (tid < 2) ? 1 : -1])));

    const page = await t.open(desktop, { as: 'dieuphoi@nhan.test', password: PASSWORD });
    await page.goto(`${t.base}/conversations/${id}`);
    await expect.poll(() => page.getByTestId('map-groups').innerText(), MAP).toMatch(/Nhóm A: 8 người[\s\S]*Nhóm B: 8 người/);
    await expect.poll(() => page.getByTestId('opinion-map').getAttribute('data-state')).toBe('drawn');
    expect(await page.getByTestId('map-label').allInnerTexts()).toEqual(['Nhóm A: 8 người', 'Nhóm B: 8 người']);
    expect(await page.getByTestId('map-key').innerText()).toMatch(/^Trên bản đồ:/);
    expect(await page.getByTestId('opinion-map').getAttribute('data-labels')).toBe('Nhóm A: 8 người | Nhóm B: 8 người');
    expect(await painted(page, 'opinion-map')).toBeGreaterThan(0);
    expect(await page.getByTestId('map-groups').innerText()).toContain('100\u00a0% trong nhóm đồng ý, 0\u00a0% không đồng ý');
    await page.getByTestId('opinion-map').scrollIntoViewIfNeeded();
    await screenshot(page, 'opinion-map-labels-desktop');
  });
});

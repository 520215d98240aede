// Addresses in the staff app (wouter, set up in web/src/shared/routing.tsx): what a person typing or
// following an address notices — decoded parameters, exact paths, the history Back walks through,
// links left to the browser, the sign-in round trip and a fresh page for each space.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { desktop } from '../helpers/browser';
import { describeBrowser } from '../helpers/browser-session';

const USER = 'daumoi@cantho.demo';
const NOT_FOUND = 'Không tìm thấy trang';
const CAN_THO = 'Cần Thơ: xác định lĩnh vực ưu tiên';

// The two spaces on the list, as [address, title].
async function spaces(page: Page): Promise<[string, string][]> {
  const cards = page.getByTestId('space-card');
  await expect.poll(() => cards.count()).toBe(2);
  const list: [string, string][] = [];
  for (const card of await cards.all()) list.push([(await card.getAttribute('href'))!, (await card.locator('h2').textContent())!]);
  return list;
}

// Moves within the app as its own links do (wouter hears every pushState).
const goInApp = (page: Page, to: string) => page.evaluate((address) => history.pushState(null, '', address), to);
const heading = (page: Page) => page.locator('main h1').first().textContent();
const canTho = async (page: Page) => (await spaces(page)).find(([, title]) => title.includes('Cần Thơ'))![0];

describeBrowser('addresses in the staff app', { demo: true }, (t) => {
  it('decodes a parameter once and in full; a malformed %-escape is the not-found page', async () => {
    const page = await t.open(desktop, { as: USER });
    const address = await canTho(page);
    const id = address.split('/')[2];
    // The space's id with its first character written as an escape still opens the space.
    await page.goto(`${t.base}/spaces/%${id.charCodeAt(0).toString(16)}${id.slice(1)}`);
    await expect.poll(() => page.getByTestId('space-title').textContent()).toContain(CAN_THO);

    // The page asks the server for the decoded id, escaped once again: café, a/b and 100%.
    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    for (const escaped of ['caf%C3%A9', 'a%2Fb', '100%25']) {
      await page.goto(`${t.base}/spaces/${escaped}`);
      await expect.poll(() => asked).toContain(`/api/spaces/${escaped}`);
    }
    expect(asked.filter((path) => path.includes('%25C3') || path.includes('%252F') || path.includes('%2525'))).toEqual([]);

    // The server refuses such an address itself (400), so the app meets one only from within.
    for (const malformed of ['/spaces/caf%C3', '/evidence/provinces/%E0%A4%A']) {
      await goInApp(page, malformed);
      await expect.poll(() => heading(page)).toBe(NOT_FOUND);
    }
  });

  it('compares paths case by case and ignores a trailing slash', async () => {
    const page = await t.open(desktop, { as: USER });
    const address = await canTho(page);
    await page.goto(`${t.base}${address}/`);
    await expect.poll(() => page.getByTestId('space-title').textContent()).toContain(CAN_THO);
    for (const path of [address.replace('/spaces/', '/SPACES/'), '/Evidence', '/plans']) {
      await page.goto(`${t.base}${path}`);
      await expect.poll(() => heading(page)).toBe(NOT_FOUND);
    }
    await page.goto(`${t.base}/evidence/`);
    await expect.poll(() => heading(page)).toBe('Bằng chứng');
  });

  it('adds no history entry for a link to the page one is on, and leaves modified clicks to the browser', async () => {
    const page = await t.open(desktop, { as: USER });
    const address = await canTho(page);
    const length = () => page.evaluate(() => history.length);
    const before = await length();
    await page.locator('a.brand').click();
    await page.getByTestId('space-card').first().waitFor();
    expect(await length()).toBe(before);

    // Ctrl+click opens the space in a new tab; this one stays on the list.
    const opened = page.context().waitForEvent('page');
    await page.locator(`a[href="${address}"]`).click({ modifiers: ['Control'] });
    const tab = await opened;
    await tab.waitForURL(`${t.base}${address}`);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await length()).toBe(before);

    await page.locator(`a[href="${address}"]`).click();
    await page.getByTestId('space-title').waitFor();
    expect(await length()).toBe(before + 1);
    await page.goBack();
    await page.getByTestId('space-card').first().waitFor();
  });

  it('sends a person without a session to /login and, once signed in, back where they were', async () => {
    const signedIn = await t.open(desktop, { as: USER });
    const address = await canTho(signedIn);
    const page = await t.open(desktop);
    await page.goto(`${t.base}${address}?tab=1`);
    await page.waitForURL(`${t.base}/login?next=${encodeURIComponent(`${address}?tab=1`)}`);
    const length = await page.evaluate(() => history.length);
    await page.getByTestId('login-email').fill(USER);
    await page.getByTestId('login-password').fill('doithoai-demo');
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('space-title').textContent()).toContain(CAN_THO);
    expect(page.url()).toBe(`${t.base}${address}?tab=1`);
    expect(await page.evaluate(() => history.length)).toBe(length);

    // Signed in, /login goes to next — only ever a path on this site.
    await signedIn.goto(`${t.base}/login?next=${encodeURIComponent('//example.org/x')}`);
    await signedIn.waitForURL(`${t.base}/`);
    await signedIn.goto(`${t.base}/login?next=${encodeURIComponent(address)}`);
    await signedIn.waitForURL(`${t.base}${address}`);
  });

  it('never shows the previous space while the next one loads', async () => {
    const page = await t.open(desktop, { as: USER });
    const [[first, firstTitle], [second, secondTitle]] = await spaces(page);
    await page.goto(`${t.base}${first}`);
    await expect.poll(() => page.getByTestId('space-title').textContent()).toContain(firstTitle);

    let answer = () => {};
    const held = new Promise<void>((resolve) => (answer = resolve));
    await page.route(`**/api${second}`, async (route) => {
      await held;
      await route.continue();
    });
    await goInApp(page, second);
    await page.locator('main [role=status]').first().waitFor();
    expect(await page.getByTestId('space-title').count()).toBe(0);
    answer();
    await expect.poll(() => page.getByTestId('space-title').textContent()).toContain(secondTitle);
  });
});

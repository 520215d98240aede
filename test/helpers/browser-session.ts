// The one set-up of a browser test: the built staff app on a fresh PGlite database (optionally with the
// demo loaded), served on a free port, and Debian's Chromium. A new browser test is
//   describeBrowser('what it shows', { demo: true }, (t) => {
//     it('…', async () => { const page = await t.open(desktop, { as: 'daumoi@cantho.demo' }); await page.goto(`${t.base}/…`); });
//   });
// Pages opened with `t.open` are closed after their test; a failing test first leaves a screenshot of
// each page it opened (failed-<test name>-<n>.png in test/e2e/screenshots/).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadDemo } from '../../src/modules/demo/demo.seed';
import { PASSWORD, signIn } from './app';
import { launchBrowser, screenshot, WAIT } from './browser';
import { appFixture, startApp, stopApp, type AppFixture, type AppOptions } from './http';

export const DEMO_PASSWORD = 'doithoai-demo';

export type BrowserOptions = Omit<AppOptions, 'kinds'> & {
  /** The demo's spaces and people (password `doithoai-demo`), loaded at the app's clock. */
  demo?: boolean;
  /** More Chromium flags, e.g. a host-resolver rule giving the server a LAN-like name. */
  browserArgs?: string[];
};

export type OpenOptions = {
  /** Signs this person in first: through the sign-in form, or with the API's cookie when the app's clock is held. */
  as?: string;
  password?: string;
  javaScript?: boolean;
};

export type BrowserFixture = AppFixture & {
  base: string;
  browser: Browser;
  /** A page in a new browser context of the given size, waiting up to WAIT for what it looks for. */
  open(viewport?: { width: number; height: number }, options?: OpenOptions): Promise<Page>;
  /** Signs in through the form on /login, as a person would, and waits for the list of spaces. */
  signInOn(page: Page, email: string, password?: string): Promise<void>;
};

export function describeBrowser(title: string, options: BrowserOptions, body: (t: BrowserFixture) => void): void {
  describe(title, () => {
    const t = appFixture('pglite') as BrowserFixture;
    let contexts: BrowserContext[] = [];
    const password = options.demo ? DEMO_PASSWORD : PASSWORD;
    t.signInOn = async (page, email, pass = password) => {
      await page.goto(`${t.base}/login`);
      await page.getByTestId('login-email').fill(email);
      await page.getByTestId('login-password').fill(pass);
      await page.getByTestId('login-submit').click();
      await page.getByTestId('space-list').waitFor();
    };
    t.open = async (viewport, { as, password: pass = password, javaScript = true } = {}) => {
      const context = await t.browser.newContext({ viewport, javaScriptEnabled: javaScript });
      contexts.push(context);
      context.setDefaultTimeout(WAIT);
      // With the clock held, the form's cookie would carry an expiry the browser's real clock rejects.
      if (as && options.clock) await addSessionCookie(t, context, as, pass);
      const page = await context.newPage();
      if (as && !options.clock) await t.signInOn(page, as, pass);
      return page;
    };
    beforeAll(async () => {
      assertWebBuilt();
      const seed = options.demo ? (database: AppFixture['database']) => loadDemo(database.db, options.clock ?? new Date()) : options.seed;
      await startApp(t, { ...options, seed, config: { ...options.config, ...(options.demo ? { demo: true } : {}) } });
      t.base = await t.app.listen({ port: 0, host: '127.0.0.1' });
      t.browser = await launchBrowser(options.browserArgs);
    });
    afterEach(async ({ task }) => {
      const pages = contexts.flatMap((c) => c.pages());
      const name = task.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60);
      if (task.result?.state === 'fail') for (const [i, page] of pages.entries()) await screenshot(page, `failed-${name}-${i + 1}`).catch(() => undefined);
      await closeAll(contexts);
      contexts = [];
    });
    afterAll(async () => {
      await closeAll(contexts);
      await t.browser?.close();
      await stopApp(t);
    });
    body(t);
  });
}

function assertWebBuilt(): void {
  if (!existsSync(fileURLToPath(new URL('../../web/dist/index.html', import.meta.url)))) {
    throw new Error('web/dist is missing: run `npm run build:web` first (npm test does).');
  }
}

async function addSessionCookie(t: BrowserFixture, context: BrowserContext, email: string, password: string) {
  const session = await signIn(t.app, email, password);
  const token = /dt_session=([^;]+)/.exec(session.headers.cookie)![1];
  await context.addCookies([{ name: 'dt_session', value: token, url: t.base, httpOnly: true, sameSite: 'Lax' }]);
}

async function closeAll(contexts: BrowserContext[]) {
  for (const context of contexts) await context.close().catch(() => undefined);
}

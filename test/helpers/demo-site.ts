// The site a browser test visits: the built staff app on a test database, served on a free port,
// with Debian's Chromium ready; optionally with the demo loaded.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import type { Database } from '../../src/db/connection';
import { loadDemo } from '../../src/modules/demo/demo.seed';
import type { App } from '../../src/modules/module';
import { testApp } from './app';
import { launchBrowser } from './browser';
import { openTestDatabase } from './database';

export function assertWebBuilt(): void {
  if (!existsSync(fileURLToPath(new URL('../../web/dist/index.html', import.meta.url)))) {
    throw new Error('web/dist is missing: run `npm run build:web` first (npm test does).');
  }
}

export type DemoSite = { database: Database; app: App; base: string; browser: Browser; close(): Promise<void> };

export async function openDemoSite(options: { browserArgs?: string[] } = {}): Promise<DemoSite> {
  assertWebBuilt();
  const database = await openTestDatabase();
  await loadDemo(database.db, new Date());
  const app = await testApp(database, { demo: true });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await launchBrowser(options.browserArgs);
  return {
    database,
    app,
    base,
    browser,
    close: async () => {
      await browser.close();
      await app.close();
      await database.close();
    },
  };
}

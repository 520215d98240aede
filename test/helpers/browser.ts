// Debian's Chromium driven by playwright-core, headless, with the flags this closed network needs.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const screenshotDir = fileURLToPath(new URL('../e2e/screenshots/', import.meta.url));

/** `extraArgs`: more Chromium flags, e.g. a host-resolver rule giving the test server a LAN-like name. */
export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', ...extraArgs],
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}${name}.png`, fullPage: true });
}

/**
 * How long a page may take to show what a test waits for. Waits end as soon as the condition holds, so
 * this only bounds a real failure; it is generous because two cores shared with other work can stall
 * the browser, the server and the database for many seconds.
 */
export const WAIT = 30_000;
export const poll = { timeout: WAIT, interval: 200 };

export const phone = { width: 360, height: 740 };
export const desktop = { width: 1280, height: 800 };

/** True when the page fits the window's width: nothing to scroll sideways (a phone's most common breakage). */
export const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** How many pixels of a chart's canvas are painted (neither transparent nor near-white): 0 for an empty chart. */
export const painted = (page: Page, testId: string) =>
  page.evaluate((id) => {
    const canvas = document.querySelector<HTMLCanvasElement>(`[data-testid="${id}"] canvas`);
    const context = canvas?.getContext('2d');
    if (!canvas || !context || !canvas.width || !canvas.height) return 0;
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && !(data[i] > 240 && data[i + 1] > 240 && data[i + 2] > 240)) n++;
    return n;
  }, testId);

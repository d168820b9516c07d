import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startRealServer, type RealServer } from '../integration/real-server.js';

/** Debian's chromium (`apt-get install -y chromium`); .ci/run installs it. */
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.log(`browser tests skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

/** A page that fails the test on any uncaught error or console error in the console app. */
export async function newPage(browser: Browser, errors: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  // Answers with an AWS error status (an expected 400) are logged by the browser; they are not app errors.
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`console: ${m.text()}`); });
  return page;
}

/** A real server and a browser for a describe block, started before its tests and closed after. */
export function useServerAndBrowser(): { server(): RealServer; browser(): Browser } {
  let server: RealServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startRealServer();
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { server: () => server as RealServer, browser: () => browser as Browser };
}

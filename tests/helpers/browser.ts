import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { builds } from './build';
import { serveStatic } from './static-server';

/** Debian's Chromium; never a browser downloaded by a tool. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether a browser is available here. In CI a missing browser is an error, not a skip. */
export function browserAvailable(): boolean {
  const found = existsSync(chromiumPath);
  if (!found && process.env.CI === 'true') {
    throw new Error(`Chromium not found at ${chromiumPath}: CI must install it (apt-get install chromium).`);
  }
  if (!found) console.warn(`\n!!! Browser tests SKIPPED: no Chromium at ${chromiumPath} (apt-get install chromium) !!!\n`);
  return found;
}

/** The flags Chromium needs on these machines (no sandbox as root, no network of its own). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches headless Chromium with the flags this machine needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

/**
 * For a browser test file: serves the default build (with its _headers) and launches Chromium
 * before the tests, closes both after. Read `site.browser` and `site.server` inside tests.
 */
export function useSiteInBrowser(): { browser: Browser; server: Awaited<ReturnType<typeof serveStatic>> } {
  const site = {} as { browser: Browser; server: Awaited<ReturnType<typeof serveStatic>> };
  beforeAll(async () => {
    site.server = await serveStatic(path.resolve(builds.default.outDir));
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

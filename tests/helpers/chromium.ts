// Chromium for tests and scripts (no vitest import here: scripts/screenshots.ts uses it too).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, or the browser CHROMIUM_PATH names (the GitHub runner's own); never a browser downloaded by a tool. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether a browser is available here. In CI a missing browser is an error, not a skip. */
export function browserAvailable(): boolean {
  const found = existsSync(chromiumPath);
  if (!found && process.env.CI === 'true') {
    throw new Error(`Chromium not found at ${chromiumPath}: CI must install it (apt-get install chromium) or name it in CHROMIUM_PATH.`);
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


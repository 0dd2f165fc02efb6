import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './chromium';

export { browserAvailable, chromiumArgs, chromiumPath, launchBrowser } from './chromium';
import { builds } from './build';
import { serveStatic } from './static-server';

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

/**
 * For a describe block: serves a built folder (with its _headers) before its tests and closes it
 * after. Returns the served folder's URL, to read inside tests.
 */
export function serveDuringSuite(dir: string): () => string {
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  beforeAll(async () => {
    server = await serveStatic(path.resolve(dir));
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => server!.url;
}

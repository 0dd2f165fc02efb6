import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { builds } from '../helpers/build';
import { browserAvailable, launchBrowser } from '../helpers/browser';
import { serveStatic } from '../helpers/static-server';
import { embedPhoneWidths } from '../../src/utils/embed';

const hasBrowser = browserAvailable();

/** The embed pages of a build, each with its oEmbed width and height. */
function declaredSizes(outDir: string) {
  return readdirSync(path.join(outDir, 'embed'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const oembed = JSON.parse(readFileSync(path.join(outDir, 'embed', entry.name, 'oembed.json'), 'utf8'));
      return { id: entry.name, width: oembed.width as number, height: oembed.height as number };
    });
}

describe.runIf(hasBrowser).each([
  ['default', builds.default.outDir],
  ['gallery', builds.gallery.outDir],
] as const)('the height each embed declares (%s build)', (_name, outDir) => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    server = await serveStatic(path.resolve(outDir));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is at least the embed page’s real height at the declared width, and at most 25 % more', async () => {
    const sizes = declaredSizes(outDir);
    expect(sizes.length).toBeGreaterThanOrEqual(5);
    const report: string[] = [];
    // Note: one page for every embed (each loaded at its own width), not a new one each time.
    const page = await browser.newPage();
    for (const { id, width, height } of sizes) {
      await page.setViewportSize({ width, height: 600 });
      await page.goto(`${server.origin}/embed/${id}/`);
      // Note: measured as embed.js sees it, once fonts are in and the figure's script has run
      // (the map's panel appears only then).
      const real = await page.evaluate(async () => {
        await document.fonts.ready;
        await new Promise(requestAnimationFrame);
        return Math.ceil(document.documentElement.getBoundingClientRect().height);
      });
      if (height < real || height > real * 1.25) report.push(`${id}: declares ${height} px at ${width} px, the page is ${real} px (${(height / real).toFixed(2)})`);
    }
    await page.close();
    expect(report).toEqual([]);
  });

  it('pasted without its script, keeps a height that shows the whole figure at phone widths (320, 375 and 430 px), at most 25 % more', async () => {
    const report: string[] = [];
    const measured: string[] = [];
    const page = await browser.newPage();
    for (const { id } of declaredSizes(outDir)) {
      const html = JSON.parse(readFileSync(path.join(outDir, 'embed', id, 'oembed.json'), 'utf8')).html as string;
      const fallback = Number(/ height="(\d+)"/.exec(html)![1]);
      const real: number[] = [];
      await page.setViewportSize({ width: embedPhoneWidths[0], height: 600 });
      await page.goto(`${server.origin}/embed/${id}/`);
      for (const width of embedPhoneWidths) {
        await page.setViewportSize({ width, height: 600 });
        real.push(
          await page.evaluate(async () => {
            await document.fonts.ready;
            await new Promise(requestAnimationFrame);
            return Math.ceil(document.documentElement.getBoundingClientRect().height);
          }),
        );
      }
      measured.push(`${id}: ${fallback} px for ${real.join(' / ')} px at ${embedPhoneWidths.join(' / ')} px`);
      if (fallback < Math.max(...real) || fallback > Math.max(...real) * 1.25) report.push(`${id}: the snippet says ${fallback} px, the page is ${real.join(' / ')} px at ${embedPhoneWidths.join(' / ')} px`);
    }
    await page.close();
    console.log(measured.join('\n'));
    expect(report).toEqual([]);
  }, 180_000);
});

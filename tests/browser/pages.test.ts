import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builds } from '../helpers/build';
import { browserAvailable, useSiteInBrowser } from '../helpers/browser';
import { axeViolations } from '../helpers/axe';
import { htmlFiles } from '../helpers/html';

const hasBrowser = browserAvailable();
// Every page of the build (embeds included); the search page with a query, so its results are checked too.
const pages = htmlFiles(builds.default.outDir)
  .map((file) => path.relative(builds.default.outDir, file).split(path.sep).join('/').replace(/index\.html$/, ''))
  .map((p) => (p === 'recherche/' ? 'recherche/?q=SISMIC' : p))
  .sort();

describe.runIf(hasBrowser)('pages in Chromium', () => {
  const site = useSiteInBrowser();

  it('the axe harness reports real violations (it can fail)', async () => {
    const page = await site.browser.newPage();
    await page.setContent('<!doctype html><html lang="fr"><head><title>t</title></head><body><main><img src="x.png"></main></body></html>');
    expect((await axeViolations(page)).map((v) => v.id)).toContain('image-alt');
    await page.close();
  });

  for (const [width, colorScheme] of [
    [375, 'light'],
    [1280, 'light'],
    [375, 'dark'],
    [1280, 'dark'],
  ] as const) {
    it(`have no axe violations and no console errors at ${width} px, ${colorScheme} scheme`, async () => {
      const page = await site.browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      const errors: string[] = [];
      const elsewhere: string[] = [];
      page.on('request', (r) => !r.url().startsWith(site.server.origin) && !r.url().startsWith('data:') && elsewhere.push(r.url()));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      for (const p of pages) {
        await page.goto(site.server.url + p);
        expect(await axeViolations(page), p || 'home').toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${p} scrolls sideways`).toBeLessThanOrEqual(0);
      }
      expect(errors).toEqual([]);
      expect(elsewhere, 'requests to another origin').toEqual([]);
      await page.close();
      // Note: over 20 pages (each embed light, dark and automatic) with axe on two shared cores.
    }, 180_000);
  }

  for (const [width, shown] of [
    [375, 'narrow'],
    [1280, 'wide'],
  ] as const) {
    it(`shows every chart, its caption, table and links with JavaScript off (${width} px → ${shown} drawing)`, async () => {
      const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${site.server.url}chapitres/un-ecosysteme-tisse-serre/`);
      const figures = await page.locator('figure[data-figure]').all();
      expect(figures.length).toBe(4);
      for (const figure of figures) {
        // The map is drawn once and scaled; the charts show the drawing made for the width.
        const once = (await figure.locator('.figure__drawing--once').count()) > 0;
        const drawing = figure.locator(`.figure__drawing--${once ? 'once' : shown} svg`);
        const box = (await drawing.boundingBox())!;
        expect(box.width).toBeGreaterThan(width === 375 ? 300 : 500);
        expect(box.height).toBeGreaterThan(150);
        if (!once) expect(await figure.locator(`.figure__drawing--${shown === 'wide' ? 'narrow' : 'wide'} svg`).isVisible()).toBe(false);
        await expect(figure.locator('figcaption').isVisible()).resolves.toBe(true);
        await figure.locator('.figure__data summary').click();
        expect(await figure.locator('table').isVisible()).toBe(true);
        expect(await figure.locator('.figure__downloads a').first().isVisible()).toBe(true);
      }
      await context.close();
    });
  }
});

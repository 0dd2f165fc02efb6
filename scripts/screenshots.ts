// Screenshots of built pages at phone and desktop widths, light and dark, for looking at what we build.
// Usage: npm run build && npx vite-node scripts/screenshots.ts [path ...]  → screenshots/*.png
// SHOTS_DIST=<folder> screenshots another build (e.g. the gallery: GALERIE=1 OUT_DIR=/tmp/gal npx astro build).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../tests/helpers/chromium';
import { serveStatic } from '../tests/helpers/static-server';

const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['', 'chapitres/un-ecosysteme-tisse-serre/', 'sources-et-methodologie/'];
const out = path.resolve('screenshots');
mkdirSync(out, { recursive: true });
const server = await serveStatic(path.resolve(process.env.SHOTS_DIST ?? 'dist'));
const browser = await launchBrowser();
for (const scheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    for (const p of pages) {
      await page.goto(server.url + p);
      const name = `${p.replace(/\/$/, '').replace(/\//g, '_') || 'home'}-${width}${scheme === 'dark' ? '-dark' : ''}.png`;
      await page.screenshot({ path: path.join(out, name), fullPage: true });
      console.log(path.join('screenshots', name));
    }
    await page.close();
  }
}
await browser.close();
await server.close();

// The pictures of the authors' guide (docs/images/figures/<type>.png): one per figure type, taken
// from the gallery (docs/galerie/, example data), cropped to the figure itself (title, description,
// drawing, source, note), light scheme, 680 px wide page, 1x, palette PNG.
// Usage: npx vite-node scripts/guide-images.ts        builds the gallery into a temporary folder first
//        GUIDE_DIST=/tmp/guide-build npx vite-node scripts/guide-images.ts   reuses a gallery build
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { launchBrowser } from '../tests/helpers/chromium';
import { serveStatic } from '../tests/helpers/static-server';

/** Width of the page the figures are photographed in: the wide drawing, as on a laptop. */
const viewportWidth = 680;
/** Colours kept in each PNG: enough for anti-aliased text, small files. */
const paletteColors = 64;
/** Largest picture accepted, in bytes: the guide stays light in a Git checkout. */
const maxBytes = 120 * 1024;

const out = path.resolve('docs/images/figures');

/** Builds the gallery (GALERIE=1) into a fresh temporary folder and returns it. */
function buildGallery(): { dir: string; cleanup: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'guide-images-'));
  const dir = path.join(root, 'dist');
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, GALERIE: '1', OUT_DIR: dir, ASTRO_CACHE_DIR: path.join(root, 'cache'), SITE_URL: 'https://rapport.example.org' },
  });
  if (result.status !== 0) throw new Error('La compilation de la galerie a échoué (voir ci-dessus).');
  return { dir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

const given = process.env.GUIDE_DIST;
const build = given ? { dir: path.resolve(given), cleanup: () => undefined } : buildGallery();
const server = await serveStatic(build.dir);
const browser = await launchBrowser();
mkdirSync(out, { recursive: true });
try {
  const page = await browser.newPage({ viewport: { width: viewportWidth, height: 900 }, colorScheme: 'light', deviceScaleFactor: 1 });
  await page.goto(`${server.url}galerie/`, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  // Note: the map's details panel (shown by its script) is not part of the drawing: hidden for the picture.
  await page.$$eval('.map-panel', (panels) => panels.forEach((p) => p.setAttribute('hidden', '')));
  const ids = await page.$$eval('figure[id^="figure-exemple-"]', (figures) => figures.map((f) => f.id));
  if (ids.length === 0) throw new Error('Aucune figure d’exemple sur /galerie/ : la compilation a-t-elle été faite avec GALERIE=1 ?');
  for (const id of ids) {
    // Note: the crop stops under the source and note; the data table, downloads and embed code are left out.
    const box = await page.$eval(`#${id}`, (figure) => {
      const parts = ['.figure__caption', '.figure__chart', '.figure__table-main', '.figure__source', '.figure__note']
        .map((selector) => figure.querySelector(selector))
        .filter((el): el is Element => el !== null)
        .map((el) => el.getBoundingClientRect());
      const outer = figure.getBoundingClientRect();
      const bottom = Math.max(...parts.map((r) => r.bottom));
      return { x: outer.left + window.scrollX, y: outer.top + window.scrollY, width: outer.width, height: bottom - outer.top };
    });
    const margin = 8;
    const clip = {
      x: Math.max(0, Math.floor(box.x - margin)),
      y: Math.max(0, Math.floor(box.y - margin)),
      width: Math.ceil(box.width + 2 * margin),
      height: Math.ceil(box.height + 2 * margin),
    };
    const shot = await page.screenshot({ clip, fullPage: true });
    const file = path.join(out, `${id.replace(/^figure-exemple-/, '')}.png`);
    await sharp(shot).png({ palette: true, colors: paletteColors, compressionLevel: 9, effort: 10 }).toFile(file);
    const bytes = statSync(file).size;
    console.log(`${path.relative(process.cwd(), file)}  ${clip.width} × ${clip.height} px, ${Math.round(bytes / 1024)} Ko`);
    if (bytes > maxBytes) console.warn(`  ! plus de ${Math.round(maxBytes / 1024)} Ko : réduisez paletteColors ou la figure d’exemple`);
  }
  await page.close();
} finally {
  await browser.close();
  await server.close();
  build.cleanup();
}

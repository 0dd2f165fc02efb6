import path from 'node:path';
import { launchBrowser } from '../tests/helpers/chromium';
import { serveStatic } from '../tests/helpers/static-server';

const jobs = [
  { dir: 'dist-test/default', url: 'chapitres/un-ecosysteme-tisse-serre/', id: 'carte-poles' },
  { dir: 'dist-test/gallery', url: 'galerie/', id: 'exemple-carte-points' },
];
const browser = await launchBrowser();
for (const job of jobs) {
  const server = await serveStatic(path.resolve(job.dir));
  for (const width of [320, 375, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(`${server.url}${job.url}`, { waitUntil: 'networkidle' });
      const fig = page.locator(`[data-figure="${job.id}"]`);
      await fig.scrollIntoViewIfNeeded();
      if (process.env.SELECT) {
        await fig.locator('.figure__drawing--once').focus();
        for (let i = 0; i < Number(process.env.SELECT); i++) await page.keyboard.press('ArrowRight');
      }
      await fig.screenshot({ path: `/tmp/cp-shots/${job.id}-${width}-${scheme}${process.env.SELECT ? '-sel' : ''}.png` });
      await page.close();
    }
  }
  await server.close();
}
await browser.close();

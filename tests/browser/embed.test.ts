import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { builds } from '../helpers/build';
import { browserAvailable, launchBrowser } from '../helpers/browser';
import { serveStatic } from '../helpers/static-server';
import { readPage } from '../helpers/html';

const hasBrowser = browserAvailable();
const site = 'https://rapport.example.org';
const embedded = ['jalons-initiatives', 'poles-par-region', 'carte-poles'];

describe.runIf(hasBrowser)('figures embedded in a partner page on another origin', () => {
  let browser: Browser;
  let report: Awaited<ReturnType<typeof serveStatic>>;
  let partner: Awaited<ReturnType<typeof serveStatic>>;
  let partnerDir: string;
  const errors: string[] = [];

  beforeAll(async () => {
    report = await serveStatic(path.resolve(builds.default.outDir));
    partnerDir = mkdtempSync(path.join(tmpdir(), 'tiess-partner-'));
    partner = await serveStatic(partnerDir);
    // The snippets exactly as the catalogue page gives them, pointed at the test server.
    const catalogue = readPage(path.join(builds.default.outDir, 'integrer/index.html'));
    const snippets = embedded.map((id) => catalogue.querySelector(`#${id}-code`)!.textContent!.split(site).join(report.origin));
    writeFileSync(
      path.join(partnerDir, 'index.html'),
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Partenaire</title></head>
<body><h1>Un site partenaire</h1>
${snippets.map((s) => `<section>${s}</section>`).join('\n')}
<iframe id="forger" src="${partner.origin}/forger.html" data-tiess-figure="jalons-initiatives" height="123" style="border:0;width:100%"></iframe>
</body></html>`,
    );
    writeFileSync(path.join(partnerDir, 'forger.html'), '<!doctype html><html lang="fr"><head><title>f</title></head><body>autre origine</body></html>');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await report?.close();
    await partner?.close();
    rmSync(partnerDir, { recursive: true, force: true });
  });

  async function openPartner(width: number): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(partner.url);
    for (const id of embedded) await page.locator(`section iframe[data-tiess-figure="${id}"]`).scrollIntoViewIfNeeded();
    return page;
  }

  const frameOf = async (page: Page, id: string): Promise<Frame> => {
    const handle = await page.locator(`section iframe[data-tiess-figure="${id}"]`).elementHandle();
    const frame = await handle!.contentFrame();
    await frame!.waitForLoadState('load');
    return frame!;
  };

  /** Waits until every embedded figure's iframe is as tall as its document (±2 px); returns the differences. */
  async function settledHeights(page: Page): Promise<Record<string, { iframe: number; doc: number; innerScroll: number }>> {
    const deadline = Date.now() + 8000;
    for (;;) {
      const result: Record<string, { iframe: number; doc: number; innerScroll: number }> = {};
      for (const id of embedded) {
        // Note: Chromium pauses rendering (and so ResizeObserver) in cross-origin frames that are off
        // screen; a reader sees each figure when it scrolls into view, and so does this check.
        await page.locator(`section iframe[data-tiess-figure="${id}"]`).scrollIntoViewIfNeeded();
        const frame = await frameOf(page, id);
        const iframe = await page.locator(`section iframe[data-tiess-figure="${id}"]`).evaluate((el) => el.getBoundingClientRect().height);
        const { doc, innerScroll } = await frame.evaluate(() => ({
          doc: document.documentElement.getBoundingClientRect().height,
          innerScroll: document.documentElement.scrollHeight - window.innerHeight,
        }));
        result[id] = { iframe, doc, innerScroll };
      }
      const ok = Object.values(result).every((r) => Math.abs(r.iframe - r.doc) <= 2 && r.innerScroll <= 1);
      if (ok || Date.now() > deadline) return result;
      await page.waitForTimeout(100);
    }
  }

  for (const [first, second] of [
    [375, 1280],
    [1280, 375],
  ]) {
    it(`each iframe takes its figure's exact height at ${first} px, and again after a resize to ${second} px`, async () => {
      const page = await openPartner(first!);
      for (const [id, r] of Object.entries(await settledHeights(page))) {
        expect(Math.abs(r.iframe - r.doc), `${id} at ${first}px`).toBeLessThanOrEqual(2);
        expect(r.innerScroll, `${id} scrolls inside at ${first}px`).toBeLessThanOrEqual(1);
        expect(r.doc).toBeGreaterThan(300);
      }
      await page.setViewportSize({ width: second!, height: 800 });
      for (const [id, r] of Object.entries(await settledHeights(page))) {
        expect(Math.abs(r.iframe - r.doc), `${id} after resize to ${second}px`).toBeLessThanOrEqual(2);
        expect(r.innerScroll).toBeLessThanOrEqual(1);
      }
      await page.close();
    });
  }

  it('keeps the map interactive inside its iframe, and grows the iframe when the panel fills', async () => {
    const page = await openPartner(1280);
    await settledHeights(page);
    const frame = await frameOf(page, 'carte-poles');
    const before = await page.locator('section iframe[data-tiess-figure="carte-poles"]').evaluate((el) => el.getBoundingClientRect().height);
    // The map is one tab stop whose arrow keys walk the regions (01 to 17, each with its markers).
    const map = frame.locator('.figure__drawing--once');
    await map.focus();
    for (let i = 0; i < 40 && (await map.evaluate((el) => el.querySelector('.is-current')?.getAttribute('data-region'))) !== '16'; i++) {
      await frame.page().keyboard.press('ArrowRight');
    }
    await frame.page().keyboard.press('Enter');
    expect(await frame.locator('[data-map-panel]').innerText()).toContain('Montérégie\u00a0: 3\u00a0pôles');
    const after = await settledHeights(page);
    expect(after['carte-poles']!.iframe).toBeGreaterThan(before);
    expect(Math.abs(after['carte-poles']!.iframe - after['carte-poles']!.doc)).toBeLessThanOrEqual(2);
    await page.close();
  });

  it('ignores forged messages: wrong shape, unknown or other figure id, other origin', async () => {
    const page = await openPartner(1280);
    await settledHeights(page);
    const heights = () =>
      page.evaluate(() => [...document.querySelectorAll('iframe')].map((f) => `${f.dataset.tiessFigure}:${Math.round(f.getBoundingClientRect().height)}`));
    const before = await heights();
    const jalons = await frameOf(page, 'jalons-initiatives');
    await jalons.evaluate(() => {
      const post = (m: unknown) => parent.postMessage(m, '*');
      post({ type: 'tiess-embed:height', id: 'jalons-initiatives', height: 'abc' });
      post({ type: 'tiess-embed:height', id: 'jalons-initiatives', height: 1e9 });
      post({ type: 'tiess-embed:height', id: 'jalons-initiatives', height: -5 });
      post({ type: 'autre', id: 'jalons-initiatives', height: 200 });
      post('tiess-embed:height 200');
      post(null);
      post({ type: 'tiess-embed:height', id: 'inconnu', height: 200 });
      post({ type: 'tiess-embed:height', id: 'poles-par-region', height: 200 });
    });
    const forger = (await (await page.locator('#forger').elementHandle())!.contentFrame())!;
    await forger.evaluate(() => parent.postMessage({ type: 'tiess-embed:height', id: 'jalons-initiatives', height: 200 }, '*'));
    await page.evaluate(() => window.postMessage({ type: 'tiess-embed:height', id: 'jalons-initiatives', height: 200 }, '*'));
    await page.waitForTimeout(400);
    expect(await heights()).toEqual(before);
    expect(before.find((h) => h.startsWith('jalons-initiatives:123'))).toBe('jalons-initiatives:123');
    await page.close();
  });

  it('logged no console errors (CSP and scripts included)', () => {
    expect(errors).toEqual([]);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { builds } from '../helpers/build';
import { browserAvailable, launchBrowser } from '../helpers/browser';
import { serveStatic } from '../helpers/static-server';
import { readPage } from '../helpers/html';
import { darkPalette, palette } from '../../src/styles/theme';

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
    // The snippets exactly as the catalogue page gives them, pointed at the test server.
    const catalogue = readPage(path.join(builds.default.outDir, 'integrer/index.html'));
    const snippets = embedded.map((id) => catalogue.querySelector(`#${id}-code`)!.textContent!.split(site).join(report.origin));
    writeFileSync(
      path.join(partnerDir, 'index.html'),
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Partenaire</title></head>
<body><h1>Un site partenaire</h1>
${snippets.map((s) => `<section>${s}</section>`).join('\n')}
<iframe id="forger" src="/forger.html" data-tiess-figure="jalons-initiatives" height="123" style="border:0;width:100%"></iframe>
</body></html>`,
    );
    writeFileSync(path.join(partnerDir, 'forger.html'), '<!doctype html><html lang="fr"><head><title>f</title></head><body>autre origine</body></html>');
    // Partner pages with their own stylesheet: figures far below the fold (bas.html), under a strict
    // Content-Security-Policy (strict.html), and the same without the script, as a CMS that strips it leaves them (sans-script.html).
    const stripped = snippets.map((s) => s.replace(/\n?<script\b[^>]*><\/script>/, ''));
    const partnerPage = (title: string, body: string) =>
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><link rel="stylesheet" href="/partenaire.css"></head>\n<body><main><h1>${title}</h1>\n${body}\n</main></body></html>`;
    writeFileSync(path.join(partnerDir, 'partenaire.css'), 'body { margin: 0; font-family: sans-serif; } main { padding: 0 16px; } .espace { height: 2400px; }');
    writeFileSync(path.join(partnerDir, 'bas.html'), partnerPage('Plus bas', snippets.map((s) => `<div class="espace"></div><section>${s}</section>`).join('\n')));
    writeFileSync(path.join(partnerDir, 'strict.html'), partnerPage('Politique stricte', snippets.map((s) => `<section>${s}</section>`).join('\n')));
    // The code the report gave before: 640 px wide, fluid by a style attribute that a strict policy blocks.
    const former = snippets.map((s) => s.replace(/\n\s*data-tiess-figure="([^"]+)" width="100%" (height="\d+") frameborder="0" loading="lazy">/, ' data-tiess-figure="$1"\n  width="640" $2 loading="lazy" style="border:0;width:100%;max-width:100%">'));
    writeFileSync(path.join(partnerDir, 'ancien.html'), partnerPage('Code d’avant', former.map((s) => `<section>${s}</section>`).join('\n')));
    writeFileSync(path.join(partnerDir, 'sans-script.html'), partnerPage('Sans script', stripped.map((s) => `<section>${s}</section>`).join('\n')));
    const strictCsp = `default-src 'self'; style-src 'self'; script-src 'self' ${report.origin}; frame-src ${report.origin}; img-src 'self' data:; connect-src 'self' ${report.origin}`;
    writeFileSync(path.join(partnerDir, '_headers'), ['/strict.html', '/sans-script.html', '/ancien.html'].map((p) => `${p}\n  Content-Security-Policy: ${strictCsp}\n`).join('\n'));
    // Started once its pages and its _headers are written (it reads them when it starts).
    partner = await serveStatic(partnerDir);
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

  /** The height of each embedded iframe and of its figure's page, read without scrolling. */
  async function heightsInPlace(page: Page): Promise<Record<string, { iframe: number; doc: number }>> {
    const result: Record<string, { iframe: number; doc: number }> = {};
    for (const id of embedded) {
      const iframe = await page.locator(`section iframe[data-tiess-figure="${id}"]`).evaluate((el) => el.getBoundingClientRect().height);
      const frame = (await (await page.locator(`section iframe[data-tiess-figure="${id}"]`).elementHandle())!.contentFrame())!;
      const doc = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
      result[id] = { iframe: Math.round(iframe), doc: Math.round(doc) };
    }
    return result;
  }

  it('gives figures off screen their new height after a resize, before the reader reaches them, with no jump in view', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${partner.origin}/bas.html`);
    await settledHeights(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    // Each figure's height the first time it is in the viewport, read before that frame is painted.
    await page.evaluate(() => {
      const seen: Record<string, number> = {};
      (window as unknown as { firstSeen: typeof seen }).firstSeen = seen;
      const tick = () => {
        for (const frame of document.querySelectorAll<HTMLIFrameElement>('section iframe')) {
          const box = frame.getBoundingClientRect();
          if (!(frame.dataset.tiessFigure! in seen) && box.top < window.innerHeight && box.bottom > 0) seen[frame.dataset.tiessFigure!] = box.height;
        }
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.setViewportSize({ width: 375, height: 800 });
    // Every figure is more than a screen below the fold: the frames are cross-origin and off screen.
    let heights = await heightsInPlace(page);
    for (let deadline = Date.now() + 8000; Date.now() < deadline && Object.values(heights).some((h) => Math.abs(h.iframe - h.doc) > 2); ) {
      await page.waitForTimeout(100);
      heights = await heightsInPlace(page);
    }
    expect(await page.evaluate(() => (window as unknown as { firstSeen: object }).firstSeen)).toEqual({});
    for (const [id, h] of Object.entries(heights)) expect(h.iframe, `${id} off screen at 375 px: frame ${h.iframe} px, page ${h.doc} px`).toBeGreaterThanOrEqual(h.doc - 2);
    for (const [id, h] of Object.entries(heights)) expect(h.iframe, `${id} off screen at 375 px: frame ${h.iframe} px, page ${h.doc} px`).toBeLessThanOrEqual(h.doc + 2);
    const settled = await settledHeights(page);
    const firstSeen = await page.evaluate(() => (window as unknown as { firstSeen: Record<string, number> }).firstSeen);
    for (const id of embedded) {
      expect(Math.abs(firstSeen[id]! - settled[id]!.doc), `${id}: ${firstSeen[id]} px when it came into view, ${settled[id]!.doc} px once shown`).toBeLessThanOrEqual(3);
      expect(Math.abs(settled[id]!.iframe - settled[id]!.doc)).toBeLessThanOrEqual(2);
    }
    await page.close();
  });

  /** Opens a partner page, recording its console errors and the Content-Security-Policy violations of the page and its frames. */
  async function openRecorded(url: string, width: number) {
    const problems: string[] = [];
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(url);
    return { page, problems };
  }

  /** Horizontal overflow of the page, and each frame's width, border and container width. */
  const layoutOf = (page: Page) =>
    page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      frames: [...document.querySelectorAll<HTMLIFrameElement>('section iframe')].map((f) => ({
        id: f.dataset.tiessFigure,
        width: Math.round(f.getBoundingClientRect().width),
        room: f.parentElement!.clientWidth,
        border: getComputedStyle(f).borderTopWidth,
      })),
    }));

  for (const width of [375, 1280]) {
    it(`works on a partner page with a strict Content-Security-Policy at ${width} px: no violation, no sideways scroll, exact heights`, async () => {
      const { page, problems } = await openRecorded(`${partner.origin}/strict.html`, width);
      for (const [id, r] of Object.entries(await settledHeights(page))) {
        expect(Math.abs(r.iframe - r.doc), `${id} at ${width} px`).toBeLessThanOrEqual(2);
        expect(r.innerScroll).toBeLessThanOrEqual(1);
      }
      const layout = await layoutOf(page);
      expect(layout.overflow).toBe(0);
      for (const frame of layout.frames) expect(frame, `${frame.id} at ${width} px`).toEqual({ id: frame.id, width: frame.room, room: frame.room, border: '0px' });
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it('makes the code given before fluid too under a strict policy, which blocks its style attribute', async () => {
    const { page, problems } = await openRecorded(`${partner.origin}/ancien.html`, 375);
    expect(await page.locator('section iframe[width="640"][style]').count()).toBe(embedded.length);
    for (const [id, r] of Object.entries(await settledHeights(page))) expect(Math.abs(r.iframe - r.doc), `${id} at 375 px`).toBeLessThanOrEqual(2);
    const layout = await layoutOf(page);
    expect(layout.overflow).toBe(0);
    for (const frame of layout.frames) expect(frame, `${frame.id} at 375 px`).toEqual({ id: frame.id, width: frame.room, room: frame.room, border: '0px' });
    expect(problems.filter((p) => !p.startsWith('violation: style-src-attr')).filter((p) => !/inline style/.test(p))).toEqual([]);
    expect(problems.filter((p) => p.startsWith('violation: style-src-attr')).length).toBe(embedded.length);
    await page.close();
  });

  for (const width of [320, 375]) {
    it(`shows each whole figure at ${width} px when a CMS stripped the script (strict policy, no sideways scroll)`, async () => {
      const { page, problems } = await openRecorded(`${partner.origin}/sans-script.html`, width);
      for (const id of embedded) {
        await page.locator(`section iframe[data-tiess-figure="${id}"]`).scrollIntoViewIfNeeded();
        await frameOf(page, id);
      }
      const layout = await layoutOf(page);
      expect(layout.overflow).toBe(0);
      for (const frame of layout.frames) expect(frame, `${frame.id} at ${width} px`).toEqual({ id: frame.id, width: frame.room, room: frame.room, border: '0px' });
      for (const [id, h] of Object.entries(await heightsInPlace(page))) {
        // Note: measured once the figure's page has its fonts, as a reader sees it.
        const frame = await frameOf(page, id);
        const doc = await frame.evaluate(async () => {
          await document.fonts.ready;
          return Math.ceil(document.documentElement.getBoundingClientRect().height);
        });
        expect(h.iframe, `${id} at ${width} px: the frame is ${h.iframe} px, the figure ${doc} px`).toBeGreaterThanOrEqual(doc);
      }
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it('lets partners read the oEmbed documents and the list of figures from their own origin (CORS)', async () => {
    const page = await browser.newPage();
    await page.goto(`${partner.origin}/forger.html`);
    const read = (url: string) => page.evaluate(async (u) => (await (await fetch(u)).json()) as Record<string, unknown>, url);
    expect((await read(`${report.origin}/embed/carte-poles/oembed.json`)).type).toBe('rich');
    expect(((await read(`${report.origin}/embed/index.json`)).figures as unknown[]).length).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('draws embed pages light by default, dark on /sombre/, and after the reader’s system on /auto/', async () => {
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 640, height: 800 } });
      const page = await context.newPage();
      const look = async (url: string) => {
        await page.goto(`${report.origin}${url}`);
        return page.evaluate(() => ({ paper: getComputedStyle(document.body).backgroundColor, ink: getComputedStyle(document.body).color, scheme: getComputedStyle(document.documentElement).colorScheme }));
      };
      const light = { paper: rgb(palette.paper), ink: rgb(palette.ink), scheme: 'light' };
      const dark = { paper: rgb(darkPalette.paper), ink: rgb(darkPalette.ink), scheme: 'dark' };
      expect(await look('/embed/carte-poles/'), `default, system ${scheme}`).toEqual(light);
      expect(await look('/embed/carte-poles/sombre/'), `sombre, system ${scheme}`).toEqual(dark);
      expect(await look('/embed/jalons-initiatives/auto/'), `auto, system ${scheme}`).toEqual(scheme === 'dark' ? { ...dark, scheme: 'light dark' } : { ...light, scheme: 'light dark' });
      await context.close();
    }
  });

  it('keeps title, drawing and footer of an embed page in one column at 1280 px (52 rem, centred)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    for (const id of embedded) {
      await page.goto(`${report.origin}/embed/${id}/`);
      const boxes = await page.evaluate(() =>
        ['h1', '.figure__chart, .figure__table-main', '.figure__footer', '.embed__credit'].map((selector) => {
          const box = document.querySelector(selector)!.getBoundingClientRect();
          return { selector, left: Math.round(box.left), right: Math.round(box.right) };
        }),
      );
      const rem = 16;
      for (const box of boxes) expect(box, id).toEqual({ selector: box.selector, left: Math.round((1280 - 52 * rem) / 2), right: Math.round((1280 + 52 * rem) / 2) });
    }
    await page.close();
  });

  for (const width of [320, 375]) {
    it(`wraps the code on /integrer/ at ${width} px between words, after a slash or a hyphen, never inside a word`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${report.origin}/integrer/`);
      const split = await page.evaluate(() => {
        const cut: string[] = [];
        for (const code of document.querySelectorAll('pre.snippet code, .page li code')) {
          const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const match of node.textContent!.matchAll(/[\p{L}\d]+/gu)) {
              const range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + match[0].length);
              const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
              if (lines.size > 1) cut.push(`${code.closest('[id]')?.id}: ${match[0]}`);
            }
          }
        }
        return cut;
      });
      expect(split).toEqual([]);
      await page.close();
    });
  }

  it('logged no console errors (CSP and scripts included)', () => {
    expect(errors).toEqual([]);
  });
});

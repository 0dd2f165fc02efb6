// What a reader's browser downloads for a page, measured in Chromium on the default build served
// as a static host serves it (gzip, the headers of public/_headers): requests, and bytes on the
// wire (headers and compressed bodies, Chromium's encodedDataLength). Sizes, never times.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/chromium';
import { useSiteInBrowser } from '../helpers/browser';

const available = browserAvailable();
const chapter = 'chapitres/un-ecosysteme-tisse-serre/';

/** What the scripts of a page with figures may weigh (gzip) before its reader presses « Écouter » (issue 23). */
const figureScriptsBudget = 5 * 1024;

/**
 * About 1/8 of what the Observable Framework build of the same chapter transfers, measured the same
 * way: 34 KB in issue 21, 35 KB since issue 23 (the « Écouter » button and its loader, the marks of
 * « surligner » in tables, the pôles map's table one row per pôle: 34 873 B on the wire).
 */
const chapterBudget = 35 * 1024;

interface Transfer {
  url: string;
  type: string;
  bytes: number;
  body: string;
}

describe.skipIf(!available)('what a page transfers (Chromium, gzip, _headers)', () => {
  const site = useSiteInBrowser();

  /** Loads a page in a fresh context (empty cache) and lists every request it made, with its bytes on the wire. */
  async function load(page: string, width = 375): Promise<Transfer[]> {
    const context = await site.browser.newContext({ viewport: { width, height: 800 } });
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    const requests = new Map<string, { url: string; type: string }>();
    const done: { id: string; bytes: number }[] = [];
    cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, type: e.type ?? '' }));
    cdp.on('Network.loadingFinished', (e) => done.push({ id: e.requestId, bytes: e.encodedDataLength }));
    await tab.goto(`${site.server.url}${page}`, { waitUntil: 'networkidle' });
    const transfers: Transfer[] = [];
    for (const { id, bytes } of done) {
      const { url, type } = requests.get(id)!;
      const body = type === 'Script' ? ((await cdp.send('Network.getResponseBody', { requestId: id })).body as string) : '';
      transfers.push({ url: url.replace(site.server.origin, ''), type, bytes, body });
    }
    await context.close();
    return transfers;
  }
  const list = (transfers: Transfer[]) => transfers.map((t) => `${t.type} ${t.url} ${t.bytes} B`).join('\n');
  const ofType = (transfers: Transfer[], type: string) => transfers.filter((t) => t.type === type);

  it('the chapter makes 4 requests (page, one stylesheet, its script, the map’s script; the icon is written in the page) and transfers at most 35 KB', async () => {
    const transfers = await load(chapter);
    const total = transfers.reduce((n, t) => n + t.bytes, 0);
    expect(ofType(transfers, 'Stylesheet'), list(transfers)).toHaveLength(1);
    expect(ofType(transfers, 'Script'), list(transfers)).toHaveLength(2);
    expect(transfers, list(transfers)).toHaveLength(4);
    expect(transfers.filter((t) => /favicon\.svg/.test(t.url)), list(transfers)).toEqual([]);
    expect(total, `${total} B\n${list(transfers)}`).toBeLessThanOrEqual(chapterBudget);
  });

  it('the map’s code is fetched only by pages that show a map', async () => {
    const isMapCode = (t: Transfer) => t.body.includes('data-map-panel');
    // The chapter shows the pôles map: its code comes, once.
    expect((await load(chapter)).filter(isMapCode)).toHaveLength(1);
    // A page with a chart and no map, and pages with neither, fetch none of it.
    for (const page of ['embed/jalons-initiatives/', 'embed/poles-par-region/', 'sources-et-methodologie/', '']) {
      const transfers = await load(page);
      expect(transfers.filter(isMapCode), `${page}\n${list(transfers)}`).toEqual([]);
    }
    // The map embed does.
    expect((await load('embed/carte-poles/')).filter(isMapCode)).toHaveLength(1);
  });

  it('the figure scripts of a page weigh at most 5 KB gzip until « Écouter » is pressed; its player comes then, alone', async () => {
    const isPlayer = (t: Transfer) => t.body.includes('createOscillator');
    // The chapter (a bar chart, the timeline, the map) and a chart's embed page.
    for (const page of [chapter, 'embed/poles-par-region/']) {
      const transfers = await load(page);
      const scripts = ofType(transfers, 'Script');
      const gzip = scripts.reduce((n, t) => n + gzipSync(t.body).length, 0);
      expect(gzip, `${page}: ${gzip} B gzip\n${list(transfers)}`).toBeLessThanOrEqual(figureScriptsBudget);
      expect(scripts.filter(isPlayer), page).toEqual([]);
      // The page's script does offer the button (it is what fetches the player).
      expect(scripts.some((t) => t.body.includes('data-listen')), page).toBe(true);
    }
    // Pressed: one more request, the player.
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const tab = await context.newPage();
    await tab.goto(`${site.server.url}${chapter}`, { waitUntil: 'networkidle' });
    const later: string[] = [];
    tab.on('request', (r) => later.push(r.url().replace(site.server.origin, '')));
    const player = tab.waitForResponse((r) => /listen-player/.test(r.url()));
    await tab.locator('[data-figure="poles-par-region"] .figure__listen button').click();
    const body = await (await player).text();
    expect(body).toContain('createOscillator');
    await tab.waitForLoadState('networkidle');
    expect(later, later.join('\n')).toHaveLength(1);
    await context.close();
  });

  it('a page without figures, chapter or copy button loads no script, and one stylesheet', async () => {
    for (const page of ['', 'sources-et-methodologie/']) {
      const transfers = await load(page);
      expect(ofType(transfers, 'Script'), `${page}\n${list(transfers)}`).toEqual([]);
      expect(ofType(transfers, 'Stylesheet'), `${page}\n${list(transfers)}`).toHaveLength(1);
    }
  });
});

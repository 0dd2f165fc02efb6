import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import path from 'node:path';
import { builds } from '../helpers/build';
import { browserAvailable, useSiteInBrowser } from '../helpers/browser';
import { serveStatic } from '../helpers/static-server';

const hasBrowser = browserAvailable();
const chapter = 'chapitres/un-ecosysteme-tisse-serre/';

describe.runIf(hasBrowser)('reading the report in Chromium', () => {
  const site = useSiteInBrowser();
  const errors: string[] = [];

  async function open(url: string, width = 1280): Promise<Page> {
    const page = await site.browser.newPage({ viewport: { width, height: 800 } });
    page.on('console', (m) => m.type() === 'error' && errors.push(`${url}: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`${url}: ${e.message}`));
    await page.goto(site.server.url + url);
    return page;
  }

  const currentSection = (page: Page) => page.locator('.toc a[aria-current="location"]').getAttribute('href');

  it('the table of contents follows the section being read', async () => {
    const page = await open(chapter);
    expect(await currentSection(page)).toBe('#osonslarelance');
    for (const id of ['sismic', 'parler-au-nous', 'osonslarelance']) {
      await page.evaluate((target) => document.getElementById(target)!.scrollIntoView({ block: 'start' }), id);
      await expect.poll(() => currentSection(page)).toBe(`#${id}`);
    }
    const bar = await page.locator('.reading-progress__bar').evaluate((el) => getComputedStyle(el).transform);
    expect(bar).toMatch(/^matrix\(/);
    await page.close();
  });

  it('the table of contents is open on wide screens and folded on phones, where it opens from the keyboard', async () => {
    const wide = await open(chapter, 1280);
    expect(await wide.locator('.toc details').getAttribute('open')).not.toBeNull();
    await wide.close();
    const phone = await open(chapter, 375);
    expect(await phone.locator('.toc details').getAttribute('open')).toBeNull();
    await phone.locator('.toc summary').focus();
    await phone.keyboard.press('Enter');
    expect(await phone.locator('.toc details').getAttribute('open')).not.toBeNull();
    expect(await phone.locator('.toc a').first().isVisible()).toBe(true);
    await phone.close();
  });

  it('each section heading gets a copy-link button that keeps the heading’s own name', async () => {
    const page = await open(chapter);
    const button = page.locator('.heading-wrapper:has(#sismic) .heading-link');
    expect(await button.getAttribute('aria-label')).toBe('Copier le lien vers cette section : SISMIC');
    expect(await page.locator('#sismic').innerText()).toBe('SISMIC');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    await button.click();
    expect(new URL(page.url()).hash).toBe('#sismic');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.server.url}${chapter}#sismic`);
    expect(await page.locator('#copy-link-status').innerText()).toBe('Lien copié');
    await page.close();
  });

  it('searching "SISMIC" finds the chapter, with an excerpt, loading Pagefind only when used', async () => {
    const page = await open('recherche/');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.waitForTimeout(300);
    expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    await page.locator('#search-q').fill('SISMIC');
    const first = page.locator('.search__results li a').first();
    await expect.poll(() => first.getAttribute('href'), { timeout: 8000 }).toContain(`/${chapter}`);
    expect(await page.locator('.search__results li mark').first().innerText()).toMatch(/sismic/i);
    expect(await page.locator('.search__status').innerText()).toMatch(/résultats? pour « SISMIC »/);
    expect(requests.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
    // French stemming: a plural form finds the singular in the text.
    await page.locator('#search-q').fill('incubateurs');
    await expect.poll(() => page.locator('.search__results li a').first().getAttribute('href'), { timeout: 8000 }).toContain(`/${chapter}`);
    await page.close();
    const direct = await open('recherche/?q=Chagnon');
    await expect.poll(() => direct.locator('.search__results li a').first().getAttribute('href'), { timeout: 8000 }).toContain(`/${chapter}`);
    await direct.close();
  });

  it('finds the chapter under BASE_PATH too, with links that keep the base path', async () => {
    const sub = await serveStatic(path.resolve(builds.subpath.outDir), builds.subpath.base);
    const page = await site.browser.newPage();
    try {
      await page.goto(`${sub.url}recherche/?q=SISMIC`);
      const first = page.locator('.search__results li a').first();
      await expect.poll(() => first.getAttribute('href'), { timeout: 8000 }).toBe(`/rapport-2019-2020/${chapter}`);
      await first.click();
      expect(new URL(page.url()).pathname).toBe(`/rapport-2019-2020/${chapter}`);
    } finally {
      await page.close();
      await sub.close();
    }
  });

  it('prints without navigation, with every chart drawn and unopened tables hidden', async () => {
    const page = await open(chapter);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-nav', '.toc', '.pagination, .back-to-top', '.figure__embed', '.figure__downloads']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    const figures = await page.locator('figure[data-figure]').all();
    expect(figures.length).toBe(4);
    for (const figure of figures) {
      const visible = figure.locator('.figure__drawing svg:visible');
      expect(await visible.count()).toBe(1);
      expect((await visible.boundingBox())!.height).toBeGreaterThan(150);
      expect(await figure.locator('.figure__data table').isVisible()).toBe(false);
    }
    await page.close();
  });

  it('the printable version makes a PDF of several pages, chapters on new pages', async () => {
    const page = await open('imprimer/');
    const pdf = await page.pdf({ format: 'Letter', printBackground: true, margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } });
    const pages = [...pdf.toString('latin1').matchAll(/\/Type\s*\/Page\b/g)].length;
    expect(pages).toBeGreaterThanOrEqual(3);
    const breaks = await page.evaluate(() => {
      const section = document.querySelector('.printable__chapter')!;
      return matchMedia('print').matches ? null : getComputedStyle(section).breakBefore;
    });
    expect(breaks).toBe('auto');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.printable__chapter').first().evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
    await page.close();
  });

  it('logged no console errors (CSP included)', () => {
    expect(errors).toEqual([]);
  });
});

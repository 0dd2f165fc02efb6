import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, useSiteInBrowser } from '../helpers/browser';
import { axeViolations } from '../helpers/axe';
import { loadPolesByRegion } from '../../src/data/poles';

const hasBrowser = browserAvailable();
const chapter = 'chapitres/un-ecosysteme-tisse-serre/';
const regions = loadPolesByRegion();

describe.runIf(hasBrowser)('the interactive map in Chromium', () => {
  const site = useSiteInBrowser();
  const errors: string[] = [];

  async function open(width: number, hash = '', touch = false): Promise<Page> {
    const context = await site.browser.newContext({ viewport: { width, height: 900 }, hasTouch: touch });
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.server.url}${chapter}${hash}`);
    return page;
  }

  /** A point of the page where the given shape is the topmost element, for a real click or tap. */
  const pointInside = async (locator: ReturnType<Page['locator']>) => {
    await locator.scrollIntoViewIfNeeded();
    return locator.evaluate((el) => {
      const box = el.getBoundingClientRect();
      for (let i = 1; i < 20; i++) {
        for (let j = 1; j < 20; j++) {
          const x = box.left + (box.width * i) / 20;
          const y = box.top + (box.height * j) / 20;
          if (document.elementFromPoint(x, y) === el) return { x, y };
        }
      }
      throw new Error('no visible point inside the shape');
    });
  };

  const map = (page: Page, variant: 'narrow' | 'wide') => page.locator(`[data-figure="carte-poles"] .figure__drawing--${variant} svg`);
  const panel = (page: Page) => page.locator('[data-figure="carte-poles"] [data-map-panel]');
  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement;
      return el?.getAttribute('data-region') ?? (el?.getAttribute('data-pole') ? `pole:${el.getAttribute('data-pole')}` : el?.tagName ?? '');
    });

  it('Tab walks through the 17 regions in code order, each followed by its own markers (inset ones too); Shift+Tab walks back', async () => {
    const page = await open(1280);
    await map(page, 'wide').locator('.map-main .map-region[data-region="01"]').focus();
    const forward = [await focused(page)];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      if (!/^\d{2}$|^pole:/.test(now)) break;
      forward.push(now);
    }
    const regionOrder = forward.filter((f) => /^\d{2}$/.test(f));
    expect(regionOrder).toEqual(regions.map((r) => r.code));
    const markers = forward.filter((f) => f.startsWith('pole:'));
    expect(markers.sort()).toEqual(regions.flatMap((r) => r.poles.map((p) => `pole:${p.id}`)).sort());
    // Every marker, on the main map or in the Montréal inset, comes right after its own region.
    const regionOf = new Map<string, string>(regions.flatMap((r) => r.poles.map((p) => [`pole:${p.id}`, r.code] as const)));
    let lastRegion = '';
    for (const stop of forward) {
      if (/^\d{2}$/.test(stop)) lastRegion = stop;
      else expect(regionOf.get(stop), stop).toBe(lastRegion);
    }

    await map(page, 'wide').locator('.map-main .map-region[data-region="17"]').focus();
    const backward = ['17'];
    for (let i = 0; i < 60 && backward.at(-1) !== '01'; i++) {
      await page.keyboard.press('Shift+Tab');
      const now = await focused(page);
      if (/^\d{2}$/.test(now)) backward.push(now);
    }
    expect(backward).toEqual(regions.map((r) => r.code).reverse());
    await page.context().close();
  });

  it('shows a visible focus ring and a tooltip on the focused region', async () => {
    const page = await open(1280);
    const region = map(page, 'wide').locator('.map-main .map-region[data-region="05"]');
    await map(page, 'wide').locator('.map-main .map-region[data-region="04"]').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('05');
    const outline = await region.evaluate((el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth);
    expect(outline).toBe('solid 3px');
    const tooltip = page.locator('[data-figure="carte-poles"] .map-tooltip');
    expect(await tooltip.isVisible()).toBe(true);
    expect(await tooltip.innerText()).toMatch(/^Estrie : 1\s+pôle/);
    await page.context().close();
  });

  it('Enter selects the focused region: panel filled and announced, region pressed, hash set; Escape clears', async () => {
    const page = await open(1280);
    expect(await panel(page).getAttribute('aria-live')).toBe('polite');
    expect(await panel(page).innerText()).toContain('Choisissez une région');
    const region = map(page, 'wide').locator('.map-main .map-region[data-region="09"]');
    await region.focus();
    await page.keyboard.press('Enter');
    expect(await panel(page).innerText()).toContain('Côte-Nord : 1\u00a0pôle');
    expect(await panel(page).innerText()).toContain('Pôle d’économie sociale de la Côte-Nord — Baie-Comeau');
    expect(await region.getAttribute('aria-pressed')).toBe('true');
    expect(await region.getAttribute('class')).toContain('is-selected');
    expect(new URL(page.url()).hash).toBe('#region-09');
    await page.keyboard.press('Escape');
    expect(await panel(page).innerText()).toContain('Choisissez une région');
    expect(await region.getAttribute('aria-pressed')).toBe('false');
    expect(new URL(page.url()).hash).toBe('');
    await page.context().close();
  });

  it('a click on a region, or a tap on a phone, selects it', async () => {
    const desktop = await open(1280);
    const saguenay = await pointInside(map(desktop, 'wide').locator('.map-main .map-region[data-region="02"]'));
    await desktop.mouse.click(saguenay.x, saguenay.y);
    expect(await panel(desktop).innerText()).toContain('Saguenay–Lac-Saint-Jean : 1\u00a0pôle');
    await desktop.context().close();

    const phone = await open(375, '', true);
    const laval = map(phone, 'narrow').locator('.map-inset .map-region[data-region="13"]');
    await laval.scrollIntoViewIfNeeded();
    const inLaval = await pointInside(laval);
    await phone.touchscreen.tap(inLaval.x, inLaval.y);
    expect(await panel(phone).innerText()).toContain('Laval : 1\u00a0pôle');
    expect(await panel(phone).innerText()).toContain('Comité régional d’économie sociale de Laval — ville non connue');
    await phone.context().close();
  });

  it('a link ending in #region-16 opens the map with Montérégie selected and its pôles listed', async () => {
    for (const width of [375, 1280]) {
      const page = await open(width, '#region-16');
      const text = await panel(page).innerText();
      expect(text).toContain('Montérégie : 3\u00a0pôles');
      for (const pole of regions.find((r) => r.code === '16')!.poles) {
        expect(text).toContain(`${pole.name.replace(/'/g, '’')} — ${pole.city ?? 'ville non connue'}`);
      }
      const variant = width === 375 ? 'narrow' : 'wide';
      expect(await map(page, variant).locator('.map-main .map-region[data-region="16"]').getAttribute('aria-pressed')).toBe('true');
      expect(await map(page, variant).locator('.map-inset .map-region[data-region="16"]').getAttribute('class')).toContain('is-selected');
      const box = (await page.locator('[data-figure="carte-poles"]').boundingBox())!;
      expect(Math.abs(box.y)).toBeLessThan(5);
      await page.context().close();
    }
  });

  it('passes axe with the map enhanced and a region selected', async () => {
    const page = await open(1280, '#region-06');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('logged no console errors', () => {
    expect(errors).toEqual([]);
  });
});

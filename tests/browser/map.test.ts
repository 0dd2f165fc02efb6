import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, useSiteInBrowser } from '../helpers/browser';
import { axeViolations } from '../helpers/axe';
import { loadPolesByRegion } from '../../src/data/poles';
import { t } from '../../src/strings';

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

  // The map is drawn once (scaled to its column): one drawing at every width.
  const map = (page: Page) => page.locator('[data-figure="carte-poles"] .figure__drawing--once svg');
  const drawing = (page: Page) => page.locator('[data-figure="carte-poles"] .figure__drawing--once');
  const panel = (page: Page) => page.locator('[data-figure="carte-poles"] [data-map-panel]');
  const live = (page: Page) => page.locator('[data-figure="carte-poles"] .figure__chart [aria-live="polite"]');
  const tooltip = (page: Page) => page.locator('[data-figure="carte-poles"] .map-tooltip');
  /** The item the keyboard is on: a region code, or "pole:<id>" for a marker. */
  const current = (page: Page) =>
    page.locator('[data-figure="carte-poles"] .is-current').evaluateAll((els) =>
      els.map((el) => el.getAttribute('data-region') ?? `pole:${el.getAttribute('data-pole')}`).join(','),
    );
  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement;
      if (el?.classList.contains('figure__drawing')) return `${el.closest('[data-figure]')?.getAttribute('data-figure')}:drawing`;
      return el?.tagName.toLowerCase() ?? '';
    });
  const regionOrder = regions.map((r) => r.code);

  it('the map is one tab stop: Tab enters the displayed drawing once and the next Tab leaves it', async () => {
    for (const width of [1280, 375]) {
      const page = await open(width);
      await drawing(page).focus();
      await page.keyboard.press('Shift+Tab');
      const before = await focused(page);
      expect(before).not.toMatch(/^carte-poles:/);
      const stops: string[] = [];
      for (let i = 0; i < 2; i++) {
        await page.keyboard.press('Tab');
        stops.push(await focused(page));
      }
      expect(stops[0]).toBe('carte-poles:drawing');
      expect(stops[1]).not.toMatch(/^carte-poles:/);
      expect(await page.locator('[data-figure="carte-poles"] svg [tabindex]').count()).toBe(0);
      const names = await drawing(page).evaluate((el) => [
        el.getAttribute('role'),
        el.getAttribute('aria-roledescription'),
        document.getElementById(el.getAttribute('aria-labelledby')!)?.classList.contains('figure__title'),
        document.getElementById(el.getAttribute('aria-describedby')!)?.textContent,
      ]);
      expect(names).toEqual(['group', t.interaction.mapRole, true, t.interaction.mapKeys]);
      await page.context().close();
    }
  });

  it('arrow keys walk the 17 regions in code order, each followed by its own markers (inset ones too); Left walks back; Home and End', async () => {
    const page = await open(1280);
    await drawing(page).focus();
    const forward: string[] = [];
    const heard: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press(i % 2 ? 'ArrowDown' : 'ArrowRight');
      const now = await current(page);
      if (now === forward.at(-1)) break;
      forward.push(now);
      heard.push((await live(page).textContent())!);
    }
    expect(forward.filter((f) => /^\d{2}$/.test(f))).toEqual(regionOrder);
    const markers = forward.filter((f) => f.startsWith('pole:'));
    expect(markers.sort()).toEqual(regions.flatMap((r) => r.poles.map((p) => `pole:${p.id}`)).sort());
    expect(forward).toHaveLength(regions.length + markers.length);
    // Every marker, on the main map or in the Montréal inset, comes right after its own region.
    const regionOf = new Map<string, string>(regions.flatMap((r) => r.poles.map((p) => [`pole:${p.id}`, r.code] as const)));
    let lastRegion = '';
    for (const stop of forward) {
      if (/^\d{2}$/.test(stop)) lastRegion = stop;
      else expect(regionOf.get(stop), stop).toBe(lastRegion);
    }
    expect(heard[0]).toBe(`${regions[0]!.name}\u00a0: 1\u00a0pôle`);
    expect(heard[1]).toBe(`${regions[0]!.poles[0]!.name.replace(/'/g, '’')} — ville non connue (${regions[0]!.name})`);
    expect(await focused(page)).toBe('carte-poles:drawing');

    const backward = [await current(page)];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press(i % 2 ? 'ArrowUp' : 'ArrowLeft');
      const now = await current(page);
      if (now === backward.at(-1)) break;
      backward.push(now);
    }
    expect(backward).toEqual([...forward].reverse());
    await page.keyboard.press('End');
    expect(await current(page)).toBe(forward.at(-1));
    await page.keyboard.press('Home');
    expect(await current(page)).toBe('01');
    await page.context().close();
  });

  it('shows a thick ink ring, the region highlighted and a tooltip on the current region or marker', async () => {
    const page = await open(1280);
    await drawing(page).focus();
    await page.keyboard.press('Home');
    while ((await current(page)) !== '05') await page.keyboard.press('ArrowRight');
    const region = map(page).locator('.map-main .map-region[data-region="05"]');
    const ring = await region.evaluate((el) => [getComputedStyle(el).stroke, getComputedStyle(el).strokeWidth]);
    expect(ring).toEqual(['rgb(27, 31, 36)', '3px']);
    expect(await map(page).locator('.map-inset .map-region[data-region="05"]').getAttribute('class')).toContain('is-active');
    expect(await tooltip(page).isVisible()).toBe(true);
    expect(await tooltip(page).innerText()).toMatch(/^Estrie\u00a0: 1\s+pôle/);
    expect(await live(page).textContent()).toBe('Estrie\u00a0: 1\u00a0pôle');

    await page.keyboard.press('ArrowRight');
    const marker = page.locator('[data-figure="carte-poles"] .is-current');
    expect(await marker.getAttribute('data-pole')).toBe('estrie');
    const outline = await marker.evaluate((el) => `${getComputedStyle(el).outlineStyle} ${getComputedStyle(el).outlineWidth}`);
    expect(outline).toBe('solid 3px');
    expect(await tooltip(page).innerText()).toContain('Pôle d’entrepreneuriat collectif de l’Estrie');
    await page.context().close();
  });

  it('Enter selects the current region (Space a marker’s region): panel filled and announced, hash set; Escape clears', async () => {
    const page = await open(1280);
    expect(await panel(page).getAttribute('aria-live')).toBe('polite');
    expect(await panel(page).innerText()).toContain('Choisissez une région');
    await drawing(page).focus();
    await page.keyboard.press('Enter');
    expect(await panel(page).innerText()).toContain('Choisissez une région');
    while ((await current(page)) !== '09') await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const region = map(page).locator('.map-main .map-region[data-region="09"]');
    expect(await panel(page).innerText()).toContain('Côte-Nord\u00a0: 1\u00a0pôle');
    expect(await panel(page).innerText()).toContain('Pôle d’économie sociale de la Côte-Nord — Baie-Comeau');
    expect(await region.getAttribute('class')).toContain('is-selected');
    expect(new URL(page.url()).hash).toBe('#region-09');
    expect(await focused(page)).toBe('carte-poles:drawing');

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await current(page)).toBe('10');
    await page.keyboard.press('ArrowRight');
    const scrolled = await page.evaluate(() => scrollY);
    await page.keyboard.press(' ');
    // Space does not page down (≈ 800 px here); the page moves at most what reveals the details panel.
    expect((await page.evaluate(() => scrollY)) - scrolled).toBeLessThan(120);
    expect(await panel(page).innerText()).toContain('Nord-du-Québec');
    expect(new URL(page.url()).hash).toBe('#region-10');

    await page.keyboard.press('Escape');
    expect(await panel(page).innerText()).toContain('Choisissez une région');
    expect(await region.getAttribute('class')).not.toContain('is-selected');
    expect(await current(page)).toBe('');
    expect(await tooltip(page).isVisible()).toBe(false);
    expect(new URL(page.url()).hash).toBe('');
    expect(await focused(page)).toBe('carte-poles:drawing');
    await page.context().close();
  });

  it('after Enter on a region, the details panel is scrolled into view and the focus stays on the map', async () => {
    const page = await open(1280);
    await page.setViewportSize({ width: 1280, height: 600 });
    await drawing(page).focus();
    await drawing(page).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => {
      const box = document.querySelector('[data-figure="carte-poles"] [data-map-panel]')!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight + 1;
    }, undefined, { timeout: 5000 });
    expect(await panel(page).innerText()).toContain('Bas-Saint-Laurent');
    expect(await focused(page)).toBe('carte-poles:drawing');
    await page.context().close();
  });

  it('« Effacer la sélection » clears the selection and gives the focus back to the map', async () => {
    for (const how of ['keyboard', 'mouse'] as const) {
      const page = await open(1280, '#region-06');
      const clear = panel(page).getByRole('button', { name: 'Effacer la sélection' });
      if (how === 'keyboard') {
        await drawing(page).focus();
        await page.keyboard.press('Tab');
        expect(await clear.evaluate((el) => el === document.activeElement)).toBe(true);
        await page.keyboard.press('Enter');
      } else {
        await clear.click();
      }
      expect(await panel(page).innerText()).toContain('Choisissez une région');
      expect(await focused(page)).toBe('carte-poles:drawing');
      await page.keyboard.press('ArrowRight');
      expect(await current(page)).toBe('01');
      await page.context().close();
    }
  });

  it('a click on a region, or a tap on a phone, selects it', async () => {
    const desktop = await open(1280);
    const saguenay = await pointInside(map(desktop).locator('.map-main .map-region[data-region="02"]'));
    await desktop.mouse.click(saguenay.x, saguenay.y);
    expect(await panel(desktop).innerText()).toContain('Saguenay–Lac-Saint-Jean\u00a0: 1\u00a0pôle');
    await desktop.context().close();

    const phone = await open(375, '', true);
    const laval = map(phone).locator('.map-inset .map-region[data-region="13"]');
    await laval.scrollIntoViewIfNeeded();
    const inLaval = await pointInside(laval);
    await phone.touchscreen.tap(inLaval.x, inLaval.y);
    expect(await panel(phone).innerText()).toContain('Laval\u00a0: 1\u00a0pôle');
    expect(await panel(phone).innerText()).toContain('Pôle régional d’économie sociale de Laval (PRESL) — Laval');
    await phone.context().close();
  });

  it('a link ending in #region-16 opens the map with Montérégie selected and its pôles listed', async () => {
    for (const width of [375, 1280]) {
      const page = await open(width, '#region-16');
      const text = await panel(page).innerText();
      expect(text).toContain('Montérégie\u00a0: 3\u00a0pôles');
      for (const pole of regions.find((r) => r.code === '16')!.poles) {
        expect(text).toContain(`${pole.name.replace(/'/g, '’')} — ${pole.city ?? 'ville non connue'}`);
      }
      expect(await map(page).locator('.map-main .map-region[data-region="16"]').getAttribute('class')).toContain('is-selected');
      expect(await map(page).locator('.map-inset .map-region[data-region="16"]').getAttribute('class')).toContain('is-selected');
      const box = (await page.locator('[data-figure="carte-poles"]').boundingBox())!;
      expect(Math.abs(box.y)).toBeLessThan(5);
      await page.context().close();
    }
  });

  it('drawn once and scaled, keeps its words readable at 320 px: the legend is page text, the drawing has none', async () => {
    for (const width of [320, 1280]) {
      const page = await open(width);
      const fig = page.locator('[data-figure="carte-poles"]');
      expect(await fig.locator('.figure__drawing').count()).toBe(1);
      expect(await fig.locator('.figure__drawing svg text').count()).toBe(0);
      const legend = await fig.locator('.figure__legend').evaluate((el) => ({
        items: [...el.querySelectorAll('li')].map((li) => li.textContent!.trim()),
        sizes: [...el.querySelectorAll('p, li span')].map((node) => Number.parseFloat(getComputedStyle(node).fontSize)),
        inside: el.getBoundingClientRect().right <= document.documentElement.clientWidth,
      }));
      expect(legend.items).toEqual(['dans sa ville', 'au point représentatif de sa région (ville non connue)', 'Région de Montréal (agrandie)']);
      // The page's small type (0.875rem), the same at every width, never a drawing's scaled-down text.
      for (const size of legend.sizes) expect(size, `${width} px`).toBeGreaterThanOrEqual(14);
      expect(legend.inside, `${width} px`).toBe(true);
      const drawn = (await fig.locator('.figure__drawing svg').boundingBox())!;
      expect(drawn.width, `${width} px`).toBeLessThanOrEqual(width);
      await page.context().close();
    }
  });

  it('passes axe with the map enhanced, a region selected and the keyboard on a marker (light and dark)', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await open(1280, '#region-06');
      await page.emulateMedia({ colorScheme });
      await drawing(page).focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('a choropleth: its cased borders let the pointer through, and the selected and hovered regions are outlined above them', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.server.url}embed/carte-poles-par-region/#region-16`);
    const svg = page.locator('[data-figure="carte-poles-par-region"] svg.map');
    const outlines = (state: string) =>
      svg.evaluate(
        (el, state) =>
          [...el.querySelectorAll(`.map-outline.${state}`)].map((o) => {
            const siblings = [...o.parentElement!.children];
            const style = getComputedStyle(o);
            return {
              group: o.parentElement!.getAttribute('class'),
              part: o.getAttribute('class')!.split(' ')[1],
              aboveBorders: siblings.indexOf(o) > siblings.findIndex((c) => c.classList.contains('map-borders')),
              paint: `${style.fill} ${style.stroke} ${style.strokeWidth} ${style.pointerEvents}`,
              title: o.querySelector('title') !== null,
            };
          }),
        state,
      );
    const expected = (group: string) => [
      { group, part: 'map-outline--halo', aboveBorders: true, paint: 'none rgb(255, 255, 255) 6px none', title: false },
      { group, part: 'map-outline--line', aboveBorders: true, paint: 'none rgb(27, 31, 36) 3px none', title: false },
    ];
    // Montérégie, selected by the link: outlined in the inset and on the main map, halo under line.
    expect(await outlines('is-selected')).toEqual([...expected('map-inset'), ...expected('map-main')]);
    const sameShape = await svg.evaluate((el) =>
      [...el.querySelectorAll('.map-outline')].every((o) => el.querySelector(`.${o.parentElement!.getAttribute('class')} .map-region[data-region="16"]`)!.getAttribute('d') === o.getAttribute('d')),
    );
    expect(sameShape).toBe(true);

    // A point on a border (the middle of the main map's border lines) belongs to a region under it: hover and click reach it.
    const onBorder = await svg.evaluate((el) => {
      const line = el.querySelector<SVGPathElement>('.map-main .map-borders path')!;
      const point = line.getPointAtLength(line.getTotalLength() / 2).matrixTransform(line.getScreenCTM()!);
      const hit = document.elementFromPoint(point.x, point.y);
      return { x: point.x, y: point.y, region: hit?.getAttribute('data-region') ?? null };
    });
    expect(onBorder.region).toMatch(/^(0[1-9]|1[0-7])$/);
    await page.mouse.move(onBorder.x, onBorder.y);
    expect((await outlines('is-active')).map((o) => `${o.group} ${o.part} ${o.aboveBorders}`)).toEqual(
      (await svg.locator(`.map-region[data-region="${onBorder.region}"]`).evaluateAll((shapes) => shapes.map((s) => s.parentElement!.getAttribute('class')))).flatMap((g) => [
        `${g} map-outline--halo true`,
        `${g} map-outline--line true`,
      ]),
    );
    await page.mouse.click(onBorder.x, onBorder.y);
    const name = regions.find((r) => r.code === onBorder.region)!.name;
    expect(await page.locator('[data-figure="carte-poles-par-region"] [data-map-panel]').innerText()).toContain(name);
    expect(new URL(page.url()).hash).toBe(`#region-${onBorder.region}`);
    expect(await outlines('is-selected')).toHaveLength(2 * (await svg.locator(`.map-region[data-region="${onBorder.region}"]`).count()));
    await page.keyboard.press('Escape');
    expect(await outlines('is-selected')).toEqual([]);
    await context.close();
  });

  it('logged no console errors', () => {
    expect(errors).toEqual([]);
  });
});

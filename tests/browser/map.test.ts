import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, useSiteInBrowser } from '../helpers/browser';
import { axeViolations } from '../helpers/axe';
import { loadPolesByRegion } from '../../src/data/poles';
import { t } from '../../src/strings';
import { contrastRatio } from '../../src/charts/contrast';

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

  /** Resolves once the page has stopped scrolling: scrollY the same over ten animation frames in a row. */
  const scrollSettled = (page: Page) =>
    page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          let last = scrollY;
          let still = 0;
          const frame = () => {
            if (scrollY !== last) [last, still] = [scrollY, 0];
            else if (++still >= 10) return resolve();
            requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
        }),
    );
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
      // Named by the figure around it (its title), not once more: its role and its keys.
      const names = await drawing(page).evaluate((el) => [
        el.getAttribute('role'),
        el.getAttribute('aria-roledescription'),
        el.getAttribute('aria-labelledby'),
        el.closest('figure')!.getAttribute('aria-labelledby') === el.closest('figure')!.querySelector('.figure__title')!.id,
        document.getElementById(el.getAttribute('aria-describedby')!)?.textContent,
      ]);
      expect(names).toEqual(['group', t.interaction.mapRole, null, true, t.interaction.mapKeys]);
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
    expect(await panel(page).innerText()).toContain('Nord-du-Québec');
    // Space does not page down (≈ 800 px here); the page moves at most what reveals the filled details panel.
    // Measured once the page is still: the panel comes into view by a smooth scroll, over several frames.
    await scrollSettled(page);
    const moved = (await page.evaluate(() => scrollY)) - scrolled;
    const { top, viewport } = await panel(page).evaluate((el) => ({ top: el.getBoundingClientRect().top, viewport: innerHeight }));
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(viewport);
    expect(moved).toBeLessThan(viewport / 2);
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

  /** Whether two boxes share any area. */
  const overlaps = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

  it('hovering a region (WCAG 1.4.13): one line beside the pointer, not over it; the pointer can move onto it and it stays; leaving both hides it', async () => {
    for (const width of [1280, 375]) {
      const page = await open(width);
      // Montréal in the inset, where it is large enough to point at; the others on the main map.
      for (const [code, where] of [['16', 'main'], ['10', 'main'], ['06', 'inset'], ['11', 'main']] as const) {
        const region = regions.find((r) => r.code === code)!;
        const at = await pointInside(map(page).locator(`.map-${where} .map-region[data-region="${code}"]`));
        await page.mouse.move(at.x, at.y);
        const expected = `${region.name}\u00a0: ${region.poles.length}\u00a0${region.poles.length > 1 ? 'pôles' : 'pôle'}`;
        expect(await tooltip(page).textContent(), `${width} px`).toBe(expected);
        const tip = (await tooltip(page).boundingBox())!;
        // The name and count on two lines at most (the pôles are listed in the details panel), and the pointed spot stays in view with 8 px around it.
        const lines = await tooltip(page).evaluate((el) => {
          const s = getComputedStyle(el);
          return Math.round((el.clientHeight - Number.parseFloat(s.paddingTop) - Number.parseFloat(s.paddingBottom)) / Number.parseFloat(s.lineHeight));
        });
        expect(lines, `${width} px, ${code}`).toBeLessThanOrEqual(2);
        expect(overlaps(tip, { x: at.x - 8, y: at.y - 8, width: 16, height: 16 }), `${width} px, ${code}: the tooltip covers the pointer`).toBe(false);
        await page.mouse.move(tip.x + tip.width / 2, tip.y + tip.height / 2, { steps: 12 });
        expect(await tooltip(page).isVisible(), `${width} px, ${code}: hoverable`).toBe(true);
        expect(await tooltip(page).textContent(), `${width} px, ${code}: not swapped`).toBe(expected);
        expect(await map(page).locator(`.map-${where} .map-region.is-active`).getAttribute('data-region')).toBe(code);
      }
      await page.mouse.move(1, 1, { steps: 4 });
      expect(await tooltip(page).isVisible()).toBe(false);
      expect(await map(page).locator('.map-region.is-active').count()).toBe(0);
      await page.context().close();
    }
  });

  it('a pôle’s tooltip does not cover its marker, and the pointer can move onto it', async () => {
    const page = await open(1280);
    for (const id of ['estrie', 'laval']) {
      const marker = map(page).locator(`circle.map-pole[data-pole="${id}"]`).first();
      await marker.scrollIntoViewIfNeeded();
      const box = (await marker.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const text = await tooltip(page).innerText();
      expect(text).toContain(regions.flatMap((r) => r.poles).find((p) => p.id === id)!.name.replace(/'/g, '’'));
      const tip = (await tooltip(page).boundingBox())!;
      expect(overlaps(tip, box), id).toBe(false);
      await page.mouse.move(tip.x + tip.width / 2, tip.y + tip.height / 2, { steps: 12 });
      expect(await tooltip(page).innerText(), id).toBe(text);
    }
    await page.context().close();
  });

  it('Escape hides a hover tooltip and its highlight while nothing has the focus', async () => {
    const page = await open(1280);
    const at = await pointInside(map(page).locator('.map-main .map-region[data-region="02"]'));
    await page.mouse.move(at.x, at.y);
    expect(await tooltip(page).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await tooltip(page).isVisible()).toBe(false);
    expect(await map(page).locator('.map-region.is-active').count()).toBe(0);
    // It stays hidden while the pointer rests there, and comes back on the next region.
    await page.mouse.move(at.x + 1, at.y + 1);
    expect(await tooltip(page).isVisible()).toBe(false);
    const other = await pointInside(map(page).locator('.map-main .map-region[data-region="09"]'));
    await page.mouse.move(other.x, other.y, { steps: 4 });
    expect(await tooltip(page).innerText()).toMatch(/^Côte-Nord/);
    await page.context().close();
  });

  it('Tab to « Effacer la sélection », then Escape: the selection is cleared and the focus goes back to the map, as with Enter', async () => {
    const page = await open(1280, '#region-06');
    await drawing(page).focus();
    await page.keyboard.press('Tab');
    expect(await panel(page).getByRole('button', { name: 'Effacer la sélection' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await panel(page).innerText()).toContain('Choisissez une région');
    expect(new URL(page.url()).hash).toBe('');
    expect(await focused(page)).toBe('carte-poles:drawing');
    await page.keyboard.press('ArrowRight');
    expect(await current(page)).toBe('01');
    await page.context().close();
  });

  it('at 320, 375 and 1280 px every pôle marker is a target of 24 × 24 px, or half the way to the nearest marker when it is closer (WCAG 2.5.8), and still looks 7 units wide', async () => {
    for (const width of [320, 375, 1280]) {
      const page = await open(width);
      await drawing(page).scrollIntoViewIfNeeded();
      const report = await map(page).evaluate((svg) => {
        const found: string[] = [];
        let smallest = Infinity;
        let full = 0;
        const markers = [...svg.querySelectorAll<SVGCircleElement>('circle.map-pole')];
        const centres = markers.map((m) => {
          const box = m.getBoundingClientRect();
          return [box.left + box.width / 2, box.top + box.height / 2] as const;
        });
        for (const [i, marker] of markers.entries()) {
          const [cx, cy] = centres[i]!;
          const id = marker.getAttribute('data-pole');
          const nearest = Math.min(...centres.filter((_, j) => j !== i).map(([x, y]) => Math.hypot(x - cx, y - cy)));
          // 12 px each way, or up to the middle of the way to the nearest marker (less a pixel for rounding).
          const owed = Math.min(12, Math.floor(nearest / 2) - 1);
          // Where the pointer lands 12 px from the marker's centre, in four directions, it still points at this marker.
          let reach = 0;
          for (let r = 1; r <= 20; r++) {
            const hits = [[r, 0], [-r, 0], [0, r], [0, -r]].map(([dx, dy]) => document.elementFromPoint(cx + dx!, cy + dy!)?.getAttribute('data-pole'));
            if (hits.every((hit) => hit === id)) reach = r;
            else break;
          }
          smallest = Math.min(smallest, 2 * reach);
          if (reach >= 12) full++;
          if (reach < owed) found.push(`${id}: ${2 * reach} px across, ${Math.round(nearest)} px from the nearest marker`);
          if (marker.getAttribute('r') !== '7') found.push(`${id}: r=${marker.getAttribute('r')}`);
        }
        return { found, smallest, full, count: markers.length, drawn: markers[0]!.getBoundingClientRect().width };
      });
      console.log(`map markers at ${width} px: drawn ${report.drawn.toFixed(1)} px across; ${report.full} of ${report.count} targets 24 px or more, smallest ${report.smallest} px`);
      expect(report.found, `${width} px`).toEqual([]);
      await page.context().close();
    }
  });

  it('region borders keep 3:1 against the fills on each side (the land, the hover and selection fills), light and dark (WCAG 1.4.11)', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await open(1280, '#region-06');
      await page.emulateMedia({ colorScheme });
      const at = await pointInside(map(page).locator('.map-main .map-region[data-region="05"]'));
      await page.mouse.move(at.x, at.y);
      const paints = await map(page).evaluate((svg) => {
        const style = (el: Element) => getComputedStyle(el);
        const stroke = style(svg.querySelector('.map-main .map-region')!).stroke;
        const fills = new Set([...svg.querySelectorAll('.map-main .map-region')].map((r) => style(r).fill));
        return { stroke, fills: [...fills] };
      });
      expect(paints.fills.length, colorScheme).toBe(3);
      for (const fill of paints.fills) expect(contrastRatio(paints.stroke, fill), `${colorScheme}: ${paints.stroke} on ${fill}`).toBeGreaterThanOrEqual(3);
      await page.context().close();
    }
  });

  it('each figure of the chapter is read once: its title a heading (h3) naming the figure, its description once, not again as the drawing’s name', async () => {
    const page = await open(1280);
    const figures = await page.locator('figure[data-figure]').evaluateAll((els) =>
      els.map((el) => ({ id: el.getAttribute('data-figure')!, title: el.querySelector('.figure__title')!.textContent!.trim(), description: el.querySelector('.figure__description')!.textContent!.trim() })),
    );
    expect(figures.map((f) => f.id)).toEqual(['jalons-initiatives', 'carte-poles', 'poles-par-region', 'parler-au-nous-structure']);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const shown = nodes.filter((n) => !n.ignored);
    const textRoles = new Set(['StaticText', 'InlineTextBox']);
    for (const { id, title, description } of figures) {
      const headings = shown.filter((n) => n.role?.value === 'heading' && n.name?.value === title);
      expect(headings.map((n) => n.properties?.find((p) => p.name === 'level')?.value.value), id).toEqual([3]);
      // The text itself, once; no role (the figure, the image, the group) named or described by it.
      expect(shown.filter((n) => n.role?.value === 'StaticText' && n.name?.value === description), id).toHaveLength(1);
      const saying = (text: string) =>
        shown
          .filter((n) => !textRoles.has(String(n.role?.value)) && n.role?.value !== 'heading' && [n.name?.value, n.description?.value].some((v) => String(v ?? '').includes(text)))
          .map((n) => n.role?.value);
      expect(saying(description), `${id}: description`).toEqual([]);
      expect(saying(title), `${id}: title`).toEqual(['figure']);
    }
    await page.context().close();
  });

  it('a figure title is one level under its section: h4 in the printable version (chapters are h2 there), h1 alone in an embed', async () => {
    const page = await open(1280);
    for (const [where, level] of [['imprimer/', 'H4'], ['embed/carte-poles/', 'H1'], [chapter, 'H3']] as const) {
      await page.goto(`${site.server.url}${where}`);
      const tags = await page.locator('.figure__title').evaluateAll((els) => els.map((el) => el.tagName));
      expect(tags.length, where).toBeGreaterThan(0);
      expect(new Set(tags), where).toEqual(new Set([level]));
    }
    await page.context().close();
  });

  it('logged no console errors', () => {
    expect(errors).toEqual([]);
  });
});

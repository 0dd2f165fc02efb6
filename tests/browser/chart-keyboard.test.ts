import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'rolldown';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable, launchBrowser } from '../helpers/browser';
import { root } from '../helpers/build';
import { headersFor, parseHeadersFile, serveStatic } from '../helpers/static-server';
import { axeViolations } from '../helpers/axe';
import { themeCss } from '../../src/styles/theme';
import { t } from '../../src/strings';

const hasBrowser = browserAvailable();

// Note: the fixture (two charts in the markup Figure.astro and ChartEnhancer.astro produce) is served
// with the site's stylesheets, the script bundled as Astro would, and the report's Content-Security-Policy.
// Every policy a chapter gets (the one of every path and the chapters' own), as one header.
const csp = headersFor(parseHeadersFile(readFileSync(path.join(root, 'public/_headers'), 'utf8')), '/chapitres/x/')['Content-Security-Policy']!;

interface Mark {
  label: string;
  value: string;
}

describe.runIf(hasBrowser)('charts by keyboard, mouse and touch (fixture page, Chromium)', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tiess-charts-'));
    copyFileSync(path.join(root, 'tests/browser/fixtures/charts.html'), path.join(dir, 'charts.html'));
    copyFileSync(path.join(root, 'src/styles/global.css'), path.join(dir, 'global.css'));
    writeFileSync(path.join(dir, 'theme.css'), themeCss());
    writeFileSync(path.join(dir, '_headers'), `/*\n  Content-Security-Policy: ${csp}\n`);
    await build({ input: path.join(root, 'src/scripts/chart-tooltip.ts'), output: { format: 'esm', file: path.join(dir, 'chart-tooltip.js') }, logLevel: 'warn' });
    server = await serveStatic(dir);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(width: number, options: { touch?: boolean; dark?: boolean; js?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width, height: 900 },
      hasTouch: options.touch ?? false,
      colorScheme: options.dark ? 'dark' : 'light',
      javaScriptEnabled: options.js ?? true,
    });
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}charts.html`);
    return page;
  }

  const figure = (page: Page, id: string) => page.locator(`[data-figure="${id}"]`);
  const drawing = (page: Page, id: string, variant: 'narrow' | 'wide') => figure(page, id).locator(`.figure__drawing--${variant}`);
  const live = (page: Page, id: string) => figure(page, id).locator('[aria-live="polite"]');
  const tooltip = (page: Page, id: string) => figure(page, id).locator('.chart-tooltip');
  const marks = (page: Page, id: string, variant: 'narrow' | 'wide') =>
    drawing(page, id, variant)
      .locator('[data-label][data-value]')
      .evaluateAll((els) => els.map((el) => ({ label: el.getAttribute('data-label')!, value: el.getAttribute('data-value')! })));
  /** The focused element, named by its figure and drawing (or its tag and text). */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const fig = el?.closest('[data-figure]')?.getAttribute('data-figure');
      if (el?.classList.contains('figure__drawing')) return `${fig}:${el.classList.contains('figure__drawing--wide') ? 'wide' : 'narrow'}`;
      return `${el?.tagName.toLowerCase()}:${el?.textContent?.trim()}`;
    });
  const currentMarks = (page: Page) => page.locator('.is-current').evaluateAll((els) => els.map((el) => el.getAttribute('data-label')));
  /** Whether an element's box lies inside the figure's box. */
  const insideFigure = async (page: Page, id: string, el: ReturnType<Page['locator']>) => {
    const outer = (await figure(page, id).boundingBox())!;
    const inner = (await el.boundingBox())!;
    return inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;
  };
  /** A point of the page where the given mark is the topmost element. */
  const pointOn = async (page: Page, id: string, variant: 'narrow' | 'wide', index: number) => {
    const mark = drawing(page, id, variant).locator('[data-label][data-value]').nth(index);
    await mark.scrollIntoViewIfNeeded();
    const box = (await mark.boundingBox())!;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };

  for (const [width, variant] of [
    [1280, 'wide'],
    [375, 'narrow'],
  ] as const) {
    it(`at ${width} px, Tab stops once on each chart, on its ${variant} drawing only, named and described`, async () => {
      const page = await open(width);
      await page.getByText('Un lien avant les graphiques').focus();
      const stops: string[] = [];
      for (let i = 0; i < 8; i++) {
        await page.keyboard.press('Tab');
        stops.push(await focused(page));
      }
      expect(stops.slice(0, 5)).toEqual([`barres:${variant}`, 'summary:Voir les données', `courbes:${variant}`, 'summary:Voir les données', 'a:Un lien après les graphiques']);
      const shown = drawing(page, 'barres', variant);
      expect(await shown.getAttribute('role')).toBe('group');
      expect(await shown.getAttribute('aria-roledescription')).toBe(t.interaction.chartRole);
      // Not named again by the title (the figure around it is, with its heading): described by the keys; its image leaves the tree.
      const names = await shown.evaluate((el) => [
        el.getAttribute('aria-labelledby'),
        document.getElementById(el.getAttribute('aria-describedby')!)?.textContent,
        el.querySelector(':scope > svg')!.getAttribute('aria-hidden'),
      ]);
      expect(names).toEqual([null, t.interaction.chartKeys, 'true']);
      // What assistive technologies get: the computed role, name and description (the hint stays hidden on screen).
      const cdp = await page.context().newCDPSession(page);
      const { root: doc } = await cdp.send('DOM.getDocument', { depth: -1 });
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: doc.nodeId, selector: `[data-figure="barres"] .figure__drawing--${variant}` });
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
      expect([nodes[0]?.role?.value, nodes[0]?.name?.value, nodes[0]?.description?.value]).toEqual(['group', '', t.interaction.chartKeys]);
      expect(await figure(page, 'barres').locator('[data-figure-keys]').isVisible()).toBe(false);
      await page.context().close();
    });
  }

  it('arrow keys walk the marks of the displayed drawing in reading order, announced « label : value », with a ring and a tooltip', async () => {
    for (const [width, variant] of [
      [1280, 'wide'],
      [375, 'narrow'],
    ] as const) {
      const page = await open(width);
      const expected: Mark[] = await marks(page, 'courbes', variant);
      expect(expected.map((m) => m.label)).toEqual(['2018 — Projets', '2018 — Partenaires', '2019 — Projets', '2019 — Partenaires', '2020 — Projets', '2020 — Partenaires']);
      await drawing(page, 'courbes', variant).focus();
      expect(await live(page, 'courbes').textContent()).toBe('');
      const scrolled = await page.evaluate(() => scrollY);
      const heard: string[] = [];
      for (let i = 0; i < expected.length + 1; i++) {
        await page.keyboard.press(i % 2 ? 'ArrowDown' : 'ArrowRight');
        heard.push((await live(page, 'courbes').textContent())!);
      }
      // Past the last mark the keyboard stays on it.
      expect(heard).toEqual([...expected.map((m) => `${m.label}\u00a0: ${m.value}`), '2020 — Partenaires\u00a0: 1\u00a0234,5']);
      expect(await currentMarks(page)).toEqual(['2020 — Partenaires']);
      expect(await focused(page)).toBe(`courbes:${variant}`);

      const tip = tooltip(page, 'courbes');
      expect(await tip.isVisible()).toBe(true);
      expect(await tip.innerText()).toBe('2020 — Partenaires\n1\u00a0234,5');
      expect(await insideFigure(page, 'courbes', tip)).toBe(true);
      const ring = await page.locator('.is-current').evaluate((el) => {
        const s = getComputedStyle(el);
        return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.strokeWidth];
      });
      expect(ring).toEqual(['solid', '3px', 'rgb(27, 31, 36)', '3px']);

      await page.keyboard.press('ArrowLeft');
      expect(await live(page, 'courbes').textContent()).toBe('2020 — Projets\u00a0: 25');
      await page.keyboard.press('ArrowUp');
      expect(await live(page, 'courbes').textContent()).toBe('2019 — Partenaires\u00a0: 9');
      await page.keyboard.press('Home');
      expect(await live(page, 'courbes').textContent()).toBe('2018 — Projets\u00a0: 12');
      await page.keyboard.press('ArrowLeft');
      expect(await currentMarks(page)).toEqual(['2018 — Projets']);
      await page.keyboard.press('End');
      expect(await live(page, 'courbes').textContent()).toBe('2020 — Partenaires\u00a0: 1\u00a0234,5');
      // Arrows never scroll the page while the chart has the focus.
      expect(await page.evaluate(() => scrollY)).toBe(scrolled);
      await page.context().close();
    }
  });

  it('from no mark, Left or End starts at the last mark; the bar chart walks its bars top to bottom', async () => {
    const page = await open(1280);
    await drawing(page, 'barres', 'wide').focus();
    await page.keyboard.press('ArrowLeft');
    expect(await live(page, 'barres').textContent()).toBe('Laval\u00a0: 1');
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowRight');
    expect(await live(page, 'barres').textContent()).toBe('Montérégie\u00a0: 3');
    await page.keyboard.press('ArrowRight');
    expect(await live(page, 'barres').textContent()).toBe('Capitale-Nationale\u00a0: 2');
    await page.context().close();
  });

  it('Escape hides the tooltip and clears the current mark; focus stays on the chart, and the next Tab leaves it', async () => {
    const page = await open(1280);
    await drawing(page, 'barres', 'wide').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await tooltip(page, 'barres').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await tooltip(page, 'barres').isVisible()).toBe(false);
    expect(await currentMarks(page)).toEqual([]);
    expect(await live(page, 'barres').textContent()).toBe('');
    expect(await focused(page)).toBe('barres:wide');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('summary:Voir les données');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('barres:wide');
    expect(await currentMarks(page)).toEqual([]);
    await page.context().close();
  });

  it('leaving the chart with Tab clears its mark and tooltip', async () => {
    const page = await open(1280);
    await drawing(page, 'barres', 'wide').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Tab');
    expect(await currentMarks(page)).toEqual([]);
    expect(await tooltip(page, 'barres').isVisible()).toBe(false);
    await page.context().close();
  });

  it('hovering a mark with the mouse shows its label and value inside the figure; moving away hides it', async () => {
    for (const [width, variant] of [
      [1280, 'wide'],
      [375, 'narrow'],
    ] as const) {
      const page = await open(width);
      const tip = tooltip(page, 'barres');
      expect(await tip.isVisible()).toBe(false);
      for (const [index, text] of [
        [0, 'Montérégie\n3'],
        [3, 'Laval\n1'],
      ] as const) {
        const at = await pointOn(page, 'barres', variant, index);
        await page.mouse.move(at.x, at.y);
        expect(await tip.isVisible()).toBe(true);
        expect(await tip.innerText()).toBe(text);
        expect(await insideFigure(page, 'barres', tip)).toBe(true);
      }
      // The first point of the line chart sits near the drawing's left edge, the last near its right: tooltips stay inside.
      for (const [index, text] of [
        [0, '2018 — Projets\n12'],
        [5, '2020 — Partenaires\n1\u00a0234,5'],
      ] as const) {
        const edge = await pointOn(page, 'courbes', variant, index);
        await page.mouse.move(edge.x, edge.y);
        expect(await tooltip(page, 'courbes').innerText()).toBe(text);
        expect(await insideFigure(page, 'courbes', tooltip(page, 'courbes'))).toBe(true);
      }
      expect(await tip.isVisible()).toBe(false);
      await page.mouse.move(1, 1);
      expect(await tooltip(page, 'courbes').isVisible()).toBe(false);
      await page.context().close();
    }
  });

  it('a hover tooltip (WCAG 1.4.13) sits beside its mark, never over it, and the pointer can move onto it without it changing or going', async () => {
    for (const [width, variant] of [
      [1280, 'wide'],
      [375, 'narrow'],
    ] as const) {
      const page = await open(width);
      for (const id of ['barres', 'courbes']) {
        const all = drawing(page, id, variant).locator('[data-label][data-value]');
        for (let i = 0; i < (await all.count()); i++) {
          const at = await pointOn(page, id, variant, i);
          // From outside the chart (a tooltip left by the previous mark may lie over this one: it is hoverable).
          await page.mouse.move(1, 1);
          await page.mouse.move(at.x, at.y);
          const mark = (await all.nth(i).boundingBox())!;
          const tip = (await tooltip(page, id).boundingBox())!;
          const text = await tooltip(page, id).innerText();
          const covers = mark.x < tip.x + tip.width && tip.x < mark.x + mark.width && mark.y < tip.y + tip.height && tip.y < mark.y + mark.height;
          expect(covers, `${width} px, ${id} ${i}: the tooltip covers its mark`).toBe(false);
          await page.mouse.move(tip.x + tip.width / 2, tip.y + tip.height / 2, { steps: 12 });
          expect(await tooltip(page, id).isVisible(), `${width} px, ${id} ${i}: hoverable`).toBe(true);
          expect(await tooltip(page, id).innerText(), `${width} px, ${id} ${i}: not swapped`).toBe(text);
        }
        // Off the tooltip and its mark, out of the chart: gone.
        await page.mouse.move(1, 1, { steps: 4 });
        expect(await tooltip(page, id).isVisible()).toBe(false);
      }
      await page.context().close();
    }
  });

  it('Escape hides a hover tooltip while nothing has the focus; it comes back on the next mark', async () => {
    const page = await open(1280);
    const tip = tooltip(page, 'barres');
    const at = await pointOn(page, 'barres', 'wide', 1);
    await page.mouse.move(at.x, at.y);
    expect(await tip.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    await page.mouse.move(at.x + 2, at.y + 1);
    expect(await tip.isVisible()).toBe(false);
    const next = await pointOn(page, 'barres', 'wide', 2);
    await page.mouse.move(next.x, next.y, { steps: 4 });
    expect(await tip.innerText()).toBe('Estrie\n1');
    await page.context().close();
  });

  it('a tap on a mark shows its tooltip, which stays after the finger lifts and goes with a tap elsewhere', async () => {
    const page = await open(375, { touch: true });
    const tip = tooltip(page, 'barres');
    const at = await pointOn(page, 'barres', 'narrow', 1);
    await page.touchscreen.tap(at.x, at.y);
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toBe('Capitale-Nationale\n2');
    expect(await insideFigure(page, 'barres', tip)).toBe(true);
    const title = (await figure(page, 'barres').locator('.figure__title').boundingBox())!;
    await page.touchscreen.tap(title.x + 10, title.y + title.height / 2);
    expect(await tip.isVisible()).toBe(false);
    await page.context().close();
  });

  it('without JavaScript the drawings stay plain images: no tab stop, no hint, no tooltip', async () => {
    const page = await open(1280, { js: false });
    expect(await page.locator('.figure__drawing[tabindex], .figure__drawing[role]').count()).toBe(0);
    expect(await page.locator('[data-figure-keys]').first().isVisible()).toBe(false);
    expect(await page.locator('.chart-tooltip').count()).toBe(0);
    await page.getByText('Un lien avant les graphiques').focus();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('summary:Voir les données');
    await page.context().close();
  });

  for (const dark of [false, true]) {
    it(`passes axe with a mark current and its tooltip shown (${dark ? 'dark' : 'light'} scheme)`, async () => {
      const page = await open(1280, { dark });
      await drawing(page, 'courbes', 'wide').focus();
      await page.keyboard.press('ArrowRight');
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    });
  }

  it('logged no console errors (the Content-Security-Policy was enforced)', () => {
    expect(errors).toEqual([]);
  });
});

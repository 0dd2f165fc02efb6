import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable, launchBrowser, serveDuringSuite } from '../helpers/browser';
import { builds } from '../helpers/build';
import { darkChartColours } from '../../src/charts/dark';

const hasBrowser = browserAvailable();

/** A computed CSS colour ("rgb(…)", "rgba(…)", "none", "transparent") as RGBA, or null when it paints nothing. */
function parseColour(css: string): [number, number, number, number] | null {
  const match = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(css.trim());
  if (!match) return null;
  const alpha = match[4] === undefined ? 1 : Number(match[4]);
  return alpha === 0 ? null : [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
}

/** The WCAG contrast ratio of two opaque sRGB colours. */
function contrast(a: readonly number[], b: readonly number[]): number {
  const luminance = ([r, g, bl]: readonly number[]) => {
    const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(bl!);
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** The colour a mark shows on the card: blended with it when translucent (fill-opacity or an rgba colour). */
function onCard(colour: [number, number, number, number], opacity: number, card: readonly number[]): number[] {
  const alpha = colour[3] * opacity;
  return [0, 1, 2].map((i) => colour[i]! * alpha + card[i]! * (1 - alpha));
}

/** One painted element of a chart, as the page computes it. */
interface Paint {
  figure: string;
  drawing: number;
  /** What it is, for messages: tag, class and data-label. */
  what: string;
  /** 'line': a stroke a reader follows (axis, tick, gridline, connector, series line); 'mark': a data mark or a legend key. */
  role: 'line' | 'mark' | 'other';
  fill: string;
  fillOpacity: number;
  stroke: string;
  strokeOpacity: number;
  strokeWidth: number;
  opacity: number;
}

/** In the page: the card behind each displayed chart, and the painted elements inside it. */
function paintsOfCharts(): { cards: { figure: string; background: string }[]; paints: Paint[] } {
  const cards: { figure: string; background: string }[] = [];
  const paints: Paint[] = [];
  for (const svg of document.querySelectorAll<SVGSVGElement>('.figure__chart svg')) {
    if (svg.getClientRects().length === 0) continue;
    const figure = svg.closest('[data-figure]')?.getAttribute('data-figure') ?? '?';
    let background = 'rgba(0, 0, 0, 0)';
    for (let el: Element | null = svg; el && /rgba\(.*, 0\)|transparent/.test(background); el = el.parentElement) background = getComputedStyle(el).backgroundColor;
    const drawing = cards.length;
    cards.push({ figure, background });
    const choropleth = svg.getAttribute('data-map-mode') === 'choropleth';
    for (const el of svg.querySelectorAll('line, path, polyline, rect, circle, ellipse, polygon')) {
      if (el.closest('defs, clipPath, mask')) continue;
      const style = getComputedStyle(el);
      const unfilled = style.fill === 'none' || /rgba\(.*, 0\)/.test(style.fill);
      const isMark =
        el.matches('[data-value], .map-pole, .timeline-event > circle, .timeline-event > rect, .timeline-undated > circle, [class*="legend"] rect, [class*="legend"] circle') ||
        (choropleth && el.matches('.map-region'));
      const role = el.tagName === 'line' || (['path', 'polyline'].includes(el.tagName) && unfilled && !isMark) ? 'line' : isMark ? 'mark' : 'other';
      const label = el.getAttribute('data-label') ?? el.getAttribute('data-region') ?? el.getAttribute('data-pole') ?? '';
      paints.push({
        figure,
        drawing,
        what: `<${el.tagName}${el.getAttribute('class') ? ` class="${el.getAttribute('class')}"` : ''}${el.parentElement?.getAttribute('class') ? ` in ${el.parentElement.getAttribute('class')}` : ''}${label ? ` « ${label} »` : ''}>`,
        role,
        fill: style.fill,
        fillOpacity: Number(style.fillOpacity),
        stroke: style.stroke,
        strokeOpacity: Number(style.strokeOpacity),
        strokeWidth: Number.parseFloat(style.strokeWidth),
        opacity: Number(style.opacity),
      });
    }
  }
  return { cards, paints };
}

const white = [255, 255, 255];
/** The paper charts sit on in each scheme. */
const paper = { light: white, dark: [0x14, 0x18, 0x1c] } as const;

/** "rgb(r, g, b)" as lower-case #rrggbb, or null for none and translucent colours. */
function hexOf(css: string): string | null {
  const c = parseColour(css);
  return c && c[3] === 1 ? `#${c.slice(0, 3).map((v) => v.toString(16).padStart(2, '0')).join('')}` : null;
}

/** In the page: every displayed chart text, its fill, and what it sits on (the shape under it, else the chart's background). */
function textsOfCharts(): { figure: string; text: string; fill: string; background: string }[] {
  const out: { figure: string; text: string; fill: string; background: string }[] = [];
  const opaque = (c: string) => c !== 'none' && !/rgba\(.*,\s*0\)$|transparent/.test(c);
  for (const text of document.querySelectorAll<SVGTextElement>('.figure__chart svg text')) {
    if (text.getClientRects().length === 0 || !text.textContent?.trim()) continue;
    text.scrollIntoView({ block: 'center' });
    const box = text.getBoundingClientRect();
    const under = document
      .elementsFromPoint(box.x + box.width / 2, box.y + box.height / 2)
      .find((e) => {
        if (!(e instanceof SVGGeometryElement) || e.closest('text') || !opaque(getComputedStyle(e).fill) || Number(getComputedStyle(e).fillOpacity) !== 1) return false;
        // A shape the text sits on is about as large as the text: a rule or tick under it is not its ground.
        const r = e.getBoundingClientRect();
        return r.width >= box.width * 0.8 && r.height >= box.height * 0.6;
      });
    let background = under ? getComputedStyle(under).fill : 'rgba(0, 0, 0, 0)';
    for (let el: Element | null = text; !under && el && !opaque(background); el = el.parentElement) background = getComputedStyle(el).backgroundColor;
    out.push({ figure: text.closest('[data-figure]')?.getAttribute('data-figure') ?? '?', text: text.textContent.trim().slice(0, 30), fill: getComputedStyle(text).fill, background });
  }
  return out;
}

/** Lines and marks below 3:1 on the card (white separators and halos are gaps, not marks; invisible hit areas paint nothing). */
function lowContrast({ cards, paints }: ReturnType<typeof paintsOfCharts>): string[] {
  const out: string[] = [];
  for (const p of paints) {
    if (p.role === 'other') continue;
    const card = parseColour(cards[p.drawing]!.background)!.slice(0, 3);
    const fill = parseColour(p.fill);
    const stroke = p.strokeWidth > 0 ? parseColour(p.stroke) : null;
    const ratio = (c: [number, number, number, number] | null, opacity: number) => (c ? contrast(onCard(c, opacity * p.opacity, card), card) : 0);
    const strokeRatio = ratio(stroke, p.strokeOpacity);
    const fillRatio = ratio(fill, p.fillOpacity);
    if (p.role === 'line') {
      if (stroke && strokeRatio > 1 && strokeRatio < 3) out.push(`${p.figure}: ${p.what} stroke ${p.stroke} is ${strokeRatio.toFixed(2)}:1 on the card`);
      continue;
    }
    if (!fill && !stroke) continue;
    // A mark is seen by its fill or, when that is pale, by an outline of at least one unit.
    const outlined = p.strokeWidth >= 1 && strokeRatio >= 3;
    if (fillRatio < 3 && !outlined) out.push(`${p.figure}: ${p.what} fill ${p.fill} (${fillRatio.toFixed(2)}:1), outline ${p.stroke} (${strokeRatio.toFixed(2)}:1) on the card`);
  }
  return out;
}

const chapters = readdirSync(path.join(builds.default.outDir, 'chapitres'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => `chapitres/${entry.name}/`);

const sites = [
  { name: 'default build', dir: builds.default.outDir, pages: chapters, navigable: ['poles-par-region', 'carte-poles'] },
  {
    name: 'gallery build',
    dir: builds.gallery.outDir,
    pages: ['galerie/'],
    navigable: ['exemple-anneau', 'exemple-barres', 'exemple-barres-empilees', 'exemple-colonnes-groupees', 'exemple-lignes', 'exemple-carte-regions', 'exemple-lignes-annotations'],
  },
];

describe.runIf(hasBrowser)('chart contrast in the light and dark schemes: lines, marks and the keyboard ring keep 3:1 and text 4.5:1 on the chart\'s paper, white or dark (Chromium)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the check flags a pale gridline, a pale mark and a dark-scheme colour on the card (it can fail)', async () => {
    const page = await browser.newPage({ colorScheme: 'dark' });
    await page.setContent(
      '<style>:root { --ink: #e8edf2 } .pale { stroke: var(--ink) }</style><figure data-figure="essai" style="background:#fff"><div class="figure__chart"><svg viewBox="0 0 10 10" width="100">' +
        '<line x2="10" stroke="#c9d1d9"/><line x2="10" class="pale"/><line x2="10" stroke="#ffffff"/><rect data-label="Un" data-value="1" width="2" height="2" fill="#d6e6f2"/>' +
        '<rect data-value="2" width="2" height="2" fill="#d6e6f2" stroke="#7d8a96"/><rect data-value="3" fill="transparent" width="2" height="2"/></svg></div></figure>',
    );
    const found = lowContrast(await page.evaluate(paintsOfCharts));
    expect(found).toEqual([
      'essai: <line> stroke rgb(201, 209, 217) is 1.54:1 on the card',
      'essai: <line class="pale"> stroke rgb(232, 237, 242) is 1.18:1 on the card',
      'essai: <rect « Un »> fill rgb(214, 230, 242) (1.28:1), outline none (0.00:1) on the card',
    ]);
    await page.close();
  });

  for (const site of sites) {
    describe(site.name, () => {
      const served = serveDuringSuite(site.dir);

      const open = async (width: number, colorScheme: 'light' | 'dark', pagePath: string): Promise<Page> => {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        await page.goto(served() + pagePath);
        return page;
      };

      for (const width of [375, 1280]) {
        it(`at ${width} px, every chart sits on the scheme's paper (white, or the dark page) and is drawn in that scheme; its lines and marks keep 3:1, its text 4.5:1`, async () => {
          for (const pagePath of site.pages) {
            const drawn: Record<string, ReturnType<typeof paintsOfCharts>> = {};
            const written: Record<string, ReturnType<typeof textsOfCharts>> = {};
            for (const scheme of ['light', 'dark'] as const) {
              // Note: one load of the page per scheme for both readings (the paints' reads nothing changes; the texts' scrolls).
              const page = await open(width, scheme, pagePath);
              drawn[scheme] = await page.evaluate(paintsOfCharts);
              written[scheme] = await page.evaluate(textsOfCharts);
              await page.close();
              const { cards, paints } = drawn[scheme]!;
              expect(cards.length, `${pagePath}: charts shown`).toBeGreaterThan(0);
              for (const card of cards) expect(parseColour(card.background)?.slice(0, 3), `${pagePath} ${card.figure} card (${scheme})`).toEqual(paper[scheme]);
              expect(paints.filter((p) => p.role === 'line').length, `${pagePath}: lines found`).toBeGreaterThan(0);
              expect(paints.filter((p) => p.role === 'mark').length, `${pagePath}: marks found`).toBeGreaterThan(0);
              expect(lowContrast(drawn[scheme]!), `${pagePath} (${scheme} scheme)`).toEqual([]);
            }
            // In the dark scheme no light colour that has a dark counterpart is left (a colour a renderer
            // started using without one would stay bright on the dark page).
            const lightLeft = drawn.dark!.paints
              .flatMap((p) => [p.fill, p.stroke].map((c) => ({ p, hex: hexOf(c) })))
              .filter(({ hex }) => hex && darkChartColours.has(hex) && darkChartColours.get(hex) !== hex)
              .map(({ p, hex }) => `${p.figure}: ${p.what} keeps ${hex}`);
            expect([...new Set(lightLeft)], `${pagePath}: light colours in the dark scheme`).toEqual([]);
            for (const scheme of ['light', 'dark'] as const) {
              const texts = written[scheme]!;
              expect(texts.length, `${pagePath}: chart texts found`).toBeGreaterThan(0);
              const low = texts
                .map((t) => ({ ...t, ratio: contrast(parseColour(t.fill)!.slice(0, 3), parseColour(t.background)!.slice(0, 3)) }))
                .filter((t) => t.ratio < 4.5)
                .map((t) => `${t.figure}: « ${t.text} » ${t.fill} on ${t.background} is ${t.ratio.toFixed(2)}:1`);
              expect(low, `${pagePath}: chart text under 4.5:1 (${scheme} scheme)`).toEqual([]);
            }
          }
        });

        for (const scheme of ['light', 'dark'] as const) {
          it(`at ${width} px, ${scheme} scheme: Tab then → puts a ring of at least 3:1 on the card around the current mark of every chart`, async () => {
            const rings: string[] = [];
            const low: string[] = [];
            for (const pagePath of site.pages) {
              const page = await open(width, scheme, pagePath);
              const drawings = page.locator('.figure__drawing[tabindex]:visible');
              for (let i = 0; i < (await drawings.count()); i++) {
                const drawing = drawings.nth(i);
                const figure = (await drawing.evaluate((el) => el.closest('[data-figure]')?.getAttribute('data-figure'))) ?? '?';
                // Reach the drawing by keyboard: from it to the previous stop and back.
                await drawing.focus();
                await page.keyboard.press('Shift+Tab');
                await page.keyboard.press('Tab');
                expect(await drawing.evaluate((el) => el === document.activeElement && el.matches(':focus-visible')), `${figure} focused by Tab`).toBe(true);
                await page.keyboard.press('ArrowRight');
                const ring = await drawing.evaluate((el) => {
                  const current = el.querySelector('.is-current');
                  if (!current) return null;
                  const style = getComputedStyle(current);
                  const own = getComputedStyle(el);
                  let page = 'rgba(0, 0, 0, 0)';
                  for (let up: Element | null = el.parentElement; up && /rgba\(.*, 0\)|transparent/.test(page); up = up.parentElement) page = getComputedStyle(up).backgroundColor;
                  return {
                    what: `<${current.tagName} ${current.getAttribute('data-label') ?? current.getAttribute('data-region') ?? ''}>`,
                    outline: style.outlineStyle === 'none' ? null : style.outlineColor,
                    stroke: style.stroke === 'none' ? null : style.stroke,
                    strokeWidth: Number.parseFloat(style.strokeWidth),
                    focus: own.outlineStyle === 'none' ? null : own.outlineColor,
                    page,
                  };
                });
                expect(ring, `${figure}: a current mark after →`).not.toBeNull();
                const indicators = [ring!.outline, ring!.strokeWidth >= 2 ? ring!.stroke : null].filter((c): c is string => c !== null);
                expect(indicators.length, `${figure}: ${ring!.what} has an outline or a stroke`).toBeGreaterThan(0);
                for (const colour of indicators) {
                  const ratio = contrast(parseColour(colour)!.slice(0, 3), paper[scheme]);
                  if (ratio < 3) low.push(`${figure}: ring ${colour} around ${ring!.what} is ${ratio.toFixed(2)}:1 on the card`);
                }
                const focusRatio = ring!.focus ? contrast(parseColour(ring!.focus)!.slice(0, 3), parseColour(ring!.page)!.slice(0, 3)) : 0;
                if (focusRatio < 3) low.push(`${figure}: the drawing's focus ring ${ring!.focus} is ${focusRatio.toFixed(2)}:1 on the page ${ring!.page}`);
                rings.push(figure);
                await page.keyboard.press('Escape');
              }
              await page.close();
            }
            expect(rings).toEqual(expect.arrayContaining(site.navigable));
            expect(low).toEqual([]);
          });
        }
      }
    });
  }
});

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable, launchBrowser, serveDuringSuite } from '../helpers/browser';
import { builds } from '../helpers/build';

const hasBrowser = browserAvailable();

/** The text-spacing overrides of WCAG 1.4.12, as a reader's stylesheet or bookmarklet applies them. */
const textSpacing =
  '* { line-height:1.5 !important; letter-spacing:0.12em !important; word-spacing:0.16em !important } p { margin-bottom: 2em !important }';

/** One line of a chart's text (a <text> may hold several), its box in the SVG's own units. */
interface Line {
  figure: string;
  drawing: number;
  text: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** What the page reports: every drawn line of text of every chart displayed, with its drawing's viewBox. */
interface Measured {
  drawings: { figure: string; width: number; height: number; letterSpacing: string }[];
  lines: Line[];
}

/**
 * In the page: the boxes of every line of text of the chart drawings on screen, from the glyphs'
 * extents (so letter and word spacing count), in the coordinates of the SVG's viewBox.
 */
function measureCharts(): Measured {
  const drawings: Measured['drawings'] = [];
  const lines: Line[] = [];
  // Note: a figure drawn once (a map) has no text in its drawing: its legend is HTML (tests/charts/map.test.ts).
  for (const svg of document.querySelectorAll<SVGSVGElement>('.figure__chart .figure__drawing:not(.figure__drawing--once) svg')) {
    if (svg.getClientRects().length === 0) continue;
    const figure = svg.closest('[data-figure]')?.getAttribute('data-figure') ?? '?';
    const box = svg.viewBox.baseVal;
    const drawing = drawings.length;
    const firstText = svg.querySelector('text');
    drawings.push({ figure, width: box.width, height: box.height, letterSpacing: firstText ? getComputedStyle(firstText).letterSpacing : '' });
    const toSvg = svg.getScreenCTM()!.inverse();
    for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
      const style = getComputedStyle(text);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const m = toSvg.multiply(text.getScreenCTM()!);
      const content = [...(text.textContent ?? '')];
      let line: Line | undefined;
      for (let i = 0; i < text.getNumberOfChars(); i++) {
        const r = text.getExtentOfChar(i);
        const a = new DOMPoint(r.x, r.y).matrixTransform(m);
        const b = new DOMPoint(r.x + r.width, r.y + r.height).matrixTransform(m);
        const glyph = { x1: Math.min(a.x, b.x), y1: Math.min(a.y, b.y), x2: Math.max(a.x, b.x), y2: Math.max(a.y, b.y) };
        // A character further down, or back to the left, starts a new line of the same <text>.
        if (line && Math.abs(glyph.y1 - line.y1) < 2 && glyph.x1 >= line.x2 - 2) {
          line.x2 = Math.max(line.x2, glyph.x2);
          line.y1 = Math.min(line.y1, glyph.y1);
          line.y2 = Math.max(line.y2, glyph.y2);
          line.text += content[i] ?? '';
        } else {
          line = { figure, drawing, text: content[i] ?? '', ...glyph };
          lines.push(line);
        }
      }
    }
  }
  return { drawings, lines: lines.filter((l) => l.text.trim() !== '') };
}

/** Every line that leaves its drawing's viewBox, and every two lines that overlap, by more than 1 unit. */
function problems({ drawings, lines }: Measured): string[] {
  const tolerance = 1;
  const name = (l: Line) => `« ${l.text.trim()} » [${l.x1.toFixed(1)}, ${l.y1.toFixed(1)} → ${l.x2.toFixed(1)}, ${l.y2.toFixed(1)}]`;
  const out: string[] = [];
  for (const l of lines) {
    const d = drawings[l.drawing]!;
    if (l.x1 < -tolerance || l.y1 < -tolerance || l.x2 > d.width + tolerance || l.y2 > d.height + tolerance)
      out.push(`${d.figure} (${d.width} wide): ${name(l)} leaves the drawing (0, 0 → ${d.width}, ${d.height})`);
  }
  for (const [i, a] of lines.entries()) {
    for (const b of lines.slice(i + 1)) {
      if (a.drawing !== b.drawing) continue;
      const across = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      const down = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      if (across > tolerance && down > tolerance) out.push(`${a.figure} (${drawings[a.drawing]!.width} wide): ${name(a)} overlaps ${name(b)}`);
    }
  }
  return out;
}

const chapters = readdirSync(path.join(builds.default.outDir, 'chapitres'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => `chapitres/${entry.name}/`);

/** The pages that show charts: every chapter of the default build, and the gallery of every figure type. */
const sites = [
  { name: 'default build', dir: builds.default.outDir, pages: chapters, figures: ['jalons-initiatives', 'parler-au-nous-structure', 'poles-par-region'] },
  {
    name: 'gallery build',
    dir: builds.gallery.outDir,
    pages: ['galerie/'],
    figures: [
      'exemple-anneau',
      'exemple-barres',
      'exemple-barres-empilees',
      'exemple-barres-groupees',
      'exemple-colonnes',
      'exemple-colonnes-empilees',
      'exemple-colonnes-groupees',
      'exemple-lignes',
      'exemple-lignes-dates',
      // Annotations: notes, reference lines, shaded ranges and the notes written under a narrow drawing.
      'exemple-colonnes-annotations',
      'exemple-barres-annotations',
      'exemple-lignes-annotations',
      'exemple-aires-annotations',
      'exemple-nuage-annotations',
    ],
  },
];

describe.runIf(hasBrowser)('chart labels with the reader’s text spacing (WCAG 1.4.12) never overlap nor leave their drawing (Chromium)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the check finds an overlap and a label past the edge when there is one (it can fail)', async () => {
    const page = await browser.newPage();
    await page.setContent(
      '<figure data-figure="essai"><div class="figure__chart"><div class="figure__drawing"><svg viewBox="0 0 100 50" width="200" font-size="14">' +
        '<text x="2" y="20">Un</text><text x="10" y="22">Deux</text><text x="60" y="40">Trop long ici</text></svg></div></div></figure>',
    );
    const found = problems(await page.evaluate(measureCharts));
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^essai \(100 wide\): « Trop long ici » .* leaves the drawing/);
    expect(found[1]).toMatch(/^essai \(100 wide\): « Un » .* overlaps « Deux »/);
    await page.close();
  });

  for (const site of sites) {
    describe(site.name, () => {
      const served = serveDuringSuite(site.dir);

      it('at 320 px, every text of every chart (its narrow drawing, scaled down) is 12 px or more on screen', async () => {
        const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
        const sizes: { figure: string; text: string; px: number }[] = [];
        for (const pagePath of site.pages) {
          await page.goto(served() + pagePath);
          await page.evaluate(() => document.fonts.ready);
          sizes.push(
            ...(await page.evaluate(() =>
              [...document.querySelectorAll<SVGTextContentElement>('.figure__chart .figure__drawing svg text, .figure__chart .figure__drawing svg tspan')]
                .filter((el) => el.getClientRects().length > 0 && el.getComputedTextLength() > 0)
                .map((el) => {
                  // The font size in the drawing's units, times the drawing's scale on screen (rotation included).
                  const m = el.getScreenCTM()!;
                  const px = Number.parseFloat(getComputedStyle(el).fontSize) * Math.hypot(m.a, m.b);
                  return { figure: el.closest('[data-figure]')!.getAttribute('data-figure')!, text: el.textContent!.slice(0, 30), px: Math.round(px * 10) / 10 };
                }),
            )),
          );
        }
        const figures = new Set(sizes.map((s) => s.figure));
        expect([...figures]).toEqual(expect.arrayContaining(site.figures));
        const smallest = Math.min(...sizes.map((s) => s.px));
        console.log(`${site.name}: smallest chart text at 320 px: ${smallest} px`);
        expect(sizes.filter((s) => s.px < 12).map((s) => `${s.figure}: « ${s.text} » ${s.px} px`)).toEqual([]);
        await page.close();
      });

      for (const [width, drawn] of [
        [375, 360],
        [1280, 640],
      ] as const) {
        it(`at ${width} px (the ${drawn}-unit drawings), every label of every chart stays inside it and apart from the others`, async () => {
          // Note: a reader's own stylesheet is not bound by the page's Content-Security-Policy; bypassCSP lets the test add it the same way.
          const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
          const page: Page = await context.newPage();
          const found: string[] = [];
          const seen = new Set<string>();
          for (const pagePath of site.pages) {
            await page.goto(served() + pagePath);
            await page.addStyleTag({ content: textSpacing });
            await page.evaluate(() => document.fonts.ready);
            const measured = await page.evaluate(measureCharts);
            for (const d of measured.drawings) {
              seen.add(d.figure);
              expect(d.width, `${d.figure} shows its ${drawn}-unit drawing`).toBe(drawn);
              // 0.12 em of 12 to 15 units: the reader's letter spacing reached the chart's text.
              expect(Number.parseFloat(d.letterSpacing), `${d.figure}: letter spacing applied`).toBeGreaterThan(1.4);
            }
            found.push(...problems(measured).map((p) => `${pagePath}: ${p}`));
          }
          expect([...seen]).toEqual(expect.arrayContaining(site.figures));
          expect(found).toEqual([]);
          await context.close();
        });
      }
    });
  }
});

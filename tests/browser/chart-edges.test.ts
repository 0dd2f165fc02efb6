// Charts drawn at build time, measured in Chromium with the system's own fonts: every glyph of every
// text stays inside the drawing's viewBox. The renderers place text with a model of the glyphs
// (src/charts/text.ts); this checks the model against real glyph boxes where a text is the first
// thing at the top of a drawing, with nothing above it (no legend, no axis title). No build needed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailable, launchBrowser } from '../helpers/browser';
import { renderBarChart, type BarsOptions } from '../../src/charts/bars/bars';
import type { CategoricalData } from '../../src/charts/model';
import { chartWidths } from '../../src/styles/theme';
import { formatNumber } from '../../src/utils/format';

const hasBrowser = browserAvailable();

/** In the page: every glyph box of every text outside the SVG's viewBox, in its units. */
function glyphsOutside(): string[] {
  const svg = document.querySelector('svg')!;
  const view = svg.viewBox.baseVal;
  const toSvg = svg.getScreenCTM()!.inverse();
  const out: string[] = [];
  for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
    const m = toSvg.multiply(text.getScreenCTM()!);
    const chars = [...(text.textContent ?? '')];
    for (let i = 0; i < text.getNumberOfChars(); i++) {
      if (!chars[i]?.trim()) continue;
      const r = text.getExtentOfChar(i);
      const a = new DOMPoint(r.x, r.y).matrixTransform(m);
      const b = new DOMPoint(r.x + r.width, r.y + r.height).matrixTransform(m);
      const [x1, y1, x2, y2] = [Math.min(a.x, b.x), Math.min(a.y, b.y), Math.max(a.x, b.x), Math.max(a.y, b.y)];
      if (x1 < 0 || y1 < 0 || x2 > view.width || y2 > view.height)
        out.push(`« ${chars[i]} » of « ${text.textContent} »: [${x1.toFixed(1)}, ${y1.toFixed(1)} → ${x2.toFixed(1)}, ${y2.toFixed(1)}] in 0, 0 → ${view.width}, ${view.height}`);
    }
  }
  return out;
}

const regions: CategoricalData = {
  categories: ['Montréal', 'Capitale-Nationale', 'Estrie', 'Gaspésie–Îles-de-la-Madeleine'].map((label, i) => ({ key: `c${i}`, label })),
  series: [{ key: 'poles', label: 'Pôles' }],
  values: [[6, 3, 2, 1]],
};
const years: CategoricalData = {
  categories: ['2017', '2018', '2019', '2020'].map((label, i) => ({ key: `c${i}`, label })),
  series: [{ key: 'a', label: 'Activités' }],
  values: [[12, 18, 17, 24]],
};

describe.runIf(hasBrowser)('text at the top of a drawing stays inside it, with the glyphs of the system’s fonts (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const cases: [string, CategoricalData, Pick<BarsOptions, 'orientation' | 'layout'> & Partial<BarsOptions>][] = [
    ['horizontal bars, one series, no axis title and no legend (the tick labels are the top line)', regions, { orientation: 'horizontal', layout: 'single' }],
    ['horizontal bars with an axis title', regions, { orientation: 'horizontal', layout: 'single', valueLabel: 'Nombre de pôles' }],
    ['columns, one series, no axis title and no legend', years, { orientation: 'vertical', layout: 'single' }],
  ];
  for (const [name, data, options] of cases)
    it(`${name}: no glyph outside the viewBox, at both widths`, async () => {
      const page = await browser.newPage();
      for (const width of Object.values(chartWidths)) {
        const svg = renderBarChart(data, { idPrefix: 'e-', labelledBy: '', format: (v) => formatNumber(v), width, ...options });
        expect(svg).toContain(options.orientation === 'vertical' ? 'bars-vertical' : 'bars-horizontal');
        expect(svg).toContain('bars-ticks');
        // The drawing at one pixel per unit: its units are the page's pixels.
        await page.setContent(`<!doctype html><html lang="fr-CA"><body style="margin:0">${svg.replace('<svg ', `<svg width="${width}" `)}</body></html>`);
        expect(await page.evaluate(glyphsOutside), `${width} units wide`).toEqual([]);
      }
      await page.close();
    });
});

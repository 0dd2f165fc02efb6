import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { dotLimit, renderLines, textColour, valueDomain, type LinesOptions } from '../../src/charts/lines/lines';
import { contrastRatio } from '../../src/charts/contrast';
import type { CategoricalData } from '../../src/charts/model';
import { svgSize } from '../../src/charts/svg';
import { textWidth } from '../../src/charts/text';
import { palette, series as seriesColours } from '../../src/styles/theme';
import { formatNumber } from '../../src/utils/format';
import { t } from '../../src/strings';

const parse = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
const base = { idPrefix: 'test-', labelledBy: 'titre', format: (v: number) => formatNumber(v) };
const widths = [360, 640];

const years = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ key: `y${from + i}`, label: String(from + i), position: from + i }));

const threeSeries: CategoricalData = {
  categories: years(2017, 2020),
  series: [
    { key: 'a', label: 'Coopératives' },
    { key: 'b', label: 'OBNL' },
    { key: 'c', label: 'Insertion' },
  ],
  values: [
    [1200, 1350, 1500, 1810],
    [1500, null, 1610, 1800],
    [300, 320, 400, 1790],
  ],
};

function render(data: CategoricalData, options: Partial<LinesOptions> & { width: number }) {
  const svg = renderLines(data, { ...base, xKind: 'year', ...options });
  return { svg, doc: parse(svg), size: svgSize(svg) };
}

/** Boxes of the text lines of a group (a wrapped label gives one per line), from their baselines (ascent 0.85 em, descent 0.3 em). */
function textBoxes(doc: Document, selector: string, bold: boolean) {
  const size = Number(doc.querySelector('svg')!.getAttribute('font-size'));
  return [...doc.querySelectorAll(`${selector} text`)].flatMap((el) => {
    const anchor = el.getAttribute('text-anchor');
    const parts = el.querySelectorAll('tspan').length ? [...el.querySelectorAll('tspan')] : [el];
    return parts.map((part) => {
      const x = Number(part.getAttribute('x'));
      const y = Number(part.getAttribute('y'));
      const w = textWidth(part.textContent ?? '', size, bold);
      const left = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
      return { text: part.textContent ?? '', left, right: left + w, top: y - 0.85 * size, bottom: y + 0.3 * size };
    });
  });
}

const plotOffset = (doc: Document) => Number(/translate\(0,([\d.]+)\)/.exec(doc.querySelector('.lines-plot')!.getAttribute('transform')!)![1]);

describe('renderLines marks', () => {
  it('puts one dot per non-null value, category by category then series, with fr-CA values', () => {
    const { doc } = render(threeSeries, { width: 640 });
    const dots = [...doc.querySelectorAll('circle')];
    expect(dots.map((d) => d.getAttribute('data-label'))).toEqual([
      '2017 — Coopératives', '2017 — OBNL', '2017 — Insertion',
      '2018 — Coopératives', '2018 — Insertion',
      '2019 — Coopératives', '2019 — OBNL', '2019 — Insertion',
      '2020 — Coopératives', '2020 — OBNL', '2020 — Insertion',
    ]);
    expect(dots[0]!.getAttribute('data-value')).toBe('1\u202f200');
    expect(dots.every((d) => d.getAttribute('fill') === seriesColours[['Coopératives', 'OBNL', 'Insertion'].indexOf(d.getAttribute('data-label')!.split(' — ')[1]!)])).toBe(true);
  });

  it('labels the dots of a single series with the category alone and draws no series label', () => {
    const data = { ...threeSeries, series: [threeSeries.series[0]!], values: [threeSeries.values[0]!] };
    const { doc } = render(data, { width: 360 });
    expect([...doc.querySelectorAll('circle')].map((d) => d.getAttribute('data-label'))).toEqual(['2017', '2018', '2019', '2020']);
    expect(doc.querySelector('.lines-end-labels, .lines-legend')).toBeNull();
  });

  it('breaks the line at a null value instead of bridging it', () => {
    const { doc } = render(threeSeries, { width: 640 });
    const path = (key: string) => doc.querySelector(`.lines-series path[data-series="${key}"]`)!.getAttribute('d')!;
    expect(path('b').match(/M/g)).toHaveLength(2);
    expect(path('a').match(/M/g)).toHaveLength(1);
    expect(doc.querySelector('circle[data-label="2018 — OBNL"]')).toBeNull();
  });

  it('labels a series that stops early at its last value, joined by a dotted connector', () => {
    const data = { ...threeSeries, values: [threeSeries.values[0]!, [1500, 1550, 1610, null], [300, 320, 400, 450]] };
    const { doc } = render(data, { width: 640 });
    const connectors = [...doc.querySelectorAll('.lines-end-labels path')];
    expect(connectors.filter((c) => c.getAttribute('stroke-dasharray'))).toHaveLength(1);
    const early = doc.querySelector('.lines-end-labels text[data-series="b"]')!;
    const lastDot = doc.querySelector('circle[data-label="2019 — OBNL"]')!;
    expect(Math.abs(Number(early.getAttribute('y')) - 4 - Number(lastDot.getAttribute('cy')))).toBeLessThan(8);
  });

  it(`draws dots up to ${dotLimit} points per series, then one hit band per category listing every series`, () => {
    const make = (n: number): CategoricalData => ({
      categories: Array.from({ length: n }, (_, i) => ({ key: `c${i}`, label: `C${i}` })),
      series: [
        { key: 'a', label: 'A' },
        { key: 'b', label: 'B' },
      ],
      values: [Array.from({ length: n }, (_, i) => 10 + i), Array.from({ length: n }, (_, i) => (i === 1 ? null : 1000 + i))],
    });
    const dotted = render(make(dotLimit), { width: 360, xKind: 'category' }).doc;
    expect(dotted.querySelectorAll('circle')).toHaveLength(2 * dotLimit - 1);
    expect(dotted.querySelector('.lines-hits')).toBeNull();

    const dense = render(make(dotLimit + 1), { width: 360, xKind: 'category' }).doc;
    expect(dense.querySelectorAll('circle')).toHaveLength(0);
    const bands = [...dense.querySelectorAll('.lines-hits rect')];
    expect(bands).toHaveLength(dotLimit + 1);
    expect(bands.map((b) => b.getAttribute('data-label')).slice(0, 2)).toEqual(['C0', 'C1']);
    expect(bands[0]!.getAttribute('data-value')).toBe('A\u00a0: 10\u202f; B\u00a0: 1\u202f000');
    expect(bands[1]!.getAttribute('data-value')).toBe('A\u00a0: 11');
    // The bands tile the plot from left to right without gaps or overlaps.
    for (let i = 1; i < bands.length; i++) {
      const previousEnd = Number(bands[i - 1]!.getAttribute('x')) + Number(bands[i - 1]!.getAttribute('width'));
      expect(Math.abs(Number(bands[i]!.getAttribute('x')) - previousEnd)).toBeLessThanOrEqual(0.15);
    }
    expect(bands[0]!.closest('g')!.getAttribute('fill')).toBe('transparent');
  });

  it('gives no hit band to a category where every series is empty (nothing to announce), the next band starting halfway from it', () => {
    const n = dotLimit + 1;
    const data: CategoricalData = {
      categories: Array.from({ length: n }, (_, i) => ({ key: `c${i}`, label: `C${i}` })),
      series: [
        { key: 'a', label: 'A' },
        { key: 'b', label: 'B' },
      ],
      values: [Array.from({ length: n }, (_, i) => (i === 2 ? null : 10 + i)), Array.from({ length: n }, (_, i) => (i === 2 ? null : 1000 + i))],
    };
    const bands = [...render(data, { width: 360, xKind: 'category' }).doc.querySelectorAll('.lines-hits rect')];
    expect(bands).toHaveLength(n - 1);
    expect(bands.map((b) => b.getAttribute('data-label')).slice(0, 3)).toEqual(['C0', 'C1', 'C3']);
    for (const band of bands) expect(band.getAttribute('data-value')).toMatch(/^A\u00a0: \d+\u202f; B\u00a0: 1\u202f\d{3}$/);
    // C1's band ends halfway to C2, C3's starts halfway from C2: the empty category's own band is missing.
    const end = Number(bands[1]!.getAttribute('x')) + Number(bands[1]!.getAttribute('width'));
    expect(Number(bands[2]!.getAttribute('x')) - end).toBeGreaterThan(1);
  });

  it('keeps five series of 400 points under 30 KB gzip', () => {
    const n = 400;
    const data: CategoricalData = {
      categories: Array.from({ length: n }, (_, i) => ({ key: `d${i}`, label: `jour ${i}`, position: Date.UTC(2019, 0, 1 + i) })),
      series: Array.from({ length: 5 }, (_, s) => ({ key: `s${s}`, label: `Série ${s + 1}` })),
      values: Array.from({ length: 5 }, (_, s) => Array.from({ length: n }, (_, i) => 1000 + s * 137.3 + Math.sin(i / 9 + s) * 120.7)),
    };
    for (const width of widths) {
      const { svg } = render(data, { width, xKind: 'date' });
      expect(gzipSync(svg).length, `width ${width}`).toBeLessThan(30 * 1024);
    }
  });
});

describe('renderLines series labels', () => {
  const crowded: CategoricalData = {
    categories: years(2015, 2020),
    series: ['Québec', 'Montréal', 'Laval', 'Gatineau', 'Longueuil'].map((label, i) => ({ key: `s${i}`, label })),
    values: [0, 1, 2, 3, 4].map((s) => [10, 20, 30, 40, 50, 100 + s]),
  };

  for (const width of widths) {
    it(`nudges end labels apart and keeps them inside the drawing (width ${width})`, () => {
      const { doc, size } = render(crowded, { width });
      const offset = plotOffset(doc);
      const boxes = textBoxes(doc, '.lines-end-labels', true).map((b) => ({ ...b, top: b.top + offset, bottom: b.bottom + offset }));
      expect(boxes.map((b) => b.text)).toHaveLength(5);
      for (const [i, a] of boxes.entries()) {
        expect(a.left).toBeGreaterThanOrEqual(0);
        expect(a.right).toBeLessThanOrEqual(size.width);
        expect(a.top).toBeGreaterThanOrEqual(0);
        expect(a.bottom).toBeLessThanOrEqual(size.height);
        for (const b of boxes.slice(i + 1)) {
          const apart = a.bottom <= b.top + 0.2 || b.bottom <= a.top + 0.2 || a.right <= b.left || b.right <= a.left;
          expect(apart, `${a.text} / ${b.text}`).toBe(true);
        }
      }
      expect(doc.querySelector('.lines-legend')).toBeNull();
    });
  }

  it('writes end labels in the series colour darkened to at least 4.5:1 on paper', () => {
    const { doc } = render(threeSeries, { width: 640 });
    const texts = [...doc.querySelectorAll('.lines-end-labels text')];
    expect(texts.map((x) => x.textContent)).toEqual(expect.arrayContaining(['Coopératives', 'OBNL', 'Insertion']));
    for (const text of texts) {
      const fill = text.getAttribute('fill')!;
      expect(contrastRatio(fill, palette.paper)).toBeGreaterThanOrEqual(4.5);
      const index = ['a', 'b', 'c'].indexOf(text.getAttribute('data-series')!);
      expect(fill).toBe(textColour(seriesColours[index]!));
    }
    for (const colour of seriesColours) expect(contrastRatio(textColour(colour), palette.paper)).toBeGreaterThanOrEqual(4.5);
    expect(textColour('#1b1f24')).toBe('#1b1f24');
  });

  it('falls back to a legend at the top when names are too long for the right margin', () => {
    const data = {
      ...threeSeries,
      series: [
        { key: 'a', label: 'Coopératives de travailleurs actionnaires du Bas-Saint-Laurent' },
        { key: 'b', label: 'OBNL' },
        { key: 'c', label: 'Entreprises d’insertion de la Capitale-Nationale et de Chaudière-Appalaches' },
      ],
    };
    const { doc, size } = render(data, { width: 360 });
    expect(doc.querySelector('.lines-end-labels')).toBeNull();
    const legend = textBoxes(doc, '.lines-legend', false);
    expect(legend.map((b) => b.text).join(' ')).toContain('OBNL');
    for (const box of legend) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(size.width);
    }
    // The legend sits above the plot.
    expect(Math.max(...legend.map((b) => b.bottom))).toBeLessThanOrEqual(plotOffset(doc));
  });
});

describe('renderLines axes', () => {
  it('writes years without a thousands separator and thins them so labels never overlap', () => {
    const data: CategoricalData = { categories: years(1990, 2020), series: [{ key: 'a', label: 'A' }], values: [years(1990, 2020).map((_, i) => i)] };
    for (const width of widths) {
      const { doc, size } = render(data, { width });
      const ticks = textBoxes(doc, '.lines-x-axis', false);
      expect(ticks.length).toBeGreaterThan(2);
      expect(ticks.every((b) => /^\d{4}$/.test(b.text))).toBe(true);
      expect(ticks.map((b) => b.text)).toContain('2020');
      for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.left).toBeGreaterThan(ticks[i - 1]!.right);
      expect(ticks[0]!.left).toBeGreaterThanOrEqual(0);
      expect(ticks.at(-1)!.right).toBeLessThanOrEqual(size.width);
    }
  });

  it('writes monthly dates in French, with the year where it starts or changes', () => {
    const months = Array.from({ length: 24 }, (_, i) => Date.UTC(2019, i, 1));
    const data: CategoricalData = {
      categories: months.map((m, i) => ({ key: `m${i}`, label: `m${i}`, position: m })),
      series: [{ key: 'a', label: 'A' }],
      values: [months.map((_, i) => i)],
    };
    const wide = textBoxes(render(data, { width: 640, xKind: 'date' }).doc, '.lines-x-axis', false).map((b) => b.text);
    expect(wide[0]).toBe('janvier\u00a02019');
    expect(wide).toContain('janvier\u00a02020');
    const monthNames = new RegExp(`^(${t.months.join('|')})(\u00a0\\d{4})?$`);
    expect(wide.every((l) => monthNames.test(l))).toBe(true);
    for (const width of widths) {
      // Labels on one row, or staggered on two: apart within each row.
      const ticks = textBoxes(render(data, { width, xKind: 'date' }).doc, '.lines-x-axis', false);
      expect(ticks.length).toBeGreaterThanOrEqual(3);
      for (const row of new Set(ticks.map((b) => b.top))) {
        const inRow = ticks.filter((b) => b.top === row);
        for (let i = 1; i < inRow.length; i++) expect(inRow[i]!.left).toBeGreaterThan(inRow[i - 1]!.right);
      }
    }
  });

  it('writes daily ticks as French days (« 1er » for the first), then weekly ones when days do not fit', () => {
    const ticksFor = (n: number) => {
      const days = Array.from({ length: n }, (_, i) => Date.UTC(2020, 4, 1 + i));
      const data: CategoricalData = {
        categories: days.map((d, i) => ({ key: `d${i}`, label: `d${i}`, position: d })),
        series: [{ key: 'a', label: 'A' }],
        values: [days.map((_, i) => i)],
      };
      return textBoxes(render(data, { width: 640, xKind: 'date' }).doc, '.lines-x-axis', false).map((b) => b.text);
    };
    expect(ticksFor(5)).toEqual(['1er\u00a0mai\u00a02020', '2\u00a0mai', '3\u00a0mai', '4\u00a0mai', '5\u00a0mai']);
    expect(ticksFor(20)).toEqual(['4\u00a0mai\u00a02020', '11\u00a0mai', '18\u00a0mai']);
  });

  it('starts the value axis at zero unless that would flatten the lines, and formats ticks with tickFormat', () => {
    expect(valueDomain([10, 20, 35])).toEqual([0, 35]);
    expect(valueDomain([95.2, 97])).toEqual([95.2, 97]);
    expect(valueDomain([-5, 10])).toEqual([-5, 10]);
    expect(valueDomain([-30, -20])).toEqual([-30, 0]);
    expect(valueDomain([4, 4])).toEqual([0, 4]);
    expect(valueDomain([])).toEqual([0, 1]);

    const yLabels = (values: number[], extra: Partial<LinesOptions> = {}) => {
      const data: CategoricalData = { categories: years(2017, 2020), series: [{ key: 'a', label: 'A' }], values: [values] };
      return textBoxes(render(data, { width: 360, ...extra }).doc, '.lines-y-axis', false).map((b) => b.text);
    };
    expect(yLabels([10, 20, 30, 35])[0]).toBe('0');
    expect(yLabels([95.2, 95.8, 96.4, 97])[0]).not.toBe('0');
    expect(yLabels([1000, 2000, 3000, 3500], { tickFormat: (v) => `${formatNumber(v / 1000)}\u00a0k` })).toContain('2\u00a0k');
  });

  it('places the categories evenly in order when they are not positions', () => {
    const data: CategoricalData = {
      categories: ['Est', 'Centre', 'Ouest'].map((label) => ({ key: label, label })),
      series: [{ key: 'a', label: 'A' }],
      values: [[1, 2, 3]],
    };
    const xs = [...render(data, { width: 640, xKind: 'category' }).doc.querySelectorAll('circle')].map((c) => Number(c.getAttribute('cx')));
    expect(xs[1]! - xs[0]!).toBeCloseTo(xs[2]! - xs[1]!, 0);
    expect(textBoxes(render(data, { width: 640, xKind: 'category' }).doc, '.lines-x-axis', false).map((b) => b.text)).toEqual(['Est', 'Centre', 'Ouest']);
  });
});

describe('renderLines input checks', () => {
  it('names the problem when the data does not match the request', () => {
    expect(() => render({ ...threeSeries, values: threeSeries.values.slice(0, 2) }, { width: 360 })).toThrow('3 series but 2 rows of values');
    const noPosition = { ...threeSeries, categories: threeSeries.categories.map(({ key, label }) => ({ key, label })) };
    expect(() => render(noPosition, { width: 360 })).toThrow(/category « 2017 » needs a position/);
    const unordered = { ...threeSeries, categories: [...threeSeries.categories].reverse() };
    expect(() => render(unordered, { width: 360 })).toThrow(/increasing position order/);
  });
});

describe('renderLines: every point named on the x axis, at 12 px on a 320 px phone', () => {
  /** The x axis labels of a drawing, a wrapped label joined back into one string, with its row (two when staggered). */
  const xLabels = (doc: Document) =>
    [...doc.querySelectorAll('.lines-x-axis text')].map((el) => ({
      text: (el.querySelectorAll('tspan').length ? [...el.querySelectorAll('tspan')].map((t) => t.textContent) : [el.textContent]).join(' '),
      x: Number(el.getAttribute('x') ?? el.querySelector('tspan')!.getAttribute('x')),
    }));

  it('names every step of a category axis in the narrow drawing: wrapped, or on two staggered rows', () => {
    const steps = ['Idéation', 'Prédémarrage', 'Démarrage', 'Croissance', 'Consolidation'];
    const data: CategoricalData = { categories: steps.map((label) => ({ key: label, label })), series: [{ key: 'a', label: 'A' }], values: [[64, 48, 41, 30, 22]] };
    for (const width of widths) {
      const { doc, size } = render(data, { width, xKind: 'category' });
      expect(xLabels(doc).map((l) => l.text), `width ${width}`).toEqual(steps);
      for (const box of textBoxes(doc, '.lines-x-axis', false)) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(size.width);
      }
    }
    // Names too long for two rows are cut with « … »; the full name stays on the dot (tooltip) and in the table.
    const long = steps.map((s) => `${s} du projet collectif`);
    const cut = render({ ...data, categories: long.map((label) => ({ key: label, label })) }, { width: 360, xKind: 'category' }).doc;
    const shown = xLabels(cut).map((l) => l.text);
    expect(shown).toHaveLength(5);
    shown.forEach((text, i) => expect(long[i]!.startsWith(text.replace(/…$/, '')), text).toBe(true));
    expect([...cut.querySelectorAll('circle')].map((c) => c.getAttribute('data-label'))).toEqual(long);
  });

  it('thins years evenly from the first, keeps the last, never down to one tick, and marks every year', () => {
    const yearLabels = (from: number, to: number) => {
      const data: CategoricalData = { categories: years(from, to), series: [{ key: 'a', label: 'A' }], values: [years(from, to).map((_, i) => i)] };
      const { doc } = render(data, { width: 360 });
      // A tick mark for every year, labelled or not.
      expect(doc.querySelectorAll('.lines-x-axis line')).toHaveLength(to - from + 1);
      return xLabels(doc).map((l) => Number(l.text));
    };
    expect(yearLabels(2014, 2020)).toEqual([2014, 2016, 2018, 2020]);
    expect(yearLabels(2015, 2020)).toEqual([2015, 2016, 2017, 2018, 2019, 2020]);
    const twelve = yearLabels(2009, 2020);
    expect(twelve[0]).toBe(2009);
    expect(twelve.length).toBeGreaterThanOrEqual(3);
    for (let i = 2; i < twelve.length; i++) expect(twelve[i]! - twelve[i - 1]!).toBe(twelve[1]! - twelve[0]!);
  });

  it('labels a dated axis with at least three evenly spaced ticks in the narrow drawing (months abbreviated when needed)', () => {
    const dates = ['2020-01-15', '2020-03-01', '2020-05-20', '2020-08-10', '2020-11-30'].map((d) => Date.parse(d));
    const data: CategoricalData = { categories: dates.map((d, i) => ({ key: `d${i}`, label: `d${i}`, position: d })), series: [{ key: 'a', label: 'A' }], values: [[1200, 1450, 2100, 2350, 3020]] };
    expect(xLabels(render(data, { width: 360, xKind: 'date' }).doc).map((l) => l.text)).toEqual(['avr.\u00a02020', 'juill.', 'oct.']);
    expect(xLabels(render(data, { width: 640, xKind: 'date' }).doc).map((l) => l.text)).toEqual(['mars\u00a02020', 'mai', 'juillet', 'septembre', 'novembre']);
    const daily = Array.from({ length: 580 }, (_, i) => Date.UTC(2018, 6, 1 + i));
    const long: CategoricalData = { categories: daily.map((d, i) => ({ key: `d${i}`, label: `d${i}`, position: d })), series: [{ key: 'a', label: 'A' }], values: [daily.map((_, i) => i % 50)] };
    for (const width of widths) expect(xLabels(render(long, { width, xKind: 'date' }).doc).length, `width ${width}`).toBeGreaterThanOrEqual(3);
  });

  it('narrow drawings write every text at 15 units or more: 12 px when 360 units are shown in a 288 px column (320 px phone)', () => {
    const { doc } = render(threeSeries, { width: 360, valueLabel: 'Nombre' });
    expect(Number(doc.querySelector('svg')!.getAttribute('font-size')) * (288 / 360)).toBeGreaterThanOrEqual(12);
    for (const el of doc.querySelectorAll('[font-size]')) expect(Number(el.getAttribute('font-size'))).toBeGreaterThanOrEqual(15);
  });
});


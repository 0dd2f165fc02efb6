import { describe, expect, it } from 'vitest';
import { keepTogether } from '../../src/utils/typography';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { renderBarChart, type BarsOptions } from '../../src/charts/bars/bars';
import type { CategoricalData } from '../../src/charts/model';
import { svgSize } from '../../src/charts/svg';
import { textWidth } from '../../src/charts/text';
import { gridline, muted, series as seriesColours } from '../../src/styles/theme';
import { formatNumber, formatPercent } from '../../src/utils/format';

const parse = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
const format = (v: number) => formatNumber(v);
const base = { idPrefix: 'test-', labelledBy: 'titre', format, valueLabel: 'Nombre d’organisations' };
const widths = [360, 640] as const;
const orientations = ['horizontal', 'vertical'] as const;
const layouts = ['single', 'grouped', 'stacked', 'stacked100'] as const;

const regionNames = [
  'Bas-Saint-Laurent',
  'Saguenay–Lac-Saint-Jean',
  'Capitale-Nationale',
  'Mauricie',
  'Estrie',
  'Montréal',
  'Outaouais',
  'Abitibi-Témiscamingue',
  'Côte-Nord',
  'Nord-du-Québec',
  'Gaspésie–Îles-de-la-Madeleine',
  'Chaudière-Appalaches',
  'Laval',
  'Lanaudière',
  'Laurentides',
  'Montérégie',
  'Centre-du-Québec',
];
const categories = (labels: readonly string[]) => labels.map((label, i) => ({ key: `c${i}`, label }));

const fixtures: Record<string, CategoricalData> = {
  'long French labels, 17 categories': {
    categories: categories(regionNames),
    series: [
      { key: 'ees', label: 'Entreprises d’économie sociale' },
      { key: 'obnl', label: 'Organismes à but non lucratif' },
      { key: 'coop', label: 'Coopératives de travailleurs et de solidarité' },
    ],
    values: [
      regionNames.map((_, i) => ((i * 37) % 23) + 2),
      regionNames.map((_, i) => (i === 4 ? null : ((i * 13) % 11) + 1)),
      regionNames.map((_, i) => ((i * 7) % 5) + 1),
    ],
  },
  'one category': {
    categories: categories(['Gaspésie–Îles-de-la-Madeleine']),
    series: [
      { key: 'a', label: 'Montant versé' },
      { key: 'b', label: 'Montant engagé' },
    ],
    values: [[1234.5], [20500]],
  },
  'negative values': {
    categories: categories(['Fonds de roulement', 'Immobilisations', 'Réserves', 'Dette à long terme', 'Résultat net']),
    series: [
      { key: 'a', label: '2019' },
      { key: 'b', label: '2020' },
    ],
    values: [
      [120, -45, 80, -230, 15],
      [95, -60, 110, -190, -25],
    ],
  },
  'six series': {
    categories: categories(['Alimentation', 'Habitation', 'Culture et loisirs', 'Services aux personnes', 'Environnement']),
    series: ['Moins d’un an', '1 à 4 ans', '5 à 9 ans', '10 à 19 ans', '20 à 49 ans', '50 ans et plus'].map((label, i) => ({ key: `s${i}`, label })),
    values: Array.from({ length: 6 }, (_, s) => Array.from({ length: 5 }, (_, c) => (((s + 2) * (c + 3) * 7) % 29) + 3)),
  },
  years: {
    categories: categories(['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024']),
    series: [
      { key: 'a', label: 'Prêts' },
      { key: 'b', label: 'Subventions' },
    ],
    values: [
      [12, 15, 14, 20, 24, 30, 28, 35, 41, 44],
      [5, 6, 9, 8, 7, 12, 15, 14, 13, 18],
    ],
  },
};

const render = (data: CategoricalData, options: Partial<BarsOptions> & Pick<BarsOptions, 'orientation' | 'layout' | 'width'>) =>
  renderBarChart(data, { ...base, ...options });

/** The value of an attribute on an element or its nearest ancestor that sets it. */
function inherited(el: Element, name: string): string | null {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const value = node.getAttribute(name);
    if (value !== null) return value;
  }
  return null;
}

interface Box {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Every line of text as a box: width from textWidth, height from the font size around the baseline. */
function textBoxes(doc: Document): Box[] {
  const boxes: Box[] = [];
  for (const text of doc.querySelectorAll('text')) {
    const lines = text.querySelectorAll('tspan').length ? [...text.querySelectorAll('tspan')] : [text];
    for (const line of lines) {
      const size = Number(inherited(line, 'font-size'));
      const bold = inherited(line, 'font-weight') === '700';
      const w = textWidth(line.textContent ?? '', size, bold);
      const x = Number(line.getAttribute('x'));
      const y = Number(line.getAttribute('y'));
      const anchor = inherited(line, 'text-anchor') ?? 'start';
      const x0 = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
      boxes.push({ text: line.textContent ?? '', x0, x1: x0 + w, y0: y - 0.8 * size, y1: y + 0.2 * size });
    }
  }
  return boxes;
}

// Coordinates are rounded to 0.1 by finalizeSvg: allow that much.
const slack = 0.15;
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 - slack && b.x0 < a.x1 - slack && a.y0 < b.y1 - slack && b.y0 < a.y1 - slack;

interface Rect {
  el: Element;
  label: string;
  value: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string | null;
}

/** How the chart was drawn: columns whose labels or values cannot all be written are drawn as bars. */
const drawnAs = (doc: Document) => (doc.querySelector('svg')!.getAttribute('class')!.split(' ').includes('bars-vertical') ? 'vertical' : 'horizontal');

function marks(doc: Document): Rect[] {
  return [...doc.querySelectorAll('[data-label]')].map((el) => ({
    el,
    label: el.getAttribute('data-label')!,
    value: el.getAttribute('data-value')!,
    x: Number(el.getAttribute('x')),
    y: Number(el.getAttribute('y')),
    width: Number(el.getAttribute('width')),
    height: Number(el.getAttribute('height')),
    fill: inherited(el, 'fill'),
  }));
}

/** What the marks should say, in reading order, computed from the data alone. */
function expectedMarks(data: CategoricalData, layout: BarsOptions['layout']): { label: string; value: number }[] {
  const count = layout === 'single' ? 1 : data.series.length;
  const out: { label: string; value: number }[] = [];
  for (const [c, category] of data.categories.entries())
    for (let s = 0; s < count; s++) {
      const v = data.values[s]![c];
      if (v === null || v === undefined) continue;
      out.push({ label: count > 1 ? `${category.label} — ${data.series[s]!.label}` : category.label, value: v });
    }
  return out;
}

const shareOf = (value: string) => {
  const match = /^(.+) \((\d+)\u00a0%\)$/.exec(value);
  if (!match) throw new Error(`no share in « ${value} »`);
  return { value: match[1]!, percent: Number(match[2]) };
};

describe('renderBarChart: labels never overlap nor leave the drawing', () => {
  for (const [name, data] of Object.entries(fixtures))
    for (const orientation of orientations)
      for (const layout of layouts)
        it(`${name}, ${orientation}, ${layout}, at 360 and 640`, () => {
          for (const width of widths) {
            const svg = render(data, { orientation, layout, width });
            const doc = parse(svg);
            const size = svgSize(svg);
            expect(size.width).toBe(width);
            const boxes = textBoxes(doc);
            expect(boxes.length).toBeGreaterThan(0);
            for (const box of boxes) {
              const where = `« ${box.text} » at ${width}: [${box.x0.toFixed(1)}, ${box.x1.toFixed(1)}] × [${box.y0.toFixed(1)}, ${box.y1.toFixed(1)}]`;
              expect(box.x0, where).toBeGreaterThanOrEqual(-slack);
              expect(box.x1, where).toBeLessThanOrEqual(size.width + slack);
              expect(box.y0, where).toBeGreaterThanOrEqual(-slack);
              expect(box.y1, where).toBeLessThanOrEqual(size.height + slack);
            }
            for (const [i, a] of boxes.entries())
              for (const b of boxes.slice(i + 1)) expect(overlaps(a, b), `« ${a.text} » overlaps « ${b.text} » at ${width}`).toBe(false);
          }
        });
});

describe('renderBarChart: marks', () => {
  for (const [name, data] of Object.entries(fixtures))
    for (const layout of layouts)
      it(`${name}, ${layout}: one mark per value, with data-label and data-value in reading order`, () => {
        const expected = expectedMarks(data, layout);
        for (const orientation of orientations) {
          const got = marks(parse(render(data, { orientation, layout, width: 360 })));
          expect(got.map((m) => m.label)).toEqual(expected.map((e) => e.label));
          const values = got.map((m) => (layout === 'stacked100' ? shareOf(m.value).value : m.value));
          expect(values).toEqual(expected.map((e) => format(e.value)));
        }
      });

  it('writes nothing on a mark beyond its geometry, its fill and the two data attributes, and no <title>', () => {
    const allowed = new Set(['x', 'y', 'width', 'height', 'fill', 'data-label', 'data-value']);
    for (const layout of layouts) {
      const doc = parse(render(fixtures['six series']!, { orientation: 'horizontal', layout, width: 640 }));
      expect(doc.querySelectorAll('title').length).toBe(0);
      for (const { el } of marks(doc)) for (const { name } of [...el.attributes]) expect(allowed.has(name), `${layout}: ${name}`).toBe(true);
    }
  });

  it('draws values proportionally, from zero, negative values on the other side of the zero line', () => {
    // Short names, so that the columns keep every label and stay columns.
    const data = { ...fixtures['negative values']!, categories: categories(['Fonds', 'Actifs', 'Réserves', 'Dette', 'Résultat']) };
    for (const orientation of orientations) {
      const doc = parse(render(data, { orientation, layout: 'single', width: 640 }));
      expect(drawnAs(doc)).toBe(orientation);
      const zero = doc.querySelector('.bars-zero')!;
      const z = Number(zero.getAttribute(orientation === 'horizontal' ? 'x1' : 'y1'));
      const bars = marks(doc);
      const length = (m: Rect) => (orientation === 'horizontal' ? m.width : m.height);
      expect(length(bars[3]!) / length(bars[0]!)).toBeCloseTo(230 / 120, 1);
      for (const [i, bar] of bars.entries()) {
        const v = data.values[0]![i]!;
        const [near, far] = orientation === 'horizontal' ? [bar.x, bar.x + bar.width] : [bar.y + bar.height, bar.y];
        // Horizontal: positive bars start at zero and go right; vertical: they end at zero and go up.
        if (orientation === 'horizontal') expect(v > 0 ? near : far, bar.label).toBeCloseTo(z, 0);
        else expect(v > 0 ? near : far, bar.label).toBeCloseTo(z, 0);
      }
    }
  });

  it('grouped: the series of a category sit side by side, without overlapping', () => {
    for (const orientation of orientations) {
      // Six series of five sectors as bars; two series of ten years as columns (six would leave no room for their values).
      const data = orientation === 'horizontal' ? fixtures['six series']! : fixtures.years!;
      const n = data.series.length;
      const doc = parse(render(data, { orientation, layout: 'grouped', width: 640 }));
      expect(drawnAs(doc)).toBe(orientation);
      const bars = marks(doc);
      for (let c = 0; c < 5; c++) {
        const group = bars.slice(c * n, c * n + n);
        for (const [a, b] of group.slice(1).map((m, i) => [group[i]!, m] as const)) {
          if (orientation === 'horizontal') expect(b.y).toBeGreaterThanOrEqual(a.y + a.height - 0.1);
          else expect(b.x).toBeGreaterThanOrEqual(a.x + a.width - 0.1);
        }
        expect(group.map((m) => m.fill)).toEqual(seriesColours.slice(0, n));
      }
    }
  });

  it('stacked: segments end to end, separated by a white outline', () => {
    for (const orientation of orientations) {
      const doc = parse(render(fixtures.years!, { orientation, layout: 'stacked', width: 640 }));
      expect(doc.querySelector('.bars-marks')!.getAttribute('stroke')).toBe('#ffffff');
      const bars = marks(doc);
      for (let c = 0; c < 10; c++) {
        const [a, b] = [bars[2 * c]!, bars[2 * c + 1]!];
        if (orientation === 'horizontal') expect(b.x).toBeCloseTo(a.x + a.width, 0);
        else expect(b.y + b.height).toBeCloseTo(a.y, 0);
      }
    }
  });

  it('stacked100: shares shown in data-value add up to 100 % and every bar spans the whole axis', () => {
    const data = fixtures['long French labels, 17 categories']!;
    for (const orientation of orientations) {
      const doc = parse(render(data, { orientation, layout: 'stacked100', width: 360 }));
      const bars = marks(doc);
      const spans = new Map<string, number>();
      const sums = new Map<string, number>();
      for (const bar of bars) {
        const category = bar.label.split(' — ')[0]!;
        sums.set(category, (sums.get(category) ?? 0) + shareOf(bar.value).percent);
        spans.set(category, (spans.get(category) ?? 0) + (drawnAs(doc) === 'horizontal' ? bar.width : bar.height));
      }
      expect(sums.size).toBe(17);
      for (const sum of sums.values()) expect(sum).toBe(100);
      const [first, ...rest] = [...spans.values()];
      for (const span of rest) expect(span).toBeCloseTo(first!, 0);
      const ticks = [...doc.querySelectorAll('.bars-ticks text')].map((t) => t.textContent);
      expect(ticks[0]).toBe(formatPercent(0));
      expect(ticks.at(-1)).toBe(formatPercent(1));
    }
    // 1, 1, 1: thirds rounded so that they still add up to 100.
    const thirds = render(
      { categories: categories(['Un']), series: fixtures.years!.series.concat([{ key: 'c', label: 'Dons' }]), values: [[1], [1], [1]] },
      { orientation: 'horizontal', layout: 'stacked100', width: 360 },
    );
    expect(marks(parse(thirds)).map((m) => m.value)).toEqual(['1 (34\u00a0%)', '1 (33\u00a0%)', '1 (33\u00a0%)']);
  });

  it('stacked: labels inside segments sit within their segment, in a colour readable on it', () => {
    for (const orientation of orientations) {
      const doc = parse(render(fixtures['six series']!, { orientation, layout: 'stacked', width: 640 }));
      const bars = marks(doc);
      const inside = [...doc.querySelectorAll('.bars-inside text')];
      expect(inside.length).toBeGreaterThan(10);
      for (const text of inside) {
        const x = Number(text.getAttribute('x'));
        const y = Number(text.getAttribute('y'));
        const host = bars.find((b) => x > b.x && x < b.x + b.width && y > b.y && y < b.y + b.height);
        expect(host, text.textContent!).toBeDefined();
        expect(host!.value).toBe(text.textContent);
        const w = textWidth(text.textContent!, 12);
        expect(w).toBeLessThan(host!.width);
        // Amber (#c58600) is too light for white text: it gets ink; the others get white.
        expect(inherited(text, 'fill')).toBe(host!.fill === seriesColours[4] ? '#1b1f24' : '#ffffff');
      }
    }
  });

  it('stacked with negative values or missing values draws without throwing', () => {
    for (const layout of ['stacked', 'stacked100'] as const) {
      const doc = parse(render(fixtures['negative values']!, { orientation: 'vertical', layout, width: 360 }));
      expect(marks(doc)).toHaveLength(10);
    }
    const empty = { categories: categories(['A', 'B']), series: [{ key: 'a', label: 'A' }], values: [[null, null]] };
    expect(marks(parse(render(empty, { orientation: 'horizontal', layout: 'stacked100', width: 360 })))).toHaveLength(0);
  });

  it('refuses values that do not match the categories, naming the series', () => {
    const bad = { categories: categories(['A', 'B']), series: [{ key: 'a', label: 'Dons' }], values: [[1]] };
    expect(() => render(bad, { orientation: 'horizontal', layout: 'single', width: 360 })).toThrow('renderBarChart: series « Dons » has 1 values for 2 categories');
  });
});

describe('renderBarChart: colours, legend and axis', () => {
  const regions = fixtures['long French labels, 17 categories']!;
  const highlighted: CategoricalData = { ...regions, categories: regions.categories.map((c, i) => ({ ...c, highlight: i === 5 || i === 15 })) };

  it('highlight: highlighted bars in the strong colour, the others muted; no highlight: every bar strong', () => {
    for (const orientation of orientations) {
      const fills = marks(parse(render(highlighted, { orientation, layout: 'single', width: 360 }))).map((m) => m.fill);
      expect(fills).toEqual(regions.categories.map((_, i) => (i === 5 || i === 15 ? seriesColours[0] : muted)));
      const plain = marks(parse(render(regions, { orientation, layout: 'single', width: 360 }))).map((m) => m.fill);
      expect(new Set(plain)).toEqual(new Set([seriesColours[0]]));
    }
  });

  it('single: every value written at the end of its bar in bold', () => {
    const doc = parse(render(highlighted, { orientation: 'horizontal', layout: 'single', width: 360 }));
    const values = doc.querySelector('.bars-values')!;
    expect(values.getAttribute('font-weight')).toBe('700');
    expect([...values.querySelectorAll('text')].map((t) => t.textContent)).toEqual(regions.values[0]!.map((v) => format(v!)));
    const bars = marks(doc);
    for (const [i, text] of [...values.querySelectorAll('text')].entries()) {
      expect(Number(text.getAttribute('x'))).toBeGreaterThan(bars[i]!.x + bars[i]!.width);
      expect(Number(text.getAttribute('y'))).toBeGreaterThan(bars[i]!.y);
      expect(Number(text.getAttribute('y'))).toBeLessThan(bars[i]!.y + bars[i]!.height);
    }
  });

  it('legend: only with several series, in order, wrapped onto several lines at 360', () => {
    for (const orientation of orientations) {
      expect(parse(render(regions, { orientation, layout: 'single', width: 360 })).querySelector('.bars-legend')).toBeNull();
      const one = { ...regions, series: regions.series.slice(0, 1), values: regions.values.slice(0, 1) };
      expect(parse(render(one, { orientation, layout: 'grouped', width: 360 })).querySelector('.bars-legend')).toBeNull();
      const six = fixtures['six series']!;
      for (const width of widths) {
        const legend = parse(render(six, { orientation, layout: 'stacked', width })).querySelector('.bars-legend')!;
        // Each legend label as typed, a number kept with its word (1 à 4 ans).
        expect([...legend.querySelectorAll('text')].map((t) => t.textContent)).toEqual(six.series.map((s) => keepTogether(s.label)));
        expect([...legend.querySelectorAll('rect')].map((r) => r.getAttribute('fill'))).toEqual([...seriesColours]);
        const rows = new Set([...legend.querySelectorAll('rect')].map((r) => r.getAttribute('y')));
        expect(rows.size, `width ${width}`).toBe(width === 360 ? 3 : 2);
      }
    }
  });

  it('wraps long region names at 360 (left column ≤ 40 % of the width, 15-unit type), one line at 640 but the longest (room for text spacing)', () => {
    const lines = (width: number) =>
      [...parse(render(regions, { orientation: 'horizontal', layout: 'single', width })).querySelectorAll('.bars-categories text')].map((t) =>
        t.querySelectorAll('tspan').length ? [...t.querySelectorAll('tspan')].map((s) => s.textContent) : [t.textContent],
      );
    const narrow = lines(360);
    expect(narrow[10]).toEqual(['Gaspésie–', 'Îles-de-la-', 'Madeleine']);
    expect(narrow[7]).toEqual(['Abitibi-', 'Témiscamingue']);
    expect(narrow[0]).toEqual(['Bas-Saint-', 'Laurent']);
    // Only a word with no place to break (« Témiscamingue ») may widen the column past 40 %.
    for (const label of narrow.flat()) if (label !== 'Témiscamingue') expect(textWidth(label!, 15), label!).toBeLessThanOrEqual(360 * 0.4);
    const zero = Number(parse(render(regions, { orientation: 'horizontal', layout: 'single', width: 360 })).querySelector('.bars-zero')!.getAttribute('x1'));
    expect(zero).toBeLessThanOrEqual(textWidth('Témiscamingue', 15) + 8 + 1);
    expect(lines(640).filter((l) => l.length > 1)).toEqual([['Gaspésie–', 'Îles-de-la-Madeleine']]);
  });

  it('narrow drawings write every text at 15 units or more: 12 px when 360 units are shown in a 288 px column (320 px phone)', () => {
    for (const orientation of orientations)
      for (const layout of layouts) {
        const doc = parse(render(fixtures['long French labels, 17 categories']!, { orientation, layout, width: 360 }));
        for (const text of doc.querySelectorAll('text')) expect(Number(inherited(text, 'font-size')) * (288 / 360), text.textContent!).toBeGreaterThanOrEqual(12);
      }
  });

  const categoryTexts = (doc: Document) =>
    [...doc.querySelectorAll('.bars-categories text')].map((t) => [...(t.querySelectorAll('tspan').length ? t.querySelectorAll('tspan') : [t])].map((s) => s.textContent).join(' '));

  it('columns: every category labelled under its column when they fit; else drawn as bars, every category named', () => {
    const twelve = { categories: categories(Array.from({ length: 12 }, (_, i) => String(2009 + i))), series: [{ key: 'a', label: 'A' }], values: [Array.from({ length: 12 }, (_, i) => 10 + ((i * 7) % 9))] };
    const wide = parse(render(twelve, { orientation: 'vertical', layout: 'single', width: 640 }));
    expect(drawnAs(wide)).toBe('vertical');
    expect(categoryTexts(wide)).toEqual(twelve.categories.map((c) => c.label));
    const narrow = parse(render(twelve, { orientation: 'vertical', layout: 'single', width: 360 }));
    expect(drawnAs(narrow)).toBe('horizontal');
    expect(categoryTexts(narrow)).toEqual(twelve.categories.map((c) => c.label));
    const forty = { categories: categories(Array.from({ length: 40 }, (_, i) => `Catégorie ${i + 1}`)), series: [{ key: 'a', label: 'A' }], values: [Array.from({ length: 40 }, (_, i) => 5 + ((i * 13) % 31))] };
    for (const width of widths) {
      const doc = parse(render(forty, { orientation: 'vertical', layout: 'single', width }));
      expect(drawnAs(doc), `width ${width}`).toBe('horizontal');
      expect(categoryTexts(doc)).toEqual(forty.categories.map((c) => c.label));
    }
  });

  it('columns: a value above every column when they fit; else drawn as bars, every value written', () => {
    const values = (doc: Document) => doc.querySelectorAll('.bars-values text').length;
    const wide = parse(render(fixtures.years!, { orientation: 'vertical', layout: 'single', width: 640 }));
    expect([drawnAs(wide), values(wide)]).toEqual(['vertical', 10]);
    const six = { categories: categories(['2015', '2016', '2017', '2018', '2019', '2020']), series: [{ key: 'a', label: 'A' }], values: [[12.5, 14, 18.5, 17, 21.5, 24]] };
    const narrow = parse(render(six, { orientation: 'vertical', layout: 'single', width: 360, format: (v) => formatNumber(v, ',.1f'), tickFormat: format }));
    expect([drawnAs(narrow), values(narrow)]).toEqual(['vertical', 6]);
    const hundred = { categories: categories(Array.from({ length: 100 }, (_, i) => `C${i + 1}`)), series: [{ key: 'a', label: 'A' }], values: [Array.from({ length: 100 }, (_, i) => 1000 + i * 37)] };
    const crowded = parse(render(hundred, { orientation: 'vertical', layout: 'single', width: 360 }));
    expect([drawnAs(crowded), values(crowded)]).toEqual(['horizontal', 100]);
  });

  it('value axis: ticks formatted with tickFormat (else format), the axis title, gridlines in the gridline grey', () => {
    for (const orientation of orientations) {
      const doc = parse(
        render(fixtures.years!, { orientation, layout: 'single', width: 640, tickFormat: (v) => `${formatNumber(v)}\u00a0$`, valueLabel: 'Montants versés' }),
      );
      const ticks = [...doc.querySelectorAll('.bars-ticks text')].map((t) => t.textContent!);
      expect(ticks.length).toBeGreaterThanOrEqual(3);
      for (const tick of ticks) expect(tick).toMatch(/^\d+\u00a0\$$/);
      expect(doc.querySelector('.bars-title')!.textContent).toBe('Montants versés');
      expect(doc.querySelector('.bars-grid')!.getAttribute('stroke')).toBe(gridline);
      const plain = parse(render(fixtures.years!, { orientation, layout: 'single', width: 640, valueLabel: '' }));
      expect(plain.querySelector('.bars-title')).toBeNull();
      expect([...plain.querySelectorAll('.bars-ticks text')].every((t) => /^\d+$/.test(t.textContent!))).toBe(true);
    }
  });

  it('value axis: integer values get integer ticks only', () => {
    const small = { categories: categories(['A', 'B', 'C']), series: [{ key: 'a', label: 'Pôles' }], values: [[3, 1, 2]] };
    for (const orientation of orientations) {
      const ticks = [...parse(render(small, { orientation, layout: 'single', width: 640 })).querySelectorAll('.bars-ticks text')].map((t) => t.textContent);
      expect(ticks).toEqual(['0', '1', '2', '3']);
    }
  });

  it('stays small: 100 categories under 30 KB gzip', () => {
    const labels = Array.from({ length: 100 }, (_, i) => `${regionNames[i % 17]} ${i + 1}`);
    const data: CategoricalData = {
      categories: categories(labels),
      series: fixtures.years!.series,
      values: [labels.map((_, i) => 1000 + ((i * 7919) % 5000)), labels.map((_, i) => 500 + ((i * 104729) % 3000))],
    };
    for (const orientation of orientations)
      for (const layout of layouts)
        for (const width of widths) {
          const svg = render(data, { orientation, layout, width });
          expect(gzipSync(svg).length, `${orientation} ${layout} ${width}`).toBeLessThan(30_000);
        }
  });
});

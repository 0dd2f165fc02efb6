import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { maxParts, outsideLabelsFrom, renderDonut } from '../../src/charts/donut/donut';
import type { CategoricalData } from '../../src/charts/model';
import { svgSize } from '../../src/charts/svg';
import { textWidth } from '../../src/charts/text';
import { series as seriesColours } from '../../src/styles/theme';
import { formatNumber } from '../../src/utils/format';
import { t } from '../../src/strings';

const parse = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
const base = { idPrefix: 'test-', labelledBy: 'titre', format: (v: number) => formatNumber(v) };
const widths = [360, 640];

const donut = (labels: readonly string[], values: readonly (number | null)[]): CategoricalData => ({
  categories: labels.map((label, i) => ({ key: `k${i}`, label })),
  series: [{ key: 's', label: 'Entreprises' }],
  values: [values],
});

const three = donut(['Coopératives', 'OBNL', 'Entreprises d’insertion'], [412, 1234, 190]);

function render(data: CategoricalData, width: number) {
  const svg = renderDonut(data, { ...base, width });
  return { svg, doc: parse(svg), size: svgSize(svg) };
}

/** Width of a line of text: bold where an element says font-weight 700, plus any dx in em. */
function lineWidth(el: Element, bold: boolean): number {
  let w = 0;
  for (const node of el.childNodes) {
    if (node.nodeType === 3) w += textWidth(node.textContent ?? '', 13, bold);
    else if (node.nodeType === 1) {
      const child = node as Element;
      w += parseFloat(child.getAttribute('dx') ?? '0') * 13 + lineWidth(child, bold || child.getAttribute('font-weight') === '700');
    }
  }
  return w;
}

/** Boxes of the labels (outside labels or list rows), one per <text>, its lines being the tspans with a y. */
function labelBoxes(doc: Document) {
  return [...doc.querySelectorAll('.donut-labels text, .donut-legend text')].map((el) => {
    const lines = [...el.children].filter((c) => c.hasAttribute('y'));
    const rows = lines.length ? lines : [el];
    const ys = rows.map((r) => Number(r.getAttribute('y')));
    const x = Number(rows[0]!.getAttribute('x'));
    const w = Math.max(...rows.map((r) => lineWidth(r, el.getAttribute('font-weight') === '700')));
    const anchor = el.getAttribute('text-anchor');
    const left = anchor === 'end' ? x - w : x;
    return { text: el.textContent ?? '', left, right: left + w, top: Math.min(...ys) - 7, bottom: Math.max(...ys) + 8 };
  });
}

describe('renderDonut arcs', () => {
  it('draws one arc per part in the order given, in series colours, each with its label and value', () => {
    for (const width of widths) {
      const arcs = [...render(three, width).doc.querySelectorAll('.donut-arcs path')];
      expect(arcs.map((a) => a.getAttribute('data-label'))).toEqual(['Coopératives', 'OBNL', 'Entreprises d’insertion']);
      expect(arcs.map((a) => a.getAttribute('data-value'))).toEqual(['412 (22\u00a0%)', '1\u202f234 (67\u00a0%)', '190 (10\u00a0%)']);
      expect(arcs.map((a) => a.getAttribute('fill'))).toEqual(seriesColours.slice(0, 3));
      expect(arcs[0]!.closest('g')!.getAttribute('stroke')).toBe('#ffffff');
    }
  });

  it('starts at 12 o’clock and runs clockwise', () => {
    const [first, second] = [...render(donut(['A', 'B'], [1, 3]), 640).doc.querySelectorAll('.donut-arcs path')];
    // The first arc (a quarter) starts straight up (x = 0 in the ring's frame) and ends straight right.
    expect(first!.getAttribute('d')).toMatch(/^M0,-110A110,110,0,0,1,110,0/);
    expect(second!.getAttribute('d')).toMatch(/^M110,0A110,110,0,1,1,0,-110/);
  });

  it('shows percentages that add up to 100 within rounding', () => {
    const cases = [three, donut(['A', 'B', 'C'], [1, 1, 1]), donut(['A', 'B', 'C', 'D', 'E', 'F'], [17, 17, 17, 17, 17, 15])];
    for (const data of cases) {
      const percents = [...render(data, 640).doc.querySelectorAll('.donut-arcs path')].map((a) =>
        Number(/\(([\d,]+)\u00a0%\)/.exec(a.getAttribute('data-value')!)![1]!.replace(',', '.')),
      );
      const sum = percents.reduce((a, b) => a + b, 0);
      expect(Math.abs(sum - 100)).toBeLessThanOrEqual(percents.length * 0.5);
    }
    expect(render(donut(['A', 'B', 'C'], [1, 1, 1]), 640).doc.querySelector('path')!.getAttribute('data-value')).toBe('1 (33\u00a0%)');
  });

  it('gives a thin part one decimal so it never reads « 0 % »', () => {
    const arcs = [...render(donut(['Grand', 'Mince'], [997, 3]), 360).doc.querySelectorAll('.donut-arcs path')];
    expect(arcs[1]!.getAttribute('data-value')).toBe('3 (0,3\u00a0%)');
  });

  it('writes the total, formatted, under a « Total » caption in the centre', () => {
    for (const width of widths) {
      const texts = [...render(three, width).doc.querySelectorAll('.donut-total text')].map((x) => x.textContent);
      expect(texts).toEqual([t.charts.total, '1\u202f836']);
    }
    const money = renderDonut(three, { ...base, width: 360, format: (v) => `${formatNumber(v)}\u00a0$` });
    expect(parse(money).querySelector('.donut-total text:last-child')!.textContent).toBe('1\u202f836\u00a0$');
  });
});

describe('renderDonut labels', () => {
  it(`lists the parts under the ring below ${outsideLabelsFrom} units and labels them around it above`, () => {
    const narrow = render(three, 360).doc;
    expect(narrow.querySelector('.donut-labels')).toBeNull();
    expect(narrow.querySelectorAll('.donut-legend rect')).toHaveLength(3);
    const wide = render(three, 640).doc;
    expect(wide.querySelector('.donut-legend')).toBeNull();
    expect(wide.querySelectorAll('.donut-labels path')).toHaveLength(3);
    expect([...wide.querySelectorAll('.donut-labels text')].map((x) => x.textContent)).toEqual([
      'Coopératives22\u00a0%· 412',
      'OBNL67\u00a0%· 1\u202f234',
      // Note: the wide drawing's labels wrap within their side (room for readers' text spacing).
      'Entreprisesd’insertion10\u00a0%· 190',
    ]);
  });

  it('lists a zero part as 0 without drawing an arc for it', () => {
    const data = donut(['A', 'Rien', 'B'], [5, 0, 5]);
    for (const width of widths) {
      const { doc } = render(data, width);
      expect([...doc.querySelectorAll('.donut-arcs path')].map((a) => a.getAttribute('data-label'))).toEqual(['A', 'B']);
      const labels = labelBoxes(doc).map((b) => b.text).join(' | ');
      expect(labels).toMatch(/Rien.*0\u00a0%/);
    }
    expect([...render(data, 360).doc.querySelectorAll('.donut-legend text')].map((x) => x.textContent)).toEqual([
      'A', '5', '50\u00a0%', 'Rien', '0', '0\u00a0%', 'B', '5', '50\u00a0%',
    ]);
  });

  const crowded = donut(
    [
      'Organismes à but non lucratif de services aux personnes aînées en région',
      'Coopératives de travailleurs actionnaires du Bas-Saint-Laurent',
      'Petite part',
      'Minuscule',
      'Zéro',
      'Autres formes juridiques',
    ],
    [1200, 800, 15, 3, 0, 450],
  );

  for (const width of widths) {
    it(`keeps long labels apart and inside the drawing (width ${width})`, () => {
      const { doc, size } = render(crowded, width);
      const boxes = labelBoxes(doc);
      expect(boxes.length).toBeGreaterThanOrEqual(6);
      for (const [i, a] of boxes.entries()) {
        expect(a.left, a.text).toBeGreaterThanOrEqual(0);
        expect(a.right, a.text).toBeLessThanOrEqual(size.width);
        expect(a.top, a.text).toBeGreaterThanOrEqual(0);
        expect(a.bottom, a.text).toBeLessThanOrEqual(size.height);
        for (const b of boxes.slice(i + 1)) {
          const apart = a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5 || a.right <= b.left || b.right <= a.left;
          expect(apart, `${a.text} / ${b.text}`).toBe(true);
        }
      }
      // No label box reaches into the ring.
      const ring = doc.querySelector('.donut-arcs')!;
      const [cx, cy] = /translate\(([\d.]+),([\d.]+)\)/.exec(ring.getAttribute('transform')!)!.slice(1).map(Number) as [number, number];
      const outer = Math.max(...[...ring.querySelectorAll('path')].flatMap((p) => (p.getAttribute('d')!.match(/-?[\d.]+/g) ?? []).map((n) => Math.abs(Number(n)))));
      for (const b of boxes) {
        const dx = Math.max(b.left - cx, 0, cx - b.right);
        const dy = Math.max(b.top - cy, 0, cy - b.bottom);
        expect(Math.hypot(dx, dy), b.text).toBeGreaterThan(outer);
      }
    });
  }
});

describe('renderDonut input checks', () => {
  it('refuses more than six parts, several series, negative values and an empty whole', () => {
    const seven = donut(['1', '2', '3', '4', '5', '6', '7'], [1, 1, 1, 1, 1, 1, 1]);
    expect(maxParts).toBe(6);
    expect(() => render(seven, 360)).toThrow('renderDonut: at most 6 parts, got 7');
    expect(() => render({ ...three, series: [...three.series, { key: 'b', label: 'B' }], values: [...three.values, [1, 2, 3]] }, 360)).toThrow(
      'one series expected, got 2',
    );
    expect(() => render(donut(['A', 'B'], [3, -1]), 360)).toThrow('part « B » must be zero or more, got -1');
    expect(() => render(donut(['A', 'B'], [0, null]), 360)).toThrow('the parts add up to zero');
  });
});

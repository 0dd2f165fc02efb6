import { describe, expect, it } from 'vitest';
import { keepTogether } from '../../src/utils/typography';
import { parseHTML } from 'linkedom';
import sharp from 'sharp';
import { renderBarChart } from '../../src/charts/bars/bars';
import { svgToPng, withContext } from '../../src/charts/png';
import { svgSize } from '../../src/charts/svg';
import { textWidth } from '../../src/charts/text';
import { formatNumber } from '../../src/utils/format';

const parse = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;

const chart = renderBarChart(
  {
    categories: [
      { key: 'a', label: 'Recherche interne' },
      { key: 'b', label: 'Moins de 5 employés' },
    ],
    series: [{ key: 'n', label: 'Nombre' }],
    values: [[12, 7]],
  },
  { orientation: 'horizontal', layout: 'single', width: 640, idPrefix: 'x-wide-', labelledBy: 't d', format: (v) => formatNumber(v) },
);

const context = {
  title: 'Organisations « R&D » de moins de 5 employés (< 5) par type d’activité, dans les régions du Québec, en 2019-2020',
  source: 'Source\u00a0: TIESS & partenaires, compilation « <interne> »',
  note: 'Note\u00a0: les valeurs sont arrondies ; une organisation peut avoir plusieurs activités, d’où un total supérieur au nombre d’organisations.',
};

describe('the PNG of a figure keeps its context', () => {
  const framed = withContext(chart, context);
  const doc = parse(framed);
  const lines = (cls: string) => [...doc.querySelectorAll(`text.${cls} tspan`)].map((t) => t.textContent!);

  it('draws the title above, wrapped to the drawing’s width, and the source and note below, as typed', () => {
    // As typed, with the no-break spaces of French typography (« R&D », 5 employés).
    expect(lines('png-title').join(' ')).toBe(keepTogether(context.title));
    expect(lines('png-source').join(' ')).toBe(keepTogether(context.source));
    expect(lines('png-note').join(' ')).toBe(keepTogether(context.note));
    expect(lines('png-title').length).toBeGreaterThan(1);
    expect(lines('png-note').length).toBeGreaterThan(1);
    const { width } = svgSize(chart);
    for (const line of [...lines('png-title')]) expect(textWidth(line, 20, true, false)).toBeLessThanOrEqual(width);
    for (const line of [...lines('png-source'), ...lines('png-note')]) expect(textWidth(line, 14, false, false)).toBeLessThanOrEqual(width);
    // Escaped in the markup: an XML parser (the rasteriser's) reads it.
    expect(framed).toContain('Organisations «&#160;R&amp;D&#160;» de moins de 5&#160;employés (&lt;');
    expect(framed).toContain('compilation «&#160;&lt;interne&gt;&#160;»');
    expect(framed).not.toMatch(/<interne>/);
  });

  it('keeps the drawing whole at its size, between the title and the footer, and grows the image', () => {
    const drawing = svgSize(chart);
    const size = svgSize(framed);
    const nested = doc.querySelector('svg svg')!;
    // A 16 px margin on each side, the texts aligned with the drawing.
    expect(size.width).toBe(drawing.width + 32);
    expect(nested.getAttribute('x')).toBe('16');
    expect([...doc.querySelectorAll('tspan')].every((t) => t.getAttribute('x') === '16')).toBe(true);
    expect(nested.getAttribute('width')).toBe(String(drawing.width));
    expect(nested.getAttribute('height')).toBe(String(drawing.height));
    const top = Number(nested.getAttribute('y'));
    const titleYs = [...doc.querySelectorAll('text.png-title tspan')].map((t) => Number(t.getAttribute('y')));
    const footYs = [...doc.querySelectorAll('text.png-source tspan, text.png-note tspan')].map((t) => Number(t.getAttribute('y')));
    expect(Math.max(...titleYs)).toBeLessThan(top);
    expect(Math.min(...footYs)).toBeGreaterThan(top + drawing.height);
    expect(size.height).toBeGreaterThan(Math.max(...footYs));
    expect(nested.outerHTML.replace(/ (x|y|width|height|overflow)="[^"]*"/g, '')).toBe(parse(chart).querySelector('svg')!.outerHTML.replace(/ (x|y|width|height)="[^"]*"/g, ''));
  });

  it('rasterises at 2×, taller than the drawing alone, the texts inked above and below it', async () => {
    const png = await svgToPng(framed, 2);
    const meta = await sharp(png).metadata();
    const size = svgSize(framed);
    expect([meta.width, meta.height]).toEqual([size.width * 2, size.height * 2]);
    expect(meta.height!).toBeGreaterThan(svgSize(chart).height * 2 + 100);
    // The title band (above the drawing) holds dark pixels: the text is drawn, not dropped.
    const top = Number(doc.querySelector('svg svg')!.getAttribute('y'));
    const { data, info } = await sharp(png).extract({ left: 0, top: 0, width: meta.width!, height: top * 2 }).greyscale().raw().toBuffer({ resolveWithObject: true });
    expect(info.height).toBe(top * 2);
    expect(data.reduce((min, v) => Math.min(min, v), 255)).toBeLessThan(80);
  });

  it('leaves out the note line when the figure has none', () => {
    const plain = withContext(chart, { title: 'Titre', source: 'Source\u00a0: TIESS' });
    expect(parse(plain).querySelector('text.png-note')).toBeNull();
    expect(svgSize(plain).height).toBeLessThan(svgSize(framed).height);
  });
});

import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { buildFigure } from '../../src/figures/index';
import { loadPoles } from '../../src/data/poles';
import { loadRegions, loadRegionShapes } from '../../src/data/regions';
import { representativePoint, spreadMarkers } from '../../src/charts/map/geometry';
import { classify } from '../../src/charts/map/classes';
import { geoContains } from 'd3';

const parse = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;

/** The points of an SVG path made of M/L/Z commands (what d3-geo writes for polygons), as rings. */
function rings(d: string): [number, number][][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((ring) =>
      ring
        .replace(/Z/g, '')
        .split('L')
        .map((pair) => pair.split(',').map(Number) as [number, number]),
    );
}

/** Area of a path in square units (even-odd: holes subtract because d3 winds them the other way). */
function pathArea(d: string): number {
  return Math.abs(
    rings(d).reduce((sum, ring) => {
      let a = 0;
      for (let i = 0; i < ring.length; i++) {
        const [x0, y0] = ring[i]!;
        const [x1, y1] = ring[(i + 1) % ring.length]!;
        a += x0 * y1 - x1 * y0;
      }
      return sum + a / 2;
    }, 0),
  );
}

describe('the pôles map', () => {
  const built = buildFigure('carte-poles');

  it('is drawn once for pages, with no text in the drawing, and its legend in HTML', () => {
    expect(built.svg.narrow).toBeUndefined();
    expect(parse(built.svg.wide).querySelectorAll('text').length).toBe(0);
    expect(built.legend).toEqual({
      title: 'Pôles d’économie sociale',
      items: [
        { key: 'dot', color: '#005a87', label: 'dans sa ville' },
        { key: 'ring', color: '#005a87', label: 'au point représentatif de sa région (ville non connue)' },
        { key: 'frame', color: '#1b1f24', label: 'Région de Montréal (agrandie)' },
      ],
    });
    // The PNG stands alone: its drawing holds the same legend and the inset's title.
    const png = parse(built.pngSvg!);
    const texts = [...png.querySelectorAll('text')].map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '));
    expect(texts).toEqual(['Région de Montréal (agrandie)', 'Pôles d’économie sociale', 'dans sa ville', 'au point représentatif de sa région (ville non connue)']);
  });

  for (const [variant, markup] of [['page', built.svg.wide], ['PNG', built.pngSvg!]] as const) {
    describe(`${variant} drawing`, () => {
      const doc = parse(markup);
      const svg = doc.querySelector('svg')!;
      const [, , width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number);

      it('has 17 region shapes in code order, each named by its <title>', () => {
        const regions = [...doc.querySelectorAll('.map-main .map-region')];
        expect(regions.map((r) => r.getAttribute('data-region'))).toEqual(loadRegions().map((r) => r.code));
        for (const [i, r] of regions.entries()) {
          expect(r.querySelector('title')!.textContent).toMatch(new RegExp(`^${loadRegions()[i]!.name} : \\d+\u00a0pôles?$`));
        }
      });

      it('keeps every region inside the viewBox', () => {
        for (const region of doc.querySelectorAll('.map-main .map-region')) {
          for (const [x, y] of rings(region.getAttribute('d')!).flat()) {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(width!);
            expect(y).toBeGreaterThanOrEqual(0);
            expect(y).toBeLessThanOrEqual(height!);
          }
        }
      });

      it('magnifies Montréal and Laval in the inset to at least 100 px² each', () => {
        for (const code of ['06', '13']) {
          const inset = doc.querySelector(`.map-inset .map-region[data-region="${code}"]`)!;
          const main = doc.querySelector(`.map-main .map-region[data-region="${code}"]`)!;
          expect(pathArea(inset.getAttribute('d')!), code).toBeGreaterThan(100);
          expect(pathArea(inset.getAttribute('d')!)).toBeGreaterThan(10 * pathArea(main.getAttribute('d')!));
        }
      });

      it('shows Îles-de-la-Madeleine and Anticosti as separate parts of their regions', () => {
        expect(rings(doc.querySelector('.map-main .map-region[data-region="11"]')!.getAttribute('d')!).length).toBeGreaterThan(1);
        expect(rings(doc.querySelector('.map-main .map-region[data-region="09"]')!.getAttribute('d')!).length).toBeGreaterThan(1);
      });

      it('has one marker per pôle, none overlapping, with its name in a <title>', () => {
        const markers = [...doc.querySelectorAll('[data-pole]')];
        expect(markers.map((m) => m.getAttribute('data-pole')).sort()).toEqual(loadPoles().map((p) => p.id).sort());
        const positions = markers.map((m) => [Number(m.getAttribute('cx')), Number(m.getAttribute('cy')), Number(m.getAttribute('r'))]);
        for (let i = 0; i < positions.length; i++) {
          for (let j = i + 1; j < positions.length; j++) {
            const [x1, y1, r] = positions[i]!;
            const [x2, y2] = positions[j]!;
            expect(Math.hypot(x2! - x1!, y2! - y1!), `${markers[i]!.getAttribute('data-pole')} / ${markers[j]!.getAttribute('data-pole')}`).toBeGreaterThanOrEqual(2 * r! - 0.2);
          }
        }
        const longueuil = doc.querySelector('[data-pole="longueuil"]')!;
        expect(longueuil.querySelector('title')!.textContent).toBe('Pôle de l’économie sociale de l’agglomération de Longueuil — Longueuil');
        expect(longueuil.getAttribute('class')).toContain('map-pole--exact');
        expect(doc.querySelector('[data-pole="mauricie"]')!.getAttribute('class')).toContain('map-pole--approximate');
      });
    });
  }

  it('gives its script every region with its pôles and cities, safely escaped', () => {
    const data = JSON.parse(built.clientJson!);
    expect(Object.keys(data)).toHaveLength(17);
    expect(data['16'].poles.map((p: { city: string | null }) => p.city)).toEqual(['Longueuil', 'Salaberry-de-Valleyfield', null]);
    expect(built.clientJson).not.toContain('<');
  });
});

describe('the choropleth map', () => {
  const built = buildFigure('carte-poles-par-region');
  it('fills each region by its class and explains the classes in the legend', () => {
    const doc = parse(built.svg.wide);
    const fills = new Map([...doc.querySelectorAll('.map-main .map-region')].map((r) => [r.getAttribute('data-region'), r.getAttribute('fill')]));
    expect(new Set(fills.values()).size).toBe(2);
    expect(fills.get('16')).not.toBe(fills.get('05'));
    const legend = [...parse(built.pngSvg!).querySelectorAll('.map-legend text')].map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '));
    expect(legend).toEqual(['Pôles identifiés dans la région', '1\u00a0pôle', '3\u00a0pôles']);
    // On pages the same classes are the HTML legend, each with the colour its regions are filled with.
    expect(built.legend!.title).toBe('Pôles identifiés dans la région');
    const swatches = built.legend!.items.filter((item) => item.key === 'swatch');
    expect(swatches.map((item) => item.label)).toEqual(['1\u00a0pôle', '3\u00a0pôles']);
    expect(swatches.map((item) => item.color)).toEqual([fills.get('05'), fills.get('16')]);
    expect(doc.querySelectorAll('[data-pole]').length).toBe(0);
    expect(doc.querySelector('.map-main .map-region[data-region="16"] title')!.textContent).toBe('Montérégie : 3\u00a0pôles');
  });

  it('makes at most five classes, readable as ranges when values are many', () => {
    const few = classify([1, 3, 1], String);
    expect(few.classes.map((c) => c.label)).toEqual(['1', '3']);
    expect([few.classOf(1), few.classOf(3)]).toEqual([0, 1]);
    const many = classify([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], String);
    expect(many.classes).toHaveLength(5);
    expect(many.classes[0]!.label).toBe('0 à 2');
    expect([many.classOf(0), many.classOf(10)]).toEqual([0, 4]);
  });
});

describe('map geometry helpers', () => {
  it('places a representative point inside every region', () => {
    for (const region of loadRegionShapes('detail')) expect(geoContains(region, representativePoint(region)), region.properties.code).toBe(true);
  });

  it('spreads markers that share a spot until none overlap', () => {
    const points = [{ x: 10, y: 10 }, { x: 10, y: 10 }, { x: 10, y: 10 }];
    spreadMarkers(points, 7);
    for (let i = 0; i < 3; i++) for (let j = i + 1; j < 3; j++) expect(Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y)).toBeGreaterThanOrEqual(17 - 0.1);
  });
});

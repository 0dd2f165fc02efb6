import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { buildFigure } from '../../src/figures/index';
import { loadPoles } from '../../src/data/poles';
import { loadRegions, loadRegionShapes } from '../../src/data/regions';
import { representativePoint, spreadMarkers } from '../../src/charts/map/geometry';
import { classify } from '../../src/charts/map/classes';
import { geoContains } from 'd3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { declaredFigure, readFigureFile, type FigureFile } from '../../src/figures/declarative';
import type { FigureSpec } from '../../src/schemas/figure';
import { contrastRatio } from '../../src/charts/contrast';
import { palette, sequential } from '../../src/styles/theme';
import { hatchPath, regionStroke } from '../../src/charts/map/quebec-map';

const parse = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;

/** The points of an SVG path made of M/L/Z commands (what d3-geo writes for polygons), as rings. */
function rings(d: string): [number, number][][] {
  const out: [number, number][][] = [];
  let [x, y] = [0, 0];
  for (const [, command, args] of d.matchAll(/([MLZmlz])([^MLZmlz]*)/g)) {
    if (command === 'Z' || command === 'z') continue;
    const n = (args!.match(/-?(\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    for (let i = 0; i + 1 < n.length; i += 2) {
      const relative = command === 'l' || (command === 'm' && i > 0);
      [x, y] = relative ? [x + n[i]!, y + n[i + 1]!] : [n[i]!, n[i + 1]!];
      if (i === 0 && (command === 'M' || command === 'm')) out.push([]);
      out.at(-1)!.push([Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
    }
  }
  return out;
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
          expect(r.querySelector('title')!.textContent).toMatch(new RegExp(`^${loadRegions()[i]!.name}\u00a0: \\d+\u00a0pôles?$`));
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
    expect(doc.querySelector('.map-main .map-region[data-region="16"] title')!.textContent).toBe('Montérégie\u00a0: 3\u00a0pôles');
  });

  it('says its panel texts and each region’s count itself: the shared figure code and the map script have no words of their own for pôles', () => {
    expect(built.definition.panel).toEqual({
      hint: 'Choisissez une région sur la carte (clic, toucher ou touche Entrée) pour voir ses pôles.',
      none: 'Aucun pôle identifié dans cette région.',
      unknown: 'ville non connue',
      keys: 'Flèches pour parcourir les régions et leurs pôles, Entrée ou Espace pour choisir une région, Échap pour effacer.',
    });
    const data = JSON.parse(built.clientJson!);
    expect([data['16'].count, data['05'].count]).toEqual(['3\u00a0pôles', '1\u00a0pôle']);
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

describe('a region without data', () => {
  // Two regions left out of the CSV (Côte-Nord and Nord-du-Québec), as when a source does not cover them.
  const dir = mkdtempSync(path.join(tmpdir(), 'tiess-map-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const values: Record<string, number> = { 1: 42.5, 2: 38, 3: 51, 4: 36.5, 5: 44, 6: 58, 7: 40, 8: 33, 11: 31, 12: 39, 13: 47, 14: 41.5, 15: 43, 16: 49, 17: 37 };
  writeFileSync(path.join(dir, 'taux.csv'), `code,taux\n${Object.entries(values).map(([c, v]) => `${c},${v}`).join('\n')}\n`);
  writeFileSync(path.join(dir, 'taux.yaml'), 'type: carte-regions\ntitre: Taux\ndonnees: taux.csv\nregion: code\nvaleur: taux\nformat: pourcentage\nlegende: Taux de participation\nsource: Essai.\n');
  const file = readFigureFile(path.join(dir, 'taux.yaml'), dir);
  const figure = declaredFigure(file as FigureFile & { spec: FigureSpec });
  const request = { width: 640, idPrefix: 'taux-wide-', labelledBy: 'a b' };
  const page = parse(figure.render(figure.rows(), { ...request, legendInside: false }));
  const png = parse(figure.render(figure.rows(), request));

  it('is hatched over its grey, by a pattern defined in the drawing (no style), not only a colour', () => {
    const fills = new Map([...page.querySelectorAll('.map-main .map-region')].map((r) => [r.getAttribute('data-region'), r.getAttribute('fill')]));
    const pattern = page.querySelector('defs pattern')!;
    expect(pattern.getAttribute('id')).toMatch(/^taux-wide-\d+$/);
    expect(fills.get('09')).toBe(`url(#${pattern.getAttribute('id')})`);
    expect(fills.get('10')).toBe(`url(#${pattern.getAttribute('id')})`);
    expect([...fills.values()].filter((f) => f?.startsWith('url(')).length).toBe(2);
    // The pattern: the grey ground and a darker diagonal line, so it differs from the palest class by more than colour.
    expect(pattern.getAttribute('patternTransform')).toBe('rotate(45)');
    expect(pattern.querySelector('rect')!.getAttribute('fill')).toBe('#e4eaef');
    expect(pattern.querySelector('line')!.getAttribute('stroke')).toBe('#8a959f');
    expect(page.querySelector('svg')!.outerHTML).not.toMatch(/style=|<style/);
    expect(page.querySelector('.map-main .map-region[data-region="09"] title')!.textContent).toBe('Côte-Nord\u00a0: Aucune donnée');
  });

  it('has a hatched key in the HTML legend and in the PNG’s legend', () => {
    const legend = figure.legend!(figure.rows());
    expect(legend.items.at(-2)).toEqual({ key: 'swatch', color: '#e4eaef', hatched: true, label: 'Aucune donnée' });
    expect(legend.items.filter((item) => item.hatched)).toHaveLength(1);
    const keys = [...png.querySelectorAll('.map-legend rect')];
    const hatch = png.querySelector('.map-legend .map-legend-hatch')!;
    expect(hatch.getAttribute('d')).toBe(hatchPath(Number(keys.at(-1)!.getAttribute('x')), Number(keys.at(-1)!.getAttribute('y')), 18, 14));
    expect(png.querySelectorAll('.map-legend .map-legend-hatch')).toHaveLength(1);
  });

  it('draws hatching lines inside the key’s box only', () => {
    const d = hatchPath(1, 1, 18, 14);
    const points = d.split(/[ML]/).filter(Boolean).map((p) => p.split(',').map(Number));
    expect(points.length).toBeGreaterThanOrEqual(14);
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(1);
      expect(x).toBeLessThanOrEqual(19);
      expect(y).toBeGreaterThanOrEqual(1);
      expect(y).toBeLessThanOrEqual(15);
    }
  });
});

describe('region borders', () => {
  it('keep 3:1 on the points map: on the white card (both schemes draw maps on it), its land and its hover and selection fills', () => {
    const pointsMap = parse(buildFigure('carte-poles').svg.wide);
    const regions = [...pointsMap.querySelectorAll('.map-region')];
    expect(new Set(regions.map((r) => r.getAttribute('stroke')))).toEqual(new Set([regionStroke]));
    expect(pointsMap.querySelector('.map-borders')).toBeNull();
    // The fills the page's style gives a hovered (is-active) and a selected region.
    const css = readFileSync('src/styles/global.css', 'utf8');
    const states = ['is-active', 'is-selected'].map((state) => new RegExp(`\\.map\\[data-map-mode='points'\\] \\.map-region\\.${state} \\{\\s*fill: (#[0-9a-f]{6});`).exec(css)?.[1]);
    expect(states.every(Boolean)).toBe(true);
    const pale = [palette.paper, ...new Set(regions.map((r) => r.getAttribute('fill')!)), ...(states as string[])];
    const ratios = pale.map((fill) => [fill, Number(contrastRatio(regionStroke, fill).toFixed(2))] as const);
    expect(ratios.filter(([, ratio]) => ratio < 3)).toEqual([]);
  });

  // The choropleth with five classes and « Aucune donnée » of the test above, on the page and in the PNG.
  const dir = mkdtempSync(path.join(tmpdir(), 'tiess-borders-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const values: Record<string, number> = { 1: 42.5, 2: 38, 3: 51, 4: 36.5, 5: 44, 6: 58, 7: 40, 8: 33, 11: 31, 12: 39, 13: 47, 14: 41.5, 15: 43, 16: 49, 17: 37 };
  writeFileSync(path.join(dir, 'taux.csv'), `code,taux\n${Object.entries(values).map(([c, v]) => `${c},${v}`).join('\n')}\n`);
  writeFileSync(path.join(dir, 'taux.yaml'), 'type: carte-regions\ntitre: Taux\ndonnees: taux.csv\nregion: code\nvaleur: taux\nformat: pourcentage\nlegende: Taux de participation\nsource: Essai.\n');
  const figure = declaredFigure(readFigureFile(path.join(dir, 'taux.yaml'), dir) as FigureFile & { spec: FigureSpec });
  const request = { width: 640, idPrefix: 'taux-wide-', labelledBy: 'a b' };

  for (const [variant, doc] of [
    ['page', parse(figure.render(figure.rows(), { ...request, legendInside: false }))],
    ['PNG', parse(figure.render(figure.rows(), request))],
  ] as const) {
    /** What a region shows: its fill, or the ground and the lines of its hatching. */
    const colours = (fill: string): string[] => {
      const pattern = /^url\(#(.+)\)$/.exec(fill);
      if (!pattern) return [fill];
      const p = doc.getElementById(pattern[1]!)!;
      return [p.querySelector('rect')!.getAttribute('fill')!, p.querySelector('line')!.getAttribute('stroke')!];
    };

    for (const group of ['map-main', 'map-inset']) {
      it(`${variant}, ${group}: between any two fills (two regions of one class too) the cased border keeps 3:1 on each fill`, () => {
        const borders = doc.querySelectorAll(`.${group} > .map-borders`);
        expect(borders).toHaveLength(1);
        const casing = borders[0]!;
        const [halo, line] = [...casing.children];
        // The halo draws the line's own path (<use>), under it, wider, so it shows on both sides.
        expect(halo!.tagName.toLowerCase()).toBe('use');
        expect(halo!.getAttribute('href')).toBe(`#${line!.getAttribute('id')}`);
        expect(line!.getAttribute('stroke')).toBeNull();
        const widths = [Number(halo!.getAttribute('stroke-width')), Number(casing.getAttribute('stroke-width'))];
        expect(widths[0]! - widths[1]!).toBeGreaterThanOrEqual(2);
        const components = [halo!.getAttribute('stroke')!, casing.getAttribute('stroke')!];
        expect(components).toEqual(['#ffffff', '#1b1f24']);

        const fills = new Set([...doc.querySelectorAll(`.${group} .map-region`)].map((r) => r.getAttribute('fill')!));
        if (group === 'map-main') expect(fills.size).toBe(6);
        // Every class and « Aucune donnée » as drawn, and the white card around the coast and in the inset's box.
        const grounds = [[palette.paper], ...[...sequential, `url(#${doc.querySelector('pattern')!.getAttribute('id')})`].map(colours)];
        const weak: string[] = [];
        for (const a of grounds) {
          for (const b of grounds) {
            for (const colour of [...a, ...b]) {
              const best = Math.max(...components.map((c) => contrastRatio(c, colour)));
              if (best < 3) weak.push(`${a.join('+')} | ${b.join('+')}: ${colour} ${best.toFixed(2)}:1`);
            }
          }
        }
        expect(weak).toEqual([]);
        // Two regions of one dark class: the halo alone keeps 3:1 on both sides; of one pale class, the line.
        expect(contrastRatio(components[0]!, sequential[4])).toBeGreaterThanOrEqual(3);
        expect(contrastRatio(components[0]!, sequential[3])).toBeGreaterThanOrEqual(3);
        expect(contrastRatio(components[1]!, sequential[2])).toBeGreaterThanOrEqual(3);
        expect(contrastRatio(components[1]!, sequential[0])).toBeGreaterThanOrEqual(3);
      });
    }

    it(`${variant}: draws the borders over every region, not as a target, from the shapes' own topology`, () => {
      for (const group of ['map-main', 'map-inset']) {
        const children = [...doc.querySelector(`.${group}`)!.children];
        const casing = children.findIndex((c) => c.classList.contains('map-borders'));
        const lastRegion = children.findLastIndex((c) => c.classList.contains('map-region'));
        expect(casing).toBeGreaterThan(lastRegion);
        expect(children[casing]!.getAttribute('pointer-events')).toBe('none');
      }
      // Every point of the main map's borders is a corner of a region shape: the same simplified arcs.
      const corners = new Set([...doc.querySelectorAll('.map-main .map-region')].flatMap((r) => rings(r.getAttribute('d')!).flat().map((p) => p.join(','))));
      const lines = doc.querySelector('.map-main .map-borders path')!.getAttribute('d')!;
      const points = rings(lines).flat().map((p) => p.join(','));
      expect(points.length).toBeGreaterThan(500);
      expect(points.filter((p) => !corners.has(p))).toEqual([]);
      // Each shared border once (most of the outline is coast, drawn once either way): fewer points than the shapes.
      const shapePoints = [...doc.querySelectorAll('.map-main .map-region')].reduce((n, r) => n + rings(r.getAttribute('d')!).flat().length, 0);
      expect(points.length).toBeLessThan(shapePoints);
    });
  }
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

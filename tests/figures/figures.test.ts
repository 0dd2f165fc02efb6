import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { allFigures, buildFigure, findFigure } from '../../src/figures/index';
import { loadPoles } from '../../src/data/poles';
import { loadMilestones } from '../../src/data/milestones';
import { loadPartners, loadAxes } from '../../src/data/parler-au-nous';
import { palette, series } from '../../src/styles/theme';
import { formatNumber, formatPercent, formatPeriod } from '../../src/utils/format';

const snapshots = path.resolve('tests/figures/snapshots');

// Note: the gallery's example figures (every declarative type) are drawn and snapshotted with the
// report's own figures; they are never part of a published build.
const galleryBefore = process.env.GALERIE;
process.env.GALERIE = '1';
afterAll(() => {
  if (galleryBefore === undefined) delete process.env.GALERIE;
  else process.env.GALERIE = galleryBefore;
});
const figures = allFigures();
const parse = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;

/** Makes an SVG comparable across runs: ids renumbered in order of appearance (and their url(#…) and href="#…"), numbers rounded to 1 decimal. */
function normalise(svg: string): string {
  const ids = new Map<string, string>();
  for (const [, id] of svg.matchAll(/\sid="([^"]+)"/g)) if (!ids.has(id!)) ids.set(id!, `id${ids.size + 1}`);
  let out = svg.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));
  for (const [from, to] of ids) out = out.split(`"${from}"`).join(`"${to}"`).split(`#${from})`).join(`#${to})`).split(`"#${from}"`).join(`"#${to}"`);
  return out.replace(/></g, '>\n<');
}

describe('figure snapshots', () => {
  for (const figure of figures) {
    // A figure drawn once (the maps) has its page drawing (wide, no legend) and its PNG's (with the legend).
    const variants = figure.drawnOnce ? (['wide', 'png'] as const) : (['narrow', 'wide'] as const);
    for (const variant of variants) {
      it(`${figure.id} (${variant}) matches its committed SVG`, () => {
        const built = buildFigure(figure.id);
        const svg = variant === 'png' ? built.pngSvg : built.svg[variant];
        if (svg === undefined) return expect.fail(`${figure.id} has no ${variant} drawing`);
        const actual = normalise(svg);
        const file = path.join(snapshots, `${figure.id}-${variant}.svg`);
        const changed = file.replace(/\.svg$/, '-changed.svg');
        if (!existsSync(file)) {
          if (process.env.CI === 'true') throw new Error(`missing snapshot ${file}: generate it locally and commit it`);
          mkdirSync(snapshots, { recursive: true });
          writeFileSync(file, actual);
          console.warn(`wrote new snapshot ${file}`);
          return;
        }
        if (readFileSync(file, 'utf8') !== actual) {
          writeFileSync(changed, actual);
          expect.fail(`${figure.id} (${variant}) differs from its snapshot; see ${changed}`);
        }
        rmSync(changed, { force: true });
      });
    }
  }
});

describe('figure meaning', () => {
  it('has unique kebab-case ids', () => {
    const ids = figures.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(findFigure('nope')).toBeUndefined();
    expect(() => buildFigure('nope')).toThrow('figure inconnue « nope » ; les figures existantes sont : carte-poles, ');
    expect(() => buildFigure('carte-pole')).toThrow('figure inconnue « carte-pole » (vouliez-vous dire « carte-poles » ?) ; les figures existantes sont : carte-poles, ');
  });

  it('timeline: one mark per milestone, spans only for season-dated ones', () => {
    const built = buildFigure('jalons-initiatives');
    for (const svg of Object.values(built.svg)) {
      const doc = parse(svg);
      const events = [...doc.querySelectorAll('.timeline-event')];
      expect(events.map((e) => e.getAttribute('data-event')).sort()).toEqual(loadMilestones().map((m) => m.id).sort());
      const seasonal = loadMilestones().filter((m) => m.saison !== undefined).map((m) => m.id);
      for (const event of events) {
        const isSpan = event.querySelector('rect') !== null;
        expect(isSpan).toBe(seasonal.includes(event.getAttribute('data-event')!));
      }
      expect(doc.querySelector('svg')!.textContent).toContain('mai\u00a02019');
      expect(doc.querySelector('svg')!.textContent).toContain('automne\u00a02020');
      expect(doc.querySelector('.timeline-undated')!.textContent).toContain('#osonslarelance');
    }
  });

  it('pôles per region: one bar per region, most first, values summing to the pôles listed', () => {
    const built = buildFigure('poles-par-region');
    for (const svg of Object.values(built.svg)) {
      const bars = [...parse(svg).querySelectorAll('rect[data-value]')];
      expect(bars.length).toBe(17);
      expect(bars.reduce((n, b) => n + Number(b.getAttribute('data-value')), 0)).toBe(loadPoles().length);
      expect(bars[0]!.getAttribute('data-label')).toBe('Montérégie');
    }
    expect(built.table.rows.length).toBe(17);
    expect(built.table.rows[0]).toEqual(['Montérégie', '3']);
    expect(built.description).toBe(
      'Diagramme à barres horizontales de 17\u00a0catégories. Valeur la plus élevée : Montérégie (3) ; la plus faible : Bas-Saint-Laurent, Saguenay–Lac-Saint-Jean, Capitale-Nationale et 13\u00a0autres (1).',
    );
  });

  it('pôles per region: data/poles-par-region.csv still counts the rows of data/poles.csv', () => {
    const counted = new Map<string, number>();
    for (const pole of loadPoles()) counted.set(pole.region_code, (counted.get(pole.region_code) ?? 0) + 1);
    const lines = readFileSync('data/poles-par-region.csv', 'utf8').trim().split('\n').slice(1);
    expect(lines).toHaveLength(17);
    for (const line of lines) {
      const [code, , poles] = line.split(',');
      expect(Number(poles), `région ${code}`).toBe(counted.get(code!) ?? 0);
    }
  });

  it('Parler au nous: every partner, and two axes of three components', () => {
    const built = buildFigure('parler-au-nous-structure');
    for (const svg of Object.values(built.svg)) {
      const doc = parse(svg);
      // A long name wraps inside its chip (one <tspan> a line).
      const lines = (m: Element) => (m.querySelector('tspan') ? [...m.querySelectorAll('tspan')].map((t) => t.textContent).join(' ') : m.textContent);
      expect([...doc.querySelectorAll('.structure-member')].map(lines)).toEqual(loadPartners().map((p) => p.nom));
      expect([...doc.querySelectorAll('.structure-group')].map((g) => g.querySelectorAll('.structure-item').length)).toEqual(
        loadAxes().map((a) => a.components.length),
      );
      const center = [...doc.querySelectorAll('.structure-center tspan')].map((t) => t.textContent).join(' ');
      expect(center).toBe('Parler au nous Projet conjoint de 3\u00a0ans, à partir de l’automne\u00a02020');
    }
  });

  it('each table holds every row drawn, and its CSV the same rows', () => {
    for (const figure of figures) {
      const built = buildFigure(figure.id);
      expect(built.table.rows.length).toBe(built.rowCount);
      expect(built.csv.trim().split('\n').length).toBe(built.rowCount + 1);
      expect(built.csv.split('\n')[0]).toBe(built.table.headers.join(','));
    }
  });

  it('every SVG is hidden from assistive technologies (its caption is its text alternative, read once), has no ARIA on inner groups, and stays within budget (chart 30 KB, map 120 KB gzip)', () => {
    for (const figure of figures) {
      const built = buildFigure(figure.id);
      for (const svg of Object.values(built.svg)) {
        const root = parse(svg).querySelector('svg')!;
        expect([root.getAttribute('aria-hidden'), root.getAttribute('role'), root.getAttribute('aria-labelledby')]).toEqual(['true', null, null]);
        expect(svg).not.toMatch(/aria-label=|<style|style="|\d\.\d{2,}/);
        expect(gzipSync(svg).length, figure.id).toBeLessThan(figure.kind === 'map' ? 120 * 1024 : 30 * 1024);
      }
    }
  });
});

describe('fr-CA formats and the palette', () => {
  it('formats numbers, shares and periods the Québec way', () => {
    expect(formatNumber(1234.5)).toBe('1\u202f234,5');
    expect(formatNumber(-3)).toBe('\u22123');
    expect(formatPercent(0.19)).toBe('19\u00a0%');
    expect(formatPeriod({ year: 2019, month: 5 })).toBe('mai\u00a02019');
    expect(formatPeriod({ year: 2020, season: 'automne' })).toBe('automne\u00a02020');
  });

  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };

  it('text colours reach 4.5:1 and mark colours 3:1 on the paper colour', () => {
    for (const text of [palette.ink, palette.inkMuted, palette.accent, palette.accentInk]) {
      expect(contrast(text, palette.paper), text).toBeGreaterThanOrEqual(4.5);
    }
    for (const mark of [...series, palette.focus]) expect(contrast(mark, palette.paper), mark).toBeGreaterThanOrEqual(3);
    expect(contrast(palette.paper, palette.accent)).toBeGreaterThanOrEqual(4.5);
  });
});

import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { builds, root, runBuild } from '../helpers/build';
import { htmlFiles, readPage, textOf } from '../helpers/html';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { allFigures, buildFigure, figurePngSvg } from '../../src/figures/index';
import { svgSize } from '../../src/charts/svg';
import { siteTypography } from '../../src/utils/typography';

const figures = allFigures();

const { outDir } = builds.default;
const chapter = () => readPage(path.join(outDir, 'chapitres/un-ecosysteme-tisse-serre/index.html'));

describe('figures in the built chapter', () => {
  it('places each figure in the section whose text speaks of it, with the key figures first', () => {
    const doc = chapter();
    const order = [...doc.querySelectorAll('.prose > h2, .prose > [data-figure], .prose > .key-figures')].map(
      (el) => el.getAttribute('data-figure') ?? (el.matches('.key-figures') ? 'key-figures' : el.getAttribute('id')),
    );
    expect(order).toEqual([
      'key-figures',
      'osonslarelance',
      'sismic',
      'jalons-initiatives',
      'carte-poles',
      'poles-par-region',
      'parler-au-nous',
      'parler-au-nous-structure',
    ]);
  });

  it('gives every figure its caption, both drawings, a data table of the rows drawn and download links', () => {
    const doc = chapter();
    for (const figure of figures.filter((f) => doc.querySelector(`[data-figure="${f.id}"]`))) {
      const built = buildFigure(figure.id);
      const el = doc.querySelector(`[data-figure="${figure.id}"]`)!;
      expect(el.tagName).toBe('FIGURE');
      expect(el.firstElementChild!.tagName).toBe('FIGCAPTION');
      expect(textOf(el.querySelector(`#${built.titleId}`)!)).toBe(textOf({ textContent: figure.title }));
      expect(textOf(el.querySelector(`#${built.descriptionId}`)!)).toBe(textOf({ textContent: built.description }));
      // Two drawings (narrow, wide), or one for a figure drawn once (the map), with its legend in HTML.
      const svgs = [...el.querySelectorAll('.figure__drawing > svg')];
      expect(svgs.length).toBe(figure.drawnOnce ? 1 : 2);
      expect(el.querySelectorAll('.figure__legend li').length).toBe(built.legend?.items.length ?? 0);
      // Named once by the caption: the figure by its title (a heading), the drawing hidden from assistive technologies.
      expect(el.getAttribute('aria-labelledby')).toBe(built.titleId);
      expect(el.querySelector(`#${built.titleId}`)!.tagName).toMatch(/^H[1-6]$/);
      for (const svg of svgs) expect([svg.getAttribute('aria-hidden'), svg.getAttribute('role')]).toEqual(['true', null]);
      expect(textOf(el.querySelector('.figure__source')!)).toBe(textOf({ textContent: `Source : ${siteTypography(figure.source)}` }));
      expect(textOf(el.querySelector('details summary')!)).toBe('Voir les données');
      expect(el.querySelectorAll('details tbody tr').length).toBe(built.rowCount);
      expect(el.querySelectorAll('details thead th[scope="col"]').length).toBe(figure.columns.length);
      const links = [...el.querySelectorAll('.figure__downloads a')].map((a) => [textOf(a), a.getAttribute('href')]);
      expect(links.slice(0, 2)).toEqual([
        ['Télécharger les données (CSV)', `/figures/${figure.id}.csv`],
        ['Télécharger l’image (PNG)', `/figures/${figure.id}.png`],
      ]);
    }
  });

  it('keeps ids unique on the page, clip paths included', () => {
    const ids = [...chapter().querySelectorAll('[id]')].map((el) => el.getAttribute('id'));
    expect(ids.length).toBeGreaterThan(10);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('writes each figure’s CSV (the rows drawn, with a BOM for Excel) and a 2× PNG of the wide drawing with its title, source and note', async () => {
    for (const figure of figures) {
      const built = buildFigure(figure.id);
      const csv = readFileSync(path.join(outDir, 'figures', `${figure.id}.csv`), 'utf8');
      expect(csv).toBe(`\ufeff${built.csv}`);
      const png = await sharp(path.join(outDir, 'figures', `${figure.id}.png`)).metadata();
      // The wide drawing at 2× (a map's with its legend: the PNG stands alone), with its title above and its source and note below.
      const framed = figurePngSvg(built);
      const drawing = svgSize(built.pngSvg ?? built.svg.wide);
      const { width: w, height: h } = svgSize(framed);
      expect([png.format, png.width, png.height]).toEqual(['png', w * 2, h * 2]);
      expect(h).toBeGreaterThan(drawing.height + 60);
      const texts = parseHTML(framed).document;
      const said = (cls: string) => [...texts.querySelectorAll(`text.${cls} tspan`)].map((t) => t.textContent).join(' ');
      expect(said('png-title'), figure.id).toBe(siteTypography(figure.title));
      expect(said('png-source'), figure.id).toBe(siteTypography(`Source : ${figure.source}`));
      expect(said('png-note'), figure.id).toBe(built.note ? siteTypography(`Note : ${built.note}`) : '');
      // A map's PNG holds the legend its page shows in HTML.
      if (figure.drawnOnce) {
        expect(built.svg.wide, figure.id).not.toContain('<text');
        expect(built.pngSvg, figure.id).toContain('class="map-legend"');
      }
    }
  });

  it('renders the key figures from data, in fr-CA form', () => {
    const items = [...chapter().querySelectorAll('.key-figure')].map((li) => textOf(li.querySelector('.key-figure__value')!));
    expect(items).toEqual(['19 pôles', '16 régions', '18–35 ans', '6 fiches', '3 ans']);
  });
});

describe('scripts', () => {
  it('are external modules only, small enhancements: the page’s one script (reading aids, charts, copy buttons) and the map’s, ≤ 5 KB gzip together', () => {
    const doc = chapter();
    const scripts = [...doc.querySelectorAll('script')];
    const external = scripts.filter((s) => s.getAttribute('src'));
    expect(external.every((s) => s.getAttribute('type') === 'module')).toBe(true);
    expect(scripts.filter((s) => !s.getAttribute('src')).map((s) => s.getAttribute('type'))).toEqual(['application/json']);
    const size = (src: string) => gzipSync(readFileSync(path.join(outDir, src.slice(1)))).length;
    const sizes: Record<string, number> = Object.fromEntries(external.map((s) => [/MapEnhancer|PageScript/.exec(s.getAttribute('src')!)?.[0] ?? s.getAttribute('src'), size(s.getAttribute('src')!)]));
    expect(Object.keys(sizes).sort()).toEqual(['MapEnhancer', 'PageScript']);
    // The map's script takes the keyboard model from the page's script: no third file to fetch.
    const mapSrc = external.find((s) => /MapEnhancer/.test(s.getAttribute('src')!))!.getAttribute('src')!;
    const imports = [...readFileSync(path.join(outDir, mapSrc.slice(1)), 'utf8').matchAll(/from"\.\/([^"]+)"/g)].map((m) => `/_astro/${m[1]}`);
    expect(imports).toEqual(external.filter((s) => /PageScript/.test(s.getAttribute('src')!)).map((s) => s.getAttribute('src')));
    expect(Object.values(sizes).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(5 * 1024);
    for (const other of ['index.html', 'sources-et-methodologie/index.html']) {
      expect(readPage(path.join(outDir, other)).querySelectorAll('script').length, other).toBe(0);
    }
  });

  it('never uses inline event handlers or javascript: URLs (CSP-ready)', () => {
    for (const file of htmlFiles(outDir)) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).not.toMatch(/\son[a-z]+=|javascript:/i);
    }
  });

  it('ships the map panel hidden until the script reveals it, with strings for the script in data attributes', () => {
    const panel = chapter().querySelector('[data-figure="carte-poles"] [data-map-panel]')!;
    expect(panel.hasAttribute('hidden')).toBe(true);
    expect(panel.getAttribute('aria-live')).toBe('polite');
    expect(panel.getAttribute('data-city-unknown')).toBe('ville non connue');
  });
});

describe('an unknown figure id in a chapter', () => {
  it('stops the build naming the MDX file, its line and the id', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tiess-bad-figure-'));
    try {
      const chapters = path.join(dir, 'chapters');
      cpSync(path.join(root, 'src/content/chapters'), chapters, { recursive: true });
      const file = path.join(chapters, 'un-ecosysteme-tisse-serre.mdx');
      const source = readFileSync(file, 'utf8').replace('<Figure id="poles-par-region" />', '<Figure id="poles-par-regions" />');
      writeFileSync(file, source);
      const line = source.split('\n').findIndex((l) => l.includes('poles-par-regions')) + 1;
      const out = path.join(dir, 'out');
      const { status, output } = runBuild({ REPORT_CHAPTERS_DIR: chapters, OUT_DIR: out });
      expect(status).not.toBe(0);
      expect(output).toContain(`${file}, ligne ${line}, colonne 1 : figure inconnue « poles-par-regions » (vouliez-vous dire « poles-par-region » ?) ; les figures existantes sont : carte-poles, carte-poles-par-region, jalons-initiatives, parler-au-nous-structure, poles-par-region`);
      expect(existsSync(path.join(out, 'index.html'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

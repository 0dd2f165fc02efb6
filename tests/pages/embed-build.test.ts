import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builds } from '../helpers/build';
import { readPage, textOf } from '../helpers/html';
import { parseHeadersFile, headersFor } from '../helpers/static-server';
import { allFigures, buildFigure } from '../../src/figures/index';

const figures = allFigures();

const { outDir } = builds.default;
const site = 'https://rapport.example.org';
const distPath = (url: string) => {
  const u = new URL(url);
  expect(u.origin).toBe(site);
  return path.join(outDir, decodeURIComponent(u.pathname).replace(/\/$/, '/index.html'));
};

interface CatalogueEntry {
  id: string;
  title: string;
  description: string;
  kind: string;
  embedUrl: string;
  oembedUrl: string;
  chapterUrl: string | null;
  dataUrls: string[];
  pngUrl: string;
}

const catalogue = () => JSON.parse(readFileSync(path.join(outDir, 'embed/index.json'), 'utf8')).figures as CatalogueEntry[];

describe('embed pages', () => {
  it('exist for every figure: the figure alone, noindex, canonical to its place in the report, oEmbed discovery', () => {
    for (const figure of figures) {
      const doc = readPage(path.join(outDir, 'embed', figure.id, 'index.html'));
      expect(doc.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
      expect(doc.querySelector('header, nav, footer')).toBeNull();
      expect(doc.querySelectorAll('figure[data-figure]').length).toBe(1);
      expect(textOf(doc.querySelector('h1')!)).toBe(textOf({ textContent: figure.title }));
      const oembed = doc.querySelector('link[rel="alternate"][type="application/json+oembed"]')!;
      expect(oembed.getAttribute('href')).toBe(`${site}/embed/${figure.id}/oembed.json`);
      const canonical = doc.querySelector('link[rel="canonical"]')!.getAttribute('href');
      expect(doc.querySelector('.figure__embed')).toBeNull();
      // A figure made for partners only is in no chapter: no « Voir dans le rapport », which would lead elsewhere.
      if (figure.embedOnly) {
        expect(doc.querySelector('.embed__credit a'), figure.id).toBeNull();
        expect(canonical).toBe(`${site}/integrer/#${figure.id}`);
        continue;
      }
      const back = doc.querySelector('.embed__credit a')!;
      expect(back.getAttribute('href')).toBe(canonical);
      expect(canonical).toMatch(new RegExp(`^${site}/chapitres/[a-z0-9-]+/#figure-${figure.id}$`));
      expect(back.getAttribute('target')).toBe('_top');
      expect(textOf(back)).toBe('Voir dans le rapport');
    }
    expect(figures.filter((f) => f.embedOnly).map((f) => f.id)).toEqual(['carte-poles-par-region']);
    const placed = readPage(path.join(outDir, 'embed/carte-poles/index.html'));
    expect(placed.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(`${site}/chapitres/un-ecosysteme-tisse-serre/#figure-carte-poles`);
  });

  it('come light by default, dark under sombre/ and after the reader’s system under auto/, the same figure in each', () => {
    for (const figure of figures) {
      const pages = { light: '', dark: 'sombre/', auto: 'auto/' };
      for (const [theme, sub] of Object.entries(pages)) {
        const doc = readPage(path.join(outDir, 'embed', figure.id, sub, 'index.html'));
        expect(doc.documentElement.getAttribute('data-theme'), `${figure.id} ${sub}`).toBe(theme);
        expect(doc.querySelectorAll(`figure[data-figure="${figure.id}"]`).length).toBe(1);
        expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(
          readPage(path.join(outDir, 'embed', figure.id, 'index.html')).querySelector('link[rel="canonical"]')!.getAttribute('href'),
        );
      }
    }
  });

  it('are left out of the sitemap', () => {
    const sitemap = readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`${site}/chapitres/un-ecosysteme-tisse-serre/`);
    expect(sitemap).not.toContain('/embed/');
  });
});

describe('the catalogue', () => {
  it('lists every figure with URLs that all resolve in dist/', () => {
    const list = catalogue();
    expect(list.map((f) => f.id)).toEqual(figures.map((f) => f.id));
    for (const entry of list) {
      expect(['chart', 'map']).toContain(entry.kind);
      expect(entry.title.length).toBeGreaterThan(5);
      expect(entry.description.length).toBeGreaterThan(20);
      for (const url of [entry.embedUrl, entry.oembedUrl, entry.pngUrl, ...entry.dataUrls, ...(entry.chapterUrl ? [entry.chapterUrl] : [])]) {
        const file = distPath(url.replace(/#.*$/, ''));
        expect(() => readFileSync(file), url).not.toThrow();
      }
      if (entry.chapterUrl) {
        const anchor = new URL(entry.chapterUrl).hash.slice(1);
        expect(readPage(distPath(entry.chapterUrl.replace(/#.*$/, ''))).getElementById(anchor), entry.chapterUrl).not.toBeNull();
      }
    }
    expect(list.find((f) => f.id === 'carte-poles')!.kind).toBe('map');
  });

  it('gives an oEmbed "rich" document per figure whose html is the snippet', () => {
    for (const entry of catalogue()) {
      const oembed = JSON.parse(readFileSync(distPath(entry.oembedUrl), 'utf8'));
      expect(oembed).toMatchObject({ version: '1.0', type: 'rich', title: entry.title, provider_name: 'TIESS', thumbnail_url: entry.pngUrl });
      expect(oembed.html).toContain(`<iframe src="${entry.embedUrl}"`);
      expect(oembed.html).toContain(`<script src="${site}/embed.js" async></script>`);
      expect(oembed.height).toBeGreaterThan(300);
    }
  });

  it('has a page for people: a live preview and the snippet of each figure', () => {
    const doc = readPage(path.join(outDir, 'integrer/index.html'));
    for (const figure of figures) {
      const item = doc.getElementById(figure.id)!;
      expect(item.querySelector('iframe')!.getAttribute('src')).toBe(`/embed/${figure.id}/`);
      expect(item.querySelector('iframe')!.getAttribute('title')).toBe(`Aperçu : ${figure.title}`);
      expect(textOf(item.querySelector('pre')!)).toContain(`data-tiess-figure="${figure.id}"`);
      // The preview shows the title and description: the item names only the kind and where the figure is,
      // its heading (for navigation by headings) hidden from sight.
      expect(item.querySelector('h2')!.getAttribute('class')).toBe('visually-hidden');
      expect(textOf(item)).not.toContain(textOf({ textContent: buildFigure(figure.id).description }).slice(0, 40));
      expect(textOf(item.querySelector('h2 + p')!)).toBe(
        figure.embedOnly ? `${figure.kind === 'map' ? 'Carte' : 'Graphique'} — figure publiée pour l’intégration seulement, dans aucun chapitre du rapport` : `${figure.kind === 'map' ? 'Carte' : 'Graphique'} — Voir dans le rapport : Un écosystème tissé serré`,
      );
    }
    expect(textOf(doc.querySelector('main')!)).toContain(
      `Fond sombre : ${site}/embed/${figures[0]!.id}/sombre/ Selon le réglage du lecteur : ${site}/embed/${figures[0]!.id}/auto/`,
    );
    expect(doc.querySelector('script[src="/embed.js"]')).not.toBeNull();
  });
});

describe('the embed code under each figure of the report', () => {
  it('is a disclosure with the exact snippet, absolute URLs, and a copy button revealed by script', () => {
    const doc = readPage(path.join(outDir, 'chapitres/un-ecosysteme-tisse-serre/index.html'));
    const figure = doc.querySelector('[data-figure="poles-par-region"]')!;
    expect(textOf(figure.querySelector('.figure__embed summary')!)).toBe('Intégrer');
    const code = figure.querySelector('.figure__embed pre')!.textContent!;
    // No style attribute (a partner's strict Content-Security-Policy blocks it): fluid and borderless by attributes.
    expect(code).toBe(
      [
        `<iframe src="${site}/embed/poles-par-region/" title="Pôles d’économie sociale identifiés par région administrative"`,
        `  data-tiess-figure="poles-par-region" width="100%" height="${buildFigure('poles-par-region').embedFallbackHeight}" frameborder="0" loading="lazy"></iframe>`,
        `<script src="${site}/embed.js" async></script>`,
      ].join('\n'),
    );
    expect(JSON.parse(readFileSync(path.join(outDir, 'embed/poles-par-region/oembed.json'), 'utf8')).html).toBe(code);
    expect(figure.querySelector('.figure__embed button[data-copy]')!.hasAttribute('hidden')).toBe(true);
  });
});

describe('the partner script and the headers', () => {
  it('embed.js has no dependency and weighs at most 2 KB gzip', () => {
    const js = readFileSync(path.join(outDir, 'embed.js'));
    expect(gzipSync(js).length).toBeLessThanOrEqual(2048);
    expect(js.toString()).not.toMatch(/\bimport\b|\brequire\(/);
  });

  it('_headers lets any site frame embed pages only, and forbids inline scripts everywhere', () => {
    const rules = parseHeadersFile(readFileSync(path.join(outDir, '_headers'), 'utf8'));
    for (const page of ['/', '/chapitres/un-ecosysteme-tisse-serre/', '/sources-et-methodologie/', '/integrer/']) {
      const headers = headersFor(rules, page);
      expect(headers['Content-Security-Policy'], page).toContain("frame-ancestors 'self'");
      expect(headers['Content-Security-Policy'], page).not.toContain('unsafe-inline');
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
    }
    // Two policies where the report's pages add theirs: each is enforced, so together they forbid what either forbids.
    expect(headersFor(rules, '/chapitres/x/')['Content-Security-Policy']!.split(', ').length).toBe(2);
    const embed = headersFor(rules, '/embed/carte-poles/');
    expect(embed['Content-Security-Policy']).toContain('frame-ancestors *');
    expect(embed['Content-Security-Policy']).not.toContain("frame-ancestors 'self'");
    expect(embed['Content-Security-Policy']).toContain("script-src 'self'");
  });

  it('_headers gives every path, a 404 anywhere included, the policy, HSTS, a Permissions-Policy and nosniff', () => {
    const rules = parseHeadersFile(readFileSync(path.join(outDir, '_headers'), 'utf8'));
    for (const page of ['/nulle-part/', '/chapitres/inconnu/page.html', '/figures/inconnue.png', '/a/b/c', '/embed/carte-poles/', '/recherche/']) {
      const headers = headersFor(rules, page);
      const policies = headers['Content-Security-Policy']!.split(', ');
      expect(policies[0], page).toBe(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'",
      );
      expect(headers['Strict-Transport-Security'], page).toBe('max-age=31536000');
      expect(headers['Permissions-Policy'], page).toBe('accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()');
      expect(headers['X-Content-Type-Options'], page).toBe('nosniff');
    }
    // WebAssembly only where the search runs: the report's other pages take it back.
    expect(headersFor(rules, '/chapitres/un-ecosysteme-tisse-serre/')['Content-Security-Policy']).toContain(", script-src 'self'; frame-ancestors 'self'");
    expect(headersFor(rules, '/recherche/')['Content-Security-Policy']).toContain(", frame-ancestors 'self'");
  });

  it('_headers lets partners’ browsers read the oEmbed documents and the list of figures (CORS)', () => {
    const rules = parseHeadersFile(readFileSync(path.join(outDir, '_headers'), 'utf8'));
    for (const file of ['/embed/carte-poles/oembed.json', '/embed/index.json', '/embed.js']) expect(headersFor(rules, file)['Access-Control-Allow-Origin'], file).toBe('*');
    expect(headersFor(rules, '/chapitres/un-ecosysteme-tisse-serre/')['Access-Control-Allow-Origin']).toBeUndefined();
  });
});

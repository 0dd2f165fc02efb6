import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { builds } from '../helpers/build';
import { readPage, textOf } from '../helpers/html';

const { outDir } = builds.default;
const site = 'https://rapport.example.org';
const meta = (doc: ReturnType<typeof readPage>, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

describe('sharing and search engines', () => {
  it('chapter pages carry title, description and Open Graph / Twitter cards from frontmatter, with their own 1200×630 image', async () => {
    const doc = readPage(path.join(outDir, 'chapitres/un-ecosysteme-tisse-serre/index.html'));
    expect(textOf(doc.querySelector('title')!)).toBe('Un écosystème tissé serré — Rapport annuel 2019–2020 du TIESS');
    expect(meta(doc, 'description')).toMatch(/^L’appui du TIESS au Chantier/);
    expect(meta(doc, 'og:title')).toBe('Un écosystème tissé serré');
    expect(meta(doc, 'og:type')).toBe('article');
    expect(meta(doc, 'og:locale')).toBe('fr_CA');
    expect(meta(doc, 'og:url')).toBe(`${site}/chapitres/un-ecosysteme-tisse-serre/`);
    expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
    const image = meta(doc, 'og:image')!;
    expect(image).toBe(`${site}/partage/un-ecosysteme-tisse-serre.png`);
    expect(meta(doc, 'twitter:image')).toBe(image);
    const png = await sharp(path.join(outDir, new URL(image).pathname)).metadata();
    expect([png.format, png.width, png.height]).toEqual(['png', 1200, 630]);
    const home = readPage(path.join(outDir, 'index.html'));
    expect(meta(home, 'og:image')).toBe(`${site}/partage/accueil.png`);
    expect(existsSync(path.join(outDir, 'partage/accueil.png'))).toBe(true);
  });

  it('has a sitemap, a robots.txt that names it, a French 404 page and a web app manifest', () => {
    expect(readFileSync(path.join(outDir, 'robots.txt'), 'utf8')).toBe(`User-agent: *\nAllow: /\nDisallow: /embed/\n\nSitemap: ${site}/sitemap-index.xml\n`);
    expect(readFileSync(path.join(outDir, 'sitemap-index.xml'), 'utf8')).toContain(`${site}/sitemap-0.xml`);
    const notFound = readPage(path.join(outDir, '404.html'));
    expect(notFound.documentElement.getAttribute('lang')).toBe('fr-CA');
    expect(textOf(notFound.querySelector('h1')!)).toBe('Page introuvable');
    const manifest = JSON.parse(readFileSync(path.join(outDir, 'manifest.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({ lang: 'fr-CA', start_url: '/', name: 'Rapport annuel 2019–2020 du TIESS' });
    expect(existsSync(path.join(outDir, manifest.icons[0].src))).toBe(true);
  });

  it('the home page is a cover: title, year, organisation, key figures, chapters by part, links onward', () => {
    const doc = readPage(path.join(outDir, 'index.html'));
    expect(textOf(doc.querySelector('.cover')!)).toBe('TIESS — Territoires innovants en économie sociale et solidaire Rapport annuel 2019–2020');
    expect(doc.querySelectorAll('.key-figure').length).toBe(5);
    expect(textOf(doc.querySelector('.chapters__part-title')!)).toBe('2. Renforcer');
    const links = [...doc.querySelectorAll('.home-links a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/integrer/', '/sources-et-methodologie/', '/imprimer/', '/recherche/']);
  });

  it('indexes the chapter and the sources page for search, not the embeds', () => {
    const entry = JSON.parse(readFileSync(path.join(outDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['fr']);
    expect(entry.languages.fr.page_count).toBe(2);
  });

  it('the printable version holds every chapter in order, with its figures', () => {
    const doc = readPage(path.join(outDir, 'imprimer/index.html'));
    expect([...doc.querySelectorAll('.printable__chapter > h2')].map((h) => textOf(h))).toEqual(['Un écosystème tissé serré']);
    expect(doc.querySelectorAll('.printable__chapter figure[data-figure]').length).toBe(4);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builds } from '../helpers/build';
import { htmlFiles, readPage } from '../helpers/html';

const { outDir } = builds.default;
const site = 'https://rapport.example.org';
const gz = (buffer: Buffer | string) => gzipSync(buffer).length;

/** What a page costs before any interaction, gzip: its HTML (inline SVG included), stylesheets and scripts. */
function weight(file: string) {
  const html = readFileSync(file);
  const doc = readPage(file);
  const asset = (ref: string) => readFileSync(path.join(outDir, ref.replace(/^\//, '')));
  const css = [...doc.querySelectorAll('link[rel="stylesheet"]')].reduce((n, l) => n + gz(asset(l.getAttribute('href')!)), 0);
  const js = [...doc.querySelectorAll('script[src]')].reduce((n, s) => n + gz(asset(s.getAttribute('src')!)), 0);
  return { page: path.relative(outDir, file), html: gz(html), css, js, total: gz(html) + css + js };
}

describe('budgets on the built site', () => {
  const pages = htmlFiles(outDir).map(weight);

  it('covers every page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(12);
  });

  it('a chapter page weighs at most 150 KB gzip (HTML, inline SVG, CSS, JS)', () => {
    const chapters = pages.filter((p) => p.page.startsWith('chapitres/'));
    expect(chapters.length).toBeGreaterThan(0);
    for (const p of chapters) expect(p.total, JSON.stringify(p)).toBeLessThanOrEqual(150 * 1024);
  });

  it('an embed page weighs at most 60 KB gzip', () => {
    const embeds = pages.filter((p) => p.page.startsWith('embed/'));
    // Five figures, each light (/embed/<id>/), dark (sombre/) and after the reader's system (auto/).
    expect(embeds.length).toBe(15);
    for (const p of embeds) expect(p.total, JSON.stringify(p)).toBeLessThanOrEqual(60 * 1024);
  });

  it('the report’s chapter transfers at most 34 KB gzip, of which JavaScript at most 5 KB (maps drawn once)', () => {
    const chapter = pages.find((p) => p.page === 'chapitres/un-ecosysteme-tisse-serre/index.html')!;
    expect(chapter.total, JSON.stringify(chapter)).toBeLessThanOrEqual(34 * 1024);
    expect(chapter.js, JSON.stringify(chapter)).toBeLessThanOrEqual(5 * 1024);
  });

  it('no page loads more than 10 KB gzip of JavaScript before interaction', () => {
    for (const p of pages) expect(p.js, p.page).toBeLessThanOrEqual(10 * 1024);
  });

  it('links to other sites open nothing of ours to them (rel="noopener noreferrer")', () => {
    let external = 0;
    for (const file of htmlFiles(outDir)) {
      for (const a of readPage(file).querySelectorAll('a[href^="http"]')) {
        if (a.getAttribute('href')!.startsWith(site)) continue;
        external++;
        expect(a.getAttribute('rel')?.split(' ').sort(), `${a.getAttribute('href')} in ${file}`).toEqual(['noopener', 'noreferrer']);
      }
    }
    expect(external).toBeGreaterThan(0);
  });
});

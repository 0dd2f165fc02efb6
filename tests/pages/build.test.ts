import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builds, root, runBuild } from '../helpers/build';
import { brokenLinks, htmlFiles, readPage, textOf } from '../helpers/html';
import { readDescriptions } from '../../src/data/descriptions';
import { dataFiles } from '../../src/data/index';

const site = 'https://rapport.example.org';
const chapterFile = (outDir: string) => path.join(outDir, 'chapitres/un-ecosysteme-tisse-serre/index.html');

/** The body text of page 27 of the printed report, without its page furniture, as paragraphs of words. */
function reportSentences(): string[] {
  const raw = readFileSync(path.join(root, 'tests/fixtures/rapport-2019-2020-p27.txt'), 'utf8');
  const furniture = /^(Page 27 - Rapport annuel 2019-2020|P\. 27|Un ÉcosYstème tissÉ serrÉ)$/;
  const body = raw
    .split('\n')
    .filter((l) => !furniture.test(l.trim()))
    .join(' ')
    .replace(/\s+/g, ' ');
  // Sentences long enough to be meaningful; each must appear word for word on the chapter page.
  return body.split(/(?<=[.)»])\s+(?=[A-ZÀ-Ý#0-9])/u).filter((s) => s.length > 20);
}

describe('default build', () => {
  it('shows the printed report’s structure on the home page: every part with its pages, what is online linked', () => {
    const doc = readPage(path.join(builds.default.outDir, 'index.html'));
    const section = doc.querySelector('.printed')!;
    const items = [...section.querySelectorAll('.printed__list > li')].map((li) => textOf(li.querySelector('.printed__title')!));
    expect(items).toHaveLength(13);
    expect(items[0]).toBe('Ouverture');
    expect(items.at(-1)).toBe('Annexe : liste de nos acronymes');
    const parts = [...section.querySelectorAll('.printed__parts > li')].map((li) => ({
      title: textOf(li.querySelector('.printed__title')!),
      pages: textOf(li.querySelector('.printed__pages')!),
      status: textOf(li.querySelector('.printed__status')!),
      link: li.querySelector('a')?.getAttribute('href'),
    }));
    expect(parts.map((p) => `${p.title} ${p.pages}`)).toEqual([
      '1. Outiller p. 13–21',
      '2. Renforcer p. 22–27',
      '3. Anticiper et comprendre p. 28–30',
      '4. Rayonner p. 31–36',
      '5. Systématiser p. 37–38',
      '6. Imaginer p. 39–40',
    ]);
    expect(parts[1]).toMatchObject({ status: 'En ligne : Un écosystème tissé serré (p. 27)', link: '/chapitres/un-ecosysteme-tisse-serre/' });
    expect(parts.filter((p) => p.status === 'Pas encore en ligne')).toHaveLength(5);
  });

  const { outDir } = builds.default;

  it('holds the home, chapter and sources pages, in French', () => {
    for (const page of ['index.html', 'chapitres/un-ecosysteme-tisse-serre/index.html', 'sources-et-methodologie/index.html']) {
      const doc = readPage(path.join(outDir, page));
      expect(doc.documentElement.getAttribute('lang'), page).toBe('fr-CA');
      expect(doc.querySelectorAll('h1').length, page).toBe(1);
      expect(doc.querySelector('main#contenu'), page).not.toBeNull();
    }
  });

  it('renders the text of all three sections of page 27 word for word', () => {
    const doc = readPage(chapterFile(outDir));
    const prose = textOf(doc.querySelector('.prose')!);
    const sentences = reportSentences();
    expect(sentences.length).toBeGreaterThan(8);
    for (const sentence of sentences) expect(prose).toContain(sentence);
    expect(prose).not.toMatch(/Page 27|P\. 27|ÉcosYstème/);
  });

  it('gives the three sections stable anchors, listed in the table of contents', () => {
    const doc = readPage(chapterFile(outDir));
    const sections = [...doc.querySelectorAll('.prose > h2')].map((h) => [h.id, textOf(h)]);
    expect(sections).toEqual([
      ['osonslarelance', '#osonslarelance : l’appui au Chantier'],
      ['sismic', 'SISMIC'],
      ['parler-au-nous', 'Parler au nous : projet conjoint sur le renforcement des capacités d’action des communautés'],
    ]);
    const toc = [...doc.querySelectorAll('nav.toc a')].map((a) => a.getAttribute('href'));
    expect(toc).toEqual(['#osonslarelance', '#sismic', '#parler-au-nous']);
  });

  it('applies French typography: no-break spaces before the colon, inside « », between a number and its word', () => {
    const html = readFileSync(chapterFile(outDir), 'utf8');
    expect(html).toContain('#osonslarelance\u00a0: l’appui');
    expect(html).toContain('«\u00a0renforcer les capacités');
    expect(html).toContain('avenir solidaire\u00a0»');
    expect(html).toContain('19\u00a0pôles');
    expect(html).toContain('mai\u00a02019');
    expect(html).not.toContain("'");
  });

  it('shows part, title, printed page and the chapter on the home page with its summary', () => {
    const chapter = readPage(chapterFile(outDir));
    expect(textOf(chapter.querySelector('.chapter__part')!)).toBe('2. Renforcer');
    expect(textOf(chapter.querySelector('h1')!)).toBe('Un écosystème tissé serré');
    expect(textOf(chapter.querySelector('.chapter__pages')!)).toBe('Page 27 du rapport imprimé');
    const home = readPage(path.join(outDir, 'index.html'));
    expect(textOf(home.querySelector('h1')!)).toBe('Rapport annuel 2019–2020');
    expect(textOf(home.querySelector('.cover')!)).toContain('Territoires innovants en économie sociale et solidaire');
    const card = home.querySelector('.chapter-card')!;
    expect(card.querySelector('a')!.getAttribute('href')).toBe('/chapitres/un-ecosysteme-tisse-serre/');
    expect(textOf(card)).toContain('L’appui du TIESS au Chantier de l’économie sociale pour #osonslarelance');
  });

  it('documents every data file with its source and licence, the CC BY 4.0 attribution and the pôles caveats', () => {
    const doc = readPage(path.join(outDir, 'sources-et-methodologie/index.html'));
    const text = textOf(doc.querySelector('main')!);
    const headings = [...doc.querySelectorAll('.prose h2')].map((h) => textOf(h));
    const files = [...doc.querySelectorAll('.data-files tbody th')].map((th) => textOf(th));
    expect([...headings].sort()).toEqual([...files].sort());
    expect(files).toContain('poles.csv');
    expect(files).toContain('geo/quebec-regions.topojson');
    for (const section of doc.querySelectorAll('.prose h2 + ul')) {
      expect(textOf(section)).toMatch(/Source : .+Licence : /);
    }
    expect(text).toContain('Source : Gouvernement du Québec, MRNF — Base de données géographiques et administratives 1/1 000 000');
    expect(text).toContain('CC BY 4.0');
    expect(text).toMatch(/22 pôles existaient alors ; 19 sont identifiés ici/);
    expect(text).toContain('compilation faite pour ce site à partir de sources publiques');
    // What it says of the checks is what checkAllData does to every CSV (tests/authoring/check.test.ts).
    expect(text).toContain('chaque fichier est lu et vérifié : son encodage, son en-tête (un nom par colonne, sans doublon) et le même nombre de cellules sur chaque ligne');
    expect(files).toContain('poles-par-region.csv');
  });

  it('shows each data file’s description as written in data/descriptions/ (what staff edit), part by part', () => {
    const doc = readPage(path.join(builds.default.outDir, 'sources-et-methodologie/index.html'));
    const flat = (text: string) => text.replace(/\u2060/g, '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
    const { byFile } = readDescriptions(dataFiles);
    expect(byFile.size).toBe(dataFiles.length);
    for (const [file, { parts }] of byFile) {
      const heading = [...doc.querySelectorAll('.prose h2')].find((h) => textOf(h) === file)!;
      // The table's link to the file leads to its description.
      expect(doc.querySelector(`.data-files a[href="#${heading.getAttribute('id')}"]`)).not.toBeNull();
      const items = [...heading.nextElementSibling!.querySelectorAll('li')].map((li) => flat(li.textContent!));
      const written = Object.entries(parts).map(([part, text]) => {
        const label = { contenu: 'Contenu', source: 'Source', licence: 'Licence', attribution: 'Attribution', date: 'Date', traitement: 'Traitement', 'mises-en-garde': 'Mises en garde' }[part];
        const shown = text.replace(/\*\*|\*|`/g, '').replace(/<(https?:[^>]+)>/g, '$1').replace(/\b((?:19|20)\d\d)-((?:19|20)\d\d)\b/g, '$1–$2');
        return flat(`${label} : ${shown}`);
      });
      expect(items).toEqual(written);
    }
    const licence = [...doc.querySelectorAll('.prose a')].find((a) => a.textContent === 'https://creativecommons.org/licenses/by/4.0/deed.fr')!;
    expect(licence.getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/deed.fr');
    expect([...doc.querySelectorAll('.prose em')].map((em) => em.textContent)).toContain('Base de données géographiques et administratives');
  });

  it('publishes every data file for download, byte for byte', () => {
    for (const file of ['poles.csv', 'jalons.csv', 'geo/quebec-regions.topojson']) {
      expect(readFileSync(path.join(outDir, 'donnees', file))).toEqual(readFileSync(path.join(root, 'data', file)));
    }
  });

  it('resolves every internal link and asset, fragments included', () => {
    expect(htmlFiles(outDir).length).toBeGreaterThanOrEqual(3);
    expect(brokenLinks(outDir, '/', site)).toEqual([]);
  });

  it('makes no request to another origin', () => {
    for (const file of htmlFiles(outDir)) {
      const doc = readPage(file);
      const external = [...doc.querySelectorAll('script[src], link[rel="stylesheet"], img[src], iframe[src]')]
        .map((el) => el.getAttribute('src') ?? el.getAttribute('href')!)
        .filter((ref) => /^(https?:)?\/\//.test(ref));
      expect(external, file).toEqual([]);
    }
  });
});

describe('build under BASE_PATH=/rapport-2019-2020/', () => {
  const { outDir, base } = builds.subpath;

  it('prefixes every internal link and asset with the base path, and they all resolve', () => {
    const home = readPage(path.join(outDir, 'index.html'));
    expect(home.querySelector('.chapter-card a')!.getAttribute('href')).toBe('/rapport-2019-2020/chapitres/un-ecosysteme-tisse-serre/');
    expect(home.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(`${site}/rapport-2019-2020/`);
    expect(brokenLinks(outDir, base, site)).toEqual([]);
  });
});

describe('a bad data file', () => {
  it('stops the build with the file, line and column, and writes nothing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tiess-bad-data-'));
    try {
      const data = path.join(dir, 'data');
      cpSync(path.join(root, 'data'), data, { recursive: true });
      const file = path.join(data, 'jalons.csv');
      writeFileSync(file, readFileSync(file, 'utf8').replace('sismic-lancement,sismic,2019,5,', 'sismic-lancement,sismic,2019,abc,'));
      const outDir = path.join(dir, 'out');
      const { status, output } = runBuild({ REPORT_DATA_DIR: data, OUT_DIR: outDir });
      expect(status).not.toBe(0);
      expect(output).toContain(`${file}, ligne 2, colonne 4 (« mois ») : nombre entier de 1 à 12 attendu, reçu « abc »`);
      expect(output).toContain('La compilation est arrêtée');
      expect(existsSync(outDir)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

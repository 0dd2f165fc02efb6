import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3';
import sharp from 'sharp';
import { parseHTML } from 'linkedom';
import { root, runBuild } from '../helpers/build';
import { browserAvailable, launchBrowser } from '../helpers/browser';
import { serveStatic } from '../helpers/static-server';
import { readPage, textOf } from '../helpers/html';
import { siteTypography } from '../../src/utils/typography';

// Labels, titles, sources and notes as staff type them, with every character that means something
// in markup (item 1 of issue 18: « R&D interne » stopped the build in librsvg). Each must be shown as
// typed in every output: the drawing (text and data-label), the tooltip, the table, the CSV, the PNG,
// the embed page and its oEmbed, /integrer/ and the search index.
const labels = ['R&D interne', 'Arts & culture', '< 5 employés', `L'économie "sociale"`, '5 > 3 <b>&amp;</b>'];
const values = [42, 31, 17, 12, 8];
const title = `Secteurs R&D, arts & culture, < 5 employés et l'économie "sociale"`;
const source = `Enquête « R&D <interne> » de l'équipe "TIESS"`;
const note = 'Les petites entreprises (< 5 employés) & les autres.';
const tableTitle = 'Tableau des secteurs R&D <interne> et "autres"';
const chapter = 'un-ecosysteme-tisse-serre';
const chapterTitle = `Un écosystème R&D <tissé> "serré"`;
const id = 'secteurs-hostiles';

/** A copy of the data, figure files and chapters with a bar chart and a table figure read from a CSV of hostile labels, both placed in a chapter. */
function hostileProject(dir: string) {
  const data = path.join(dir, 'data');
  const figures = path.join(dir, 'figures');
  const chapters = path.join(dir, 'chapters');
  cpSync(path.join(root, 'data'), data, { recursive: true });
  cpSync(path.join(root, 'src/content/figures'), figures, { recursive: true });
  cpSync(path.join(root, 'src/content/chapters'), chapters, { recursive: true });
  const quote = (cell: string) => (/[",]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  writeFileSync(path.join(data, `${id}.csv`), ['secteur,entreprises', ...labels.map((l, i) => `${quote(l)},${values[i]}`)].join('\n') + '\n');
  writeFileSync(
    path.join(figures, `${id}.yaml`),
    [`type: barres`, `titre: ${title}`, `donnees: ${id}.csv`, `categorie: secteur`, `valeur: entreprises`, `source: ${source}`, `note: ${note}`].join('\n') + '\n',
  );
  writeFileSync(path.join(figures, 'tableau-hostile.yaml'), [`type: tableau`, `titre: ${tableTitle}`, `donnees: ${id}.csv`, `source: ${source}`].join('\n') + '\n');
  const mdx = path.join(chapters, `${chapter}.mdx`);
  const text = readFileSync(mdx, 'utf8').replace(/^titre: .*$/m, `titre: ${JSON.stringify(chapterTitle)}`);
  writeFileSync(mdx, `${text}\n<Figure id="${id}" />\n\n<Figure id="tableau-hostile" />\n`);
  return { data, figures, chapters };
}

/** A text with every kind of space folded to one plain space, as textOf reads a page. */
const fold = (text: string) => textOf({ textContent: text });

/** The rows of a table: every cell's text. */
// Cells as typed; their spaces may have become no-break ones (« < 5 employés »), as French typography wants.
const cellsOf = (table: Element) => [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.replace(/[\u00a0\u202f]/g, ' ').trim()));

describe('labels holding & < > " \' in every output', () => {
  let dir: string;
  let out: string;
  let build: ReturnType<typeof runBuild>;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tiess-labels-'));
    out = path.join(dir, 'out');
    const { data, figures, chapters } = hostileProject(dir);
    build = runBuild({ REPORT_DATA_DIR: data, REPORT_FIGURES_DIR: figures, REPORT_CHAPTERS_DIR: chapters, OUT_DIR: out });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('build', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('chapter page: the drawings (well-formed XML, text and data-label), the caption, source, note and data table show them as typed', async () => {
    const html = readFileSync(path.join(out, `chapitres/${chapter}/index.html`), 'utf8');
    const doc = readPage(path.join(out, `chapitres/${chapter}/index.html`));
    const figure = doc.querySelector(`[data-figure="${id}"]`)!;
    expect(figure.querySelector('.figure__title')!.textContent).toBe(siteTypography(title));
    expect(figure.querySelector('.figure__source')!.textContent).toBe(`Source\u00a0: ${siteTypography(source)}`);
    expect(textOf(figure.querySelector('.figure__note')!)).toBe(fold(`Note : ${siteTypography(note)}`));
    expect(figure.querySelectorAll('b').length).toBe(0);
    for (const variant of ['narrow', 'wide']) {
      const svg = figure.querySelector(`.figure__drawing--${variant} svg`)!;
      expect([...svg.querySelectorAll('[data-label]')].map((m) => m.getAttribute('data-label')), variant).toEqual(labels);
      const text = svg.textContent!.replace(/\s+/g, '');
      for (const label of labels) expect(text, variant).toContain(label.replace(/\s+/g, ''));
    }
    // The inline drawings as published, byte for byte, read by librsvg (a strict XML parser).
    const drawings = [...html.slice(html.indexOf('data-figure="secteurs-hostiles"')).split('</figure>')[0]!.matchAll(/<svg (?=[^>]*class="chart)[^>]*>[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    expect(drawings.length).toBe(2);
    for (const svg of drawings) {
      const png = await sharp(Buffer.from(svg.replace('width="100%"', 'width="640"'))).png().toBuffer();
      expect((await sharp(png).metadata()).format).toBe('png');
    }
    expect(cellsOf(figure.querySelector('.figure__data table')!)).toEqual(labels.map((l, i) => [l, String(values[i])]));
    const table = doc.querySelector('[data-figure="tableau-hostile"]')!;
    expect(table.querySelector('.figure__title')!.textContent).toBe(siteTypography(tableTitle));
    expect(cellsOf(table.querySelector('table')!)).toEqual(labels.map((l, i) => [l, String(values[i])]));
  });

  it('chapter title: the heading and the share card (a PNG drawn from SVG)', async () => {
    const doc = readPage(path.join(out, `chapitres/${chapter}/index.html`));
    expect(doc.querySelector('h1')!.textContent).toBe(siteTypography(chapterTitle));
    const card = await sharp(readFileSync(path.join(out, `partage/${chapter}.png`))).metadata();
    expect(card).toMatchObject({ format: 'png', width: 1200, height: 630 });
  });

  it('CSV download: the labels as typed', () => {
    const csv = readFileSync(path.join(out, `figures/${id}.csv`), 'utf8').replace(/^\ufeff/, '');
    expect(csvParseRows(csv)).toEqual([['secteur', 'entreprises'], ...labels.map((l, i) => [l, String(values[i])])]);
  });

  it('PNG: produced from the drawing', async () => {
    const meta = await sharp(readFileSync(path.join(out, `figures/${id}.png`))).metadata();
    expect(meta.format).toBe('png');
    expect(meta.width).toBeGreaterThan(600);
  });

  it('embed page, its oEmbed and /integrer/: the drawing, the table and the title, as typed', () => {
    const embed = readPage(path.join(out, `embed/${id}/index.html`));
    expect(embed.querySelector('h1')!.textContent).toBe(siteTypography(title));
    expect([...embed.querySelectorAll('.figure__drawing--wide [data-label]')].map((m) => m.getAttribute('data-label'))).toEqual(labels);
    expect(cellsOf(embed.querySelector('.figure__data table')!)).toEqual(labels.map((l, i) => [l, String(values[i])]));
    const oembed = JSON.parse(readFileSync(path.join(out, `embed/${id}/oembed.json`), 'utf8'));
    expect(oembed.title).toBe(title);
    // The snippet a partner pastes, read as their page will read it.
    const iframe = (snippet: string) => parseHTML(`<!doctype html><html><body>${snippet}</body></html>`).document.querySelector('iframe')!;
    expect(iframe(oembed.html).getAttribute('title')).toBe(title);
    const catalogue = readPage(path.join(out, 'integrer/index.html'));
    const item = catalogue.getElementById(id)!;
    expect(item.querySelector('h2')!.textContent).toBe(siteTypography(title));
    expect(item.querySelector('iframe')!.getAttribute('title')).toBe(`Aperçu : ${title}`);
    const snippet = item.querySelector('pre code')!.textContent!;
    expect(snippet).toBe(oembed.html);
    expect(iframe(snippet).getAttribute('title')).toBe(title);
  });

  it('search index: the figure texts and the table figure cells, as typed', () => {
    const fragments = readdirSync(path.join(out, 'pagefind/fragment')).map((f) => {
      const text = gunzipSync(readFileSync(path.join(out, 'pagefind/fragment', f))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
    });
    const page = fragments.find((f) => f.url === `/chapitres/${chapter}/`)!;
    // Note: Pagefind stores text with every space folded to a plain one.
    expect(page.content).toContain(fold(siteTypography(title)));
    expect(page.content).toContain(fold(siteTypography(tableTitle)));
    expect(page.content).toContain(labels.map((l, i) => `${l} ${values[i]}`).join(' '));
  });

  it.runIf(browserAvailable())('in Chromium: the drawings parsed as XML, each bar\'s tooltip and the search excerpt, as typed', async () => {
    const server = await serveStatic(out);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${server.url}chapitres/${chapter}/`);
      const figure = page.locator(`[data-figure="${id}"]`);
      const marks = figure.locator('.figure__drawing--wide [data-label]');
      for (const [i, label] of labels.entries()) {
        await marks.nth(i).hover();
        expect(await figure.locator('.chart-tooltip').innerText()).toBe(`${label}\n${values[i]}`);
      }
      // The published drawings read by the browser's strict XML parser (as an SVG file or librsvg reads them): same labels.
      const html = readFileSync(path.join(out, `chapitres/${chapter}/index.html`), 'utf8');
      const sources = [...html.slice(html.indexOf('data-figure="secteurs-hostiles"')).split('</figure>')[0]!.matchAll(/<svg (?=[^>]*class="chart)[^>]*>[\s\S]*?<\/svg>/g)].map((m) => m[0]);
      const parsed = await page.evaluate((svgs) => {
        return svgs.map((svg) => {
          const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
          return { error: doc.querySelector('parsererror')?.textContent ?? null, labels: [...doc.querySelectorAll('[data-label]')].map((m) => m.getAttribute('data-label')) };
        });
      }, sources);
      expect(parsed).toEqual(sources.map(() => ({ error: null, labels })));
      // The search page's excerpt (Pagefind escapes it; the page shows it as text).
      await page.goto(`${server.url}recherche/?q=interne`);
      const excerpt = page.locator('.search__results li p').first();
      await expect.poll(() => excerpt.count(), { timeout: 8000 }).toBe(1);
      // Note: where the excerpt starts depends on Pagefind's ranking (the description, the table…): it must show the labels as typed, never as entities.
      const shown = await excerpt.innerText();
      expect(fold(shown)).toContain('R&D interne');
      expect(shown).not.toMatch(/&(?:amp|lt|gt|quot|#39);/);
      // The keyboard hint of the drawings is not indexed (it is no text of the report).
      expect(shown).not.toContain('Flèches pour parcourir');
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

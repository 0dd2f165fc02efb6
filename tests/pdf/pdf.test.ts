// The PDF edition (npm run pdf, scripts/pdf-make.ts), read back with poppler as a reader, a screen
// reader or an archive would: one run on a copy of the default test build (Letter) serves every
// assertion; a project copy with one more chapter is built and printed in A4.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builds, root, runBuildAsync } from '../helpers/build';
import { browserAvailable } from '../helpers/chromium';
import { readPage, textOf } from '../helpers/html';
import { altTexts, pageTexts, pageWords, pdfFonts, pdfImageCount, pdfInfo, pdfLinks, pdfOutline, pdfRaw, popplerAvailable, squash, type Bookmark } from '../helpers/pdf';
import { formatSize, insertLink, makePdfs, PdfError, type PdfFile } from '../../scripts/pdf-make';
import { t } from '../../src/strings';

const hasTools = browserAvailable() && popplerAvailable();
const chaptersDir = path.join(root, 'src/content/chapters');

/** What a chapter's MDX says, read from the file itself: title, section titles, paragraphs of prose. */
function chapterFacts(file: string) {
  const text = readFileSync(file, 'utf8');
  const front = /^---\n([\s\S]*?)\n---\n/.exec(text)!;
  const title = /^titre: (.*)$/m.exec(front[1]!)![1]!.replace(/^["']|["']$/g, '');
  const body = text.slice(front[0].length);
  const sections = [...body.matchAll(/^## (.*?)(?:\s*<Ancre[^>]*\/>)?\s*$/gm)].map((m) => m[1]!);
  const paragraphs = body
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p && !/^[<#{]/.test(p));
  return { title, sections, paragraphs };
}

const chapters = readdirSync(chaptersDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ id: f.replace(/\.mdx$/, ''), ...chapterFacts(path.join(chaptersDir, f)) }));

/** The page (1-based) a table-of-contents entry gives: the number right after its title on the contents page. */
function contentsNumber(contentsPage: string, title: string): number | undefined {
  const escaped = squash(title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}(\\d+)`).exec(squash(contentsPage));
  return match ? Number(match[1]) : undefined;
}

/** The first page's size in points, rounded (`pdfinfo` says « 595.28 x 841.89 pts (A4) »). */
const pageSize = (info: Record<string, string>) => info['Page size']!.split(' x ').map((n) => Math.round(parseFloat(n)));

/** Pages where a division starts: its bookmark one level under the cover's. */
const divisionStarts = (outline: Bookmark[]) => new Set(outline.filter((b) => b.depth === 2).map((b) => b.page));

describe.runIf(hasTools)('the PDF edition (npm run pdf)', () => {
  let dir: string;
  let dist: string;
  let made: PdfFile[];
  let report: string;
  let texts: string[];
  let outline: Bookmark[];
  const log: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tiess-pdf-'));
    dist = path.join(dir, 'dist');
    cpSync(builds.default.outDir, dist, { recursive: true });
    made = await makePdfs({ dist, log: (line) => log.push(line) });
    report = path.join(dist, 'rapport-annuel-2019-2020.pdf');
    texts = pageTexts(report);
    outline = pdfOutline(report);
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the whole report and one PDF per chapter, Letter, tagged, with title and fr-CA language, fonts embedded as TrueType, no raster image, under 3 MB', () => {
    expect(made.map((m) => m.file)).toEqual(['rapport-annuel-2019-2020.pdf', ...chapters.map((c) => `rapport-annuel-2019-2020-${c.id}.pdf`).sort()]);
    for (const pdf of made) {
      const file = path.join(dist, pdf.file);
      const info = pdfInfo(file);
      expect(pageSize(info), pdf.file).toEqual([612, 792]);
      expect(info.Tagged, pdf.file).toBe('yes');
      expect(info.Title, pdf.file).toBe(pdf.chapter ? t.pdf.chapterPageTitle(chapters.find((c) => c.id === pdf.chapter)!.title) : 'Rapport annuel 2019–2020 du TIESS');
      expect(pdfRaw(file), pdf.file).toContain('/Lang (fr-CA)');
      const fonts = pdfFonts(file);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((f) => !f.embedded), pdf.file).toEqual([]);
      // Every font a TrueType (CID) font: no Type 3, which Chromium writes for stroked text (the
      // drawings' halos), glyphs as drawings that some readers blur and whose text comes out twice.
      expect(fonts.filter((f) => f.type !== 'CID TrueType'), pdf.file).toEqual([]);
      // Figures are vectors: not one raster image (the figures' PNGs are links, not embedded).
      expect(pdfImageCount(file), pdf.file).toBe(0);
      expect(statSync(file).size, pdf.file).toBe(pdf.bytes);
      expect(Number(info.Pages), pdf.file).toBe(pdf.pages);
    }
    expect(made[0]!.bytes).toBeLessThan(3_000_000);
    expect(log).toEqual([
      ...made.map((m) => t.pdf.written(m.file, m.pages, formatSize(m.bytes), 'Lettre')),
      t.pdf.linked(chapters.length),
    ]);
  });

  it('has a cover, then bookmarks naming every chapter with its sections under it, the contents and the sources', () => {
    expect(outline[0]).toEqual({ title: 'Rapport annuel 2019–2020', page: 1, depth: 1 });
    const top = outline.filter((b) => b.depth === 2).map((b) => b.title);
    expect(top).toEqual([t.pdf.contents, ...chapters.map((c) => c.title), t.pdf.sourcesTitle]);
    for (const chapter of chapters) {
      const at = outline.findIndex((b) => b.depth === 2 && b.title === chapter.title);
      const end = outline.findIndex((b, i) => i > at && b.depth <= 2);
      // Titles whole, with the spaces where a heading wraps on the page.
      const children = outline.slice(at + 1, end).filter((b) => b.depth === 3).map((b) => b.title);
      expect(children, chapter.id).toEqual(chapter.sections.map((section) => section.replace(/\s+/g, ' ')));
    }
    expect(squash(texts[0]!)).toContain(squash('TIESS — Territoires innovants en économie sociale et solidaire'));
  });

  it('holds the text of every chapter', () => {
    const all = squash(texts.join('\n'));
    for (const chapter of chapters) {
      for (const paragraph of chapter.paragraphs) expect(all, `${chapter.id}: ${paragraph.slice(0, 60)}`).toContain(squash(paragraph));
    }
  });

  it('numbers the table of contents with the pages where chapters, sections and the sources start', () => {
    // Read as laid out: each entry's number is on its last line.
    const contents = pageTexts(report, true)[1]!;
    expect(squash(contents)).toContain(squash(t.pdf.contents));
    const entries = [...chapters.flatMap((c) => [{ title: c.title, chapter: true }, ...c.sections.map((s) => ({ title: s, chapter: false }))]), { title: t.pdf.sourcesTitle, chapter: true }];
    for (const { title, chapter } of entries) {
      const page = contentsNumber(contents, title);
      expect(page, title).toBeDefined();
      // The heading is on that page, in the body (its page's footer says the same number)…
      expect(squash(texts[page! - 1]!), title).toContain(squash(title));
      expect(squash(texts[page! - 1]!)).toContain(squash(`${t.pdf.footerBefore}${page}${t.pdf.footerAfter}`));
      // …and a chapter's title (same case: running heads are in capitals) is on no page before it but the contents.
      if (chapter) for (let p = 3; p < page!; p++) expect(squash(texts[p - 1]!), `${title} before page ${page}`).not.toContain(squash(title));
    }
    // The bookmarks agree.
    for (const chapter of chapters) expect(outline.find((b) => b.title === chapter.title)!.page).toBe(contentsNumber(contents, chapter.title));
  });

  it('runs a head (report title, division title in capitals) and the printed report’s footer on every page but the cover', () => {
    expect(texts[0]).not.toContain(t.pdf.footerAfter.trim());
    const starts = [...divisionStarts(outline)].sort((a, b) => a - b);
    for (let page = 2; page <= texts.length; page++) {
      const text = texts[page - 1]!;
      expect(text.trimStart().startsWith(t.pdf.runningHead), `page ${page}`).toBe(true);
      expect(text, `page ${page}`).toContain(`${t.pdf.footerBefore}${page}${t.pdf.footerAfter}`);
      const division = outline.find((b) => b.depth === 2 && b.page === starts.filter((s) => s <= page).at(-1))!;
      expect(squash(text), `page ${page}`).toContain(squash(division.title.toUpperCase()));
    }
  });

  it('keeps every figure whole: its title, drawing, source and note on one page, its alt text in the tags', () => {
    const doc = readPage(path.join(dist, 'pdf/index.html'));
    const figures = [...doc.querySelectorAll('figure[data-figure]')];
    expect(figures.length).toBe(4);
    const alts = altTexts(report).map((a) => squash(a));
    for (const figure of figures) {
      const id = figure.getAttribute('data-figure')!;
      const title = textOf(figure.querySelector('.figure__title')!);
      const page = texts.findIndex((text) => squash(text).includes(squash(title)) && !/^\d+$/.test(title));
      expect(page, id).toBeGreaterThan(1);
      const onPage = squash(texts[page]!);
      const drawing = [...figure.querySelectorAll('.figure__drawing--wide svg text, .figure__drawing--once svg text')].map((n) => textOf(n)).filter(Boolean);
      const parts = [
        textOf(figure.querySelector('.figure__source')!),
        ...(figure.querySelector('.figure__note') ? [textOf(figure.querySelector('.figure__note')!)] : []),
        ...(drawing.length ? [drawing[0]!, drawing.at(-1)!] : [textOf(figure.querySelector('.figure__legend')!)]),
      ];
      for (const part of parts) expect(onPage, `${id}: ${part.slice(0, 50)}`).toContain(squash(part));
      const description = textOf(figure.querySelector('.figure__description')!);
      expect(alts, id).toContain(squash(`${title} ${description}`));
      // Chart text stays legible: 8 pt at least (measured in the page as printed).
      if (drawing.length) expect(made[0]!.chartText[id], id).toBeGreaterThanOrEqual(8);
    }
  });

  it('fills every page to a quarter at least, except the last page of a division', () => {
    const words = pageWords(report);
    const starts = divisionStarts(outline);
    // The body's area: inside the margins of scripts/pdf-make.ts (20 mm top, 18 mm bottom).
    const top = (20 * 72) / 25.4;
    for (const [i, page] of words.entries()) {
      const number = i + 1;
      const bottom = page.height - (18 * 72) / 25.4;
      const body = page.words.filter((w) => w.yMin >= top && w.yMax <= bottom);
      const filled = body.length ? (Math.max(...body.map((w) => w.yMax)) - top) / (bottom - top) : 0;
      const divisionEnd = starts.has(number + 1) || number === words.length;
      if (!divisionEnd) expect(filled, `page ${number}`).toBeGreaterThanOrEqual(0.25);
    }
  });

  it('keeps links: to the site at its public address, and inside the PDF to the page of each entry', () => {
    const { uris, dests } = pdfLinks(report);
    expect(uris).toContain('https://rapport.example.org/');
    expect(uris).toContain('https://rapport.example.org/donnees/poles.csv');
    expect(uris).toContain('https://rapport.example.org/figures/poles-par-region.csv');
    expect(uris.filter((u) => u.includes('127.0.0.1'))).toEqual([]);
    expect(dests).toEqual(expect.arrayContaining([...chapters.map((c) => `chapitre-${c.id}`), 'sources-et-licences', 'sismic']));
  });

  it('links the PDFs from the built home and chapter pages, with their pages and size; the test build without PDF has no link', () => {
    const home = readPage(path.join(dist, 'index.html'));
    const link = home.querySelector('.pdf-download a')!;
    expect(link.getAttribute('href')).toBe('/rapport-annuel-2019-2020.pdf');
    expect(textOf(link)).toBe(textOf({ textContent: t.pdf.downloadReport(t.pdf.pages(made[0]!.pages), formatSize(made[0]!.bytes)) }));
    expect(textOf(link)).toMatch(/^Télécharger le rapport \(PDF, \d+ pages, \d+,\d Mo\)$/);
    for (const pdf of made.slice(1)) {
      const page = readPage(path.join(dist, 'chapitres', pdf.chapter!, 'index.html'));
      const a = page.querySelector('.chapter__header .pdf-download a')!;
      expect(textOf(a)).toBe('Ce chapitre en PDF');
      expect(a.getAttribute('href')).toBe(`/${pdf.file}`);
      expect(existsSync(path.join(dist, pdf.file))).toBe(true);
      expect(textOf(page.querySelector('.pdf-download')!)).toBe(textOf({ textContent: `Ce chapitre en PDF ${t.pdf.chapterPdfDetails(t.pdf.pages(pdf.pages), formatSize(pdf.bytes))}` }));
    }
    // The build itself never links a PDF it has not made.
    expect(readPage(path.join(builds.default.outDir, 'index.html')).querySelector('.pdf-download')).toBeNull();
    expect(readPage(path.join(builds.default.outDir, 'chapitres', chapters[0]!.id, 'index.html')).querySelector('.pdf-download')).toBeNull();
  });

  it('a second run replaces the links (no stale count, no second link)', () => {
    const html = '<main><!--pdf-link:rapport note--><p>x</p></main>';
    const once = insertLink(html, 'rapport', '<p class="pdf-download"><a href="/r.pdf">Télécharger le rapport (PDF, 9 pages, 0,3 Mo)</a></p>');
    const twice = insertLink(once, 'rapport', '<p class="pdf-download"><a href="/r.pdf">Télécharger le rapport (PDF, 10 pages, 0,4 Mo)</a></p>');
    expect(twice).toBe('<main><!--pdf-link:rapport note--><p class="pdf-download"><a href="/r.pdf">Télécharger le rapport (PDF, 10 pages, 0,4 Mo)</a></p><!--/pdf-link--><p>x</p></main>');
  });
});

describe.runIf(hasTools)('npm run pdf on a project with one more chapter, in A4', () => {
  let dir: string;
  let out: string;
  let made: PdfFile[] = [];
  let build: { status: number | null; output: string };
  const title = 'Anticiper les besoins des régions';

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tiess-pdf-chapitre-'));
    const copy = path.join(dir, 'chapters');
    cpSync(chaptersDir, copy, { recursive: true });
    writeFileSync(
      path.join(copy, 'anticiper.mdx'),
      [
        '---',
        `titre: ${title}`,
        'partie: 3. Anticiper et comprendre',
        'ordre: 2',
        'resume: Un chapitre ajouté par le test du PDF.',
        'pages:',
        '  debut: 28',
        '  fin: 28',
        '---',
        '',
        '## Une veille partagée <Ancre id="veille-partagee" />',
        '',
        'Le TIESS documente les besoins exprimés par les pôles régionaux et les partage avec ses partenaires.',
        '',
      ].join('\n'),
    );
    out = path.join(dir, 'out');
    build = await runBuildAsync({ REPORT_CHAPTERS_DIR: copy, OUT_DIR: out });
    if (build.status === 0) made = await makePdfs({ dist: out, format: 'A4' });
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('puts it in the contents, the bookmarks and the text, with its own PDF, on A4 pages', () => {
    expect(build.status, build.output).toBe(0);
    const report = path.join(out, 'rapport-annuel-2019-2020.pdf');
    expect(pageSize(pdfInfo(report))).toEqual([595, 842]);
    const texts = pageTexts(report);
    const page = contentsNumber(pageTexts(report, true)[1]!, title);
    expect(page).toBeGreaterThan(2);
    expect(texts[page! - 1]).toContain(title);
    expect(squash(texts[page! - 1]!)).toContain(squash('Le TIESS documente les besoins exprimés par les pôles régionaux et les partage avec ses partenaires.'));
    const outline = pdfOutline(report);
    const at = outline.findIndex((b) => b.title === title);
    expect(outline[at]).toEqual({ title, page, depth: 2 });
    expect(outline[at + 1]).toEqual({ title: 'Une veille partagée', page, depth: 3 });
    expect(made.map((m) => m.file)).toContain('rapport-annuel-2019-2020-anticiper.pdf');
    expect(pdfInfo(path.join(out, 'rapport-annuel-2019-2020-anticiper.pdf')).Title).toBe(t.pdf.chapterPageTitle(title));
  });
});

describe.runIf(hasTools)('npm run pdf refuses, in French, and writes nothing', () => {
  it('a drawing whose text would be under 8 pt (its figure named), with no PDF and no link', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tiess-pdf-petit-'));
    try {
      const dist = path.join(dir, 'dist');
      cpSync(builds.default.outDir, dist, { recursive: true });
      // The bar chart squeezed to 40 % of the column: its labels fall to about 4 pt.
      const page = path.join(dist, 'pdf/index.html');
      writeFileSync(
        page,
        readFileSync(page, 'utf8').replace('</head>', '<style>@media print { [data-figure="poles-par-region"] .figure__chart svg { width: 40% !important; } }</style></head>'),
      );
      const error = await makePdfs({ dist }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(PdfError);
      const expected = `rapport-annuel-2019-2020.pdf : ${t.pdf.smallText('poles-par-region', '@')}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('@', '\\d,\\d');
      expect((error as Error).message).toMatch(new RegExp(`^${expected}$`));
      expect(readdirSync(dist).filter((f) => f.endsWith('.pdf'))).toEqual([]);
      expect(readPage(path.join(dist, 'index.html')).querySelector('.pdf-download')).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('a folder with no build: says what to run first', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'tiess-pdf-vide-'));
    try {
      await expect(makePdfs({ dist: empty })).rejects.toThrow(new PdfError(t.pdf.noBuild(empty)));
      expect(t.pdf.noBuild(empty)).toBe(`${empty} : aucune page « pdf/ » compilée ; lancez d’abord « npm run build », puis « npm run pdf ».`);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

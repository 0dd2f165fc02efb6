// The PDF edition (npm run pdf, after npm run build): prints the pages under /pdf/ of a built site
// (src/pages/pdf/, src/components/PdfReport.astro) with Debian's Chromium through playwright-core,
// into <dist>/rapport-annuel-2019-2020.pdf and one <dist>/rapport-annuel-2019-2020-<chapter>.pdf
// per chapter; then puts the links to them, with their page count and size, into the built home
// and chapter pages. Used by scripts/pdf.ts, scripts/bench.ts and tests/pdf/pdf.test.ts.
//
// How the table of contents gets its page numbers (a second pass, no paged-media library): the
// page is printed once; every entry of the table of contents is a link, so Chromium writes a named
// destination for its target, and `pdfinfo -dests` (poppler) says on which page each one is. The
// numbers are written into the table and the page printed again, until two passes agree.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumPath, launchBrowser } from '../tests/helpers/chromium';
import { serveStatic } from '../tests/helpers/static-server';
import { t } from '../src/strings';
import { fonts } from '../src/styles/theme';
import { formatNumber } from '../src/utils/format';
import { escapeMarkup } from '../src/utils/markup';

/** Page sizes (mm) and margins: the running head sits in the top margin, the footer in the bottom one. */
export const pageFormats = {
  Letter: { label: 'Lettre', css: 'letter', width: 215.9, height: 279.4 },
  A4: { label: 'A4', css: 'A4', width: 210, height: 297 },
} as const;
export type PageFormat = keyof typeof pageFormats;
const margin = { top: 20, bottom: 18, side: 19 };
/** Smallest text of a drawing in the PDF, in points. */
export const minChartTextPt = 8;

const px = (mm: number) => (mm * 96) / 25.4;

/** A failure of the PDF step, in French; nothing is published when it happens. */
export class PdfError extends Error {}

export interface PdfFile {
  /** File name in the dist folder. */
  file: string;
  /** The chapter's id, or undefined for the whole report. */
  chapter?: string;
  pages: number;
  bytes: number;
  /** Passes printed (the whole report: until the table of contents' numbers agree). */
  passes: number;
  /** Smallest text of a drawing, in points, per figure id. */
  chartText: Record<string, number>;
  /** Page of every entry of the table of contents (the whole report). */
  contents: Record<string, number>;
}

/** « 1,4 Mo », « 380 Ko »: sizes as readers see them next to a link (1 Mo = 1 000 000 octets, as the budget). */
export function formatSize(bytes: number): string {
  return bytes >= 100_000 ? `${formatNumber(bytes / 1_000_000, ',.1f')}\u00a0Mo` : `${formatNumber(Math.max(1, Math.round(bytes / 1000)))}\u00a0Ko`;
}

/** A CSS string literal. */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r]+/g, ' ')}"`;

/** The page rules: size, margins, running heads (report title left, the division's title right, in small capitals) and footer. */
function pageCss(format: PageFormat, heads: string[]): string {
  const size = pageFormats[format];
  const box = `font-family: ${fonts.sans}; font-size: 8.5pt; color: #333333;`;
  const contentHeight = px(size.height - margin.top - margin.bottom);
  // Note: Chromium ignores font-variant in page-margin boxes; small capitals are drawn as capitals
  // at the height of the small letters (all-small-caps), spaced a little.
  const smallCaps = 'font-size: 7.2pt; text-transform: uppercase; letter-spacing: 0.07em;';
  return [
    `:root { --pdf-page-height: ${contentHeight.toFixed(1)}px; }`,
    `@page { size: ${size.css}; margin: ${margin.top}mm ${margin.side}mm ${margin.bottom}mm;`,
    `  @top-left { content: ${cssString(t.pdf.runningHead)}; ${box} vertical-align: bottom; padding-bottom: 5mm; }`,
    `  @bottom-center { content: ${cssString(t.pdf.footerBefore)} counter(page) ${cssString(t.pdf.footerAfter)}; ${box} vertical-align: top; padding-top: 5mm; } }`,
    ...heads.map((head, i) =>
      head
        ? `@page pdf-division-${i} { @top-right { content: ${cssString(head)}; ${box} ${smallCaps} vertical-align: bottom; padding-bottom: 5mm; } }`
        : `@page pdf-division-${i} { @top-left { content: none; } @bottom-center { content: none; } }`,
    ),
    ...heads.map((_, i) => `[data-pdf-division="${i}"] { page: pdf-division-${i}; }`),
  ].join('\n');
}

/** Named destinations of a PDF and their pages (`pdfinfo -dests`). */
export function pdfDestinations(file: string): Map<string, number> {
  const out = execFileSync('pdfinfo', ['-dests', file], { encoding: 'utf8' });
  const dests = new Map<string, number>();
  for (const line of out.split('\n')) {
    const match = /^\s*(\d+)\s+\[.*\]\s+"(.*)"\s*$/.exec(line);
    if (match && !dests.has(match[2]!)) dests.set(match[2]!, Number(match[1]));
  }
  return dests;
}

/** Number of pages of a PDF (`pdfinfo`). */
export function pdfPages(file: string): number {
  const match = /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  return Number(match?.[1] ?? 0);
}

/** Prepares the loaded page for print: links, headings, named pages; returns the smallest chart text per figure (pt). */
async function preparePage(page: Page, format: PageFormat, publicBase: string, localBase: string, whole: boolean) {
  const heads = await page.evaluate(
    ({ publicBase, localBase, whole }) => {
      // Links: to a place in this document → internal link; to the site → its public address.
      const localPath = new URL(localBase).pathname;
      for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
        const url = new URL(a.getAttribute('href')!, location.href);
        if (url.origin !== location.origin) continue;
        const target = url.hash ? document.getElementById(decodeURIComponent(url.hash.slice(1))) : null;
        if (url.pathname === location.pathname && target) {
          a.setAttribute('href', url.hash);
          continue;
        }
        const chapter = /^chapitres\/([^/]+)\/?$/.exec(url.pathname.slice(localPath.length));
        if (chapter && document.getElementById(`chapitre-${chapter[1]}`)) {
          a.setAttribute('href', target ? url.hash : `#chapitre-${chapter[1]}`);
          continue;
        }
        a.setAttribute('href', new URL(url.pathname.slice(localPath.length) + url.search + url.hash, publicBase).href);
      }
      // A figure's drawing is its alternative text in the tags (on the site the drawing is hidden
      // from screen readers, its caption being read instead; a tagged PDF names the figure by /Alt).
      for (const figure of document.querySelectorAll<HTMLElement>('figure.figure')) {
        const title = figure.querySelector('.figure__title')?.id;
        const description = figure.querySelector('.figure__description')?.id;
        for (const svg of figure.querySelectorAll('.figure__drawing > svg')) {
          svg.removeAttribute('aria-hidden');
          svg.setAttribute('role', 'img');
          if (title && description) svg.setAttribute('aria-labelledby', `${title} ${description}`);
        }
      }
      // In the whole report a chapter's title is an h2: headings of components inside it (the
      // key figures' h2) go one level down, so that the bookmarks nest under their chapter; so do
      // figure titles (an h3 under a chapter's h2 section), to stay under their section.
      if (whole) {
        for (const h3 of document.querySelectorAll('.pdf-chapter h3.figure__title')) {
          const h4 = document.createElement('h4');
          for (const attribute of h3.attributes) h4.setAttribute(attribute.name, attribute.value);
          h4.append(...h3.childNodes);
          h3.replaceWith(h4);
        }
        for (const h2 of document.querySelectorAll('.pdf-chapter .prose h2')) {
          const h3 = document.createElement('h3');
          for (const attribute of h2.attributes) h3.setAttribute(attribute.name, attribute.value);
          h3.append(...h2.childNodes);
          h2.replaceWith(h3);
        }
      }
      // Bookmarks are the headings' text as laid out, and Chromium drops the space where a heading
      // wraps ("renforcementdes"); headings keep their spaces at line ends (pre-wrap in pdf.css),
      // so their own white space is folded first, as the browser would have.
      for (const heading of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
        const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
        const texts: Text[] = [];
        while (walker.nextNode()) texts.push(walker.currentNode as Text);
        for (const text of texts) text.data = text.data.replace(/[ \t\n\r]+/g, ' ');
        if (texts[0]) texts[0].data = texts[0].data.replace(/^ +/, '');
        if (texts.at(-1)) texts.at(-1)!.data = texts.at(-1)!.data.replace(/ +$/, '');
      }
      const divisions = [...document.querySelectorAll<HTMLElement>('.pdf-division')];
      divisions.forEach((d, i) => d.setAttribute('data-pdf-division', String(i)));
      return divisions.map((d) => d.dataset.runningHead ?? '');
    },
    { publicBase, localBase, whole },
  );
  await page.addStyleTag({ content: pageCss(format, heads) });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // A figure taller than the page area would be cut: its drawing is made narrower (so shorter)
  // until the whole figure fits on one page; the text-size check below says if it became too small.
  await page.evaluate((pageHeight) => {
    for (const figure of document.querySelectorAll<HTMLElement>('.figure[data-figure]')) {
      const excess = figure.getBoundingClientRect().height - pageHeight;
      if (excess <= 0) continue;
      // The size drawn: a drawing held by a max-height keeps its proportions inside its box.
      const drawings = [...figure.querySelectorAll<SVGSVGElement>('.figure__drawing > svg')]
        .filter((svg) => svg.getClientRects().length && svg.viewBox.baseVal?.width)
        .map((svg) => {
          const box = svg.getBoundingClientRect();
          const aspect = svg.viewBox.baseVal.height / svg.viewBox.baseVal.width;
          const width = Math.min(box.width, box.height / aspect);
          return { svg, width, height: width * aspect };
        });
      const height = drawings.reduce((sum, d) => sum + d.height, 0);
      if (!height) continue;
      const ratio = Math.max(0.1, (height - excess - 4) / height);
      for (const { svg, width } of drawings) {
        svg.style.width = `${(width * ratio).toFixed(1)}px`;
        svg.style.maxHeight = 'none';
      }
    }
  }, px(pageFormats[format].height - margin.top - margin.bottom) - 2);
  return page.evaluate(() => {
    const sizes: Record<string, number> = {};
    for (const figure of document.querySelectorAll<HTMLElement>('.figure[data-figure]')) {
      let min = Infinity;
      for (const text of figure.querySelectorAll<SVGTextElement>('svg text')) {
        if (!text.getClientRects().length || !text.textContent?.trim()) continue;
        const matrix = text.getScreenCTM();
        if (!matrix) continue;
        const size = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(matrix.a, matrix.b) * 0.75;
        min = Math.min(min, size);
      }
      if (Number.isFinite(min)) sizes[figure.dataset.figure!] = Math.round(min * 100) / 100;
    }
    return sizes;
  });
}

/** Prints one page to a PDF; for the whole report, again until the table of contents' numbers agree. */
async function printPage(page: Page, file: string): Promise<{ passes: number; contents: Record<string, number> }> {
  const wanted = await page.$$eval('[data-pdf-page-of]', (els) => els.map((el) => el.getAttribute('data-pdf-page-of')!));
  const options = { path: file, printBackground: true, tagged: true, outline: true, preferCSSPageSize: true } as const;
  let contents: Record<string, number> = {};
  for (let pass = 1; pass <= 4; pass++) {
    await page.pdf(options);
    if (!wanted.length) return { passes: pass, contents };
    const dests = pdfDestinations(file);
    const found: Record<string, number> = {};
    for (const id of wanted) {
      const pageNumber = dests.get(id);
      if (pageNumber === undefined) throw new PdfError(`${path.basename(file)} : ${t.pdf.missingTarget(id)}`);
      found[id] = pageNumber;
    }
    if (pass > 1 && wanted.every((id) => found[id] === contents[id])) return { passes: pass, contents };
    contents = found;
    await page.$$eval('[data-pdf-page-of]', (els, numbers) => els.forEach((el) => (el.textContent = String(numbers[el.getAttribute('data-pdf-page-of')!]))), contents);
  }
  throw new PdfError(`${path.basename(file)} : ${t.pdf.unstable}`);
}

/** The site's public address and base path, from the canonical link of the built /pdf/ page. */
function siteOf(dist: string): { publicBase: string; base: string } {
  const file = path.join(dist, 'pdf/index.html');
  if (!existsSync(file)) throw new PdfError(t.pdf.noBuild(dist));
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
  if (!canonical) throw new PdfError(t.pdf.noBuild(dist));
  const publicBase = new URL('..', canonical).href;
  return { publicBase, base: new URL(publicBase).pathname };
}

/** Replaces the marker comment `<!--pdf-link:name …-->` (and a link a previous run put after it) with the marker and the new link. */
export function insertLink(html: string, name: string, link: string): string {
  const marker = new RegExp(`(<!--pdf-link:${name}\\b[\\s\\S]*?-->)(?:<p class="pdf-download">[\\s\\S]*?<!--/pdf-link-->)?`);
  return html.replace(marker, (_, comment: string) => `${comment}${link}<!--/pdf-link-->`);
}

export interface MakePdfsOptions {
  /** The built site (default dist/). */
  dist: string;
  format?: PageFormat;
  log?: (line: string) => void;
}

/** Prints the whole report and every chapter into the dist folder, then links them from the built pages. */
export async function makePdfs({ dist, format = 'Letter', log = () => {} }: MakePdfsOptions): Promise<PdfFile[]> {
  dist = path.resolve(dist);
  const { publicBase, base } = siteOf(dist);
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
  } catch {
    throw new PdfError(t.pdf.noPoppler);
  }
  if (!existsSync(chromiumPath)) throw new PdfError(t.pdf.noBrowser(chromiumPath));
  const chapters = readdirSync(path.join(dist, 'pdf'))
    .filter((name) => existsSync(path.join(dist, 'pdf', name, 'index.html')))
    .sort();
  const jobs = [{ route: 'pdf/', file: `${t.pdf.fileName}.pdf`, chapter: undefined as string | undefined }].concat(
    chapters.map((chapter) => ({ route: `pdf/${chapter}/`, file: `${t.pdf.fileName}-${chapter}.pdf`, chapter })),
  );
  const work = mkdtempSync(path.join(tmpdir(), 'tiess-pdf-'));
  const server = await serveStatic(dist, base);
  const browser = await launchBrowser();
  const size = pageFormats[format];
  const made: PdfFile[] = [];
  try {
    const context = await browser.newContext({
      colorScheme: 'light',
      // The pages are served with the site's headers, whose policy refuses inline styles; the page
      // furniture for this format is added by this tool as one, so the policy is set aside here only.
      bypassCSP: true,
      viewport: { width: Math.round(px(size.width - 2 * margin.side)), height: Math.round(px(size.height - margin.top - margin.bottom)) },
    });
    for (const job of jobs) {
      const page = await context.newPage();
      await page.emulateMedia({ media: 'print', colorScheme: 'light' });
      await page.goto(`${server.url}${job.route}`, { waitUntil: 'load' });
      const chartText = await preparePage(page, format, publicBase, server.url, job.chapter === undefined);
      for (const [figure, pt] of Object.entries(chartText)) {
        if (pt < minChartTextPt) throw new PdfError(`${job.file} : ${t.pdf.smallText(figure, formatNumber(pt, ',.1f'))}`);
      }
      const file = path.join(work, job.file);
      const { passes, contents } = await printPage(page, file);
      await page.close();
      made.push({ file: job.file, chapter: job.chapter, pages: pdfPages(file), bytes: statSync(file).size, passes, chartText, contents });
    }
    await context.close();
  } catch (error) {
    // Nothing half-made: no PDF is moved into the site, no page is linked.
    rmSync(work, { recursive: true, force: true });
    throw error;
  } finally {
    await browser.close();
    await server.close();
  }
  // Every PDF is made: they replace the previous ones, then the pages link to them.
  for (const pdf of made) {
    // Note: copied, not renamed: the temporary folder may be on another file system.
    copyFileSync(path.join(work, pdf.file), path.join(dist, pdf.file));
    log(t.pdf.written(pdf.file, pdf.pages, formatSize(pdf.bytes), size.label));
  }
  rmSync(work, { recursive: true, force: true });
  const whole = made[0]!;
  const home = path.join(dist, 'index.html');
  if (existsSync(home)) {
    const text = t.pdf.downloadReport(t.pdf.pages(whole.pages), formatSize(whole.bytes));
    const link = `<p class="pdf-download"><a href="${escapeMarkup(base + whole.file)}" type="application/pdf" download>${escapeMarkup(text)}</a></p>`;
    writeFileSync(home, insertLink(readFileSync(home, 'utf8'), 'rapport', link));
  }
  let linked = 0;
  for (const pdf of made.slice(1)) {
    const chapterPage = path.join(dist, 'chapitres', pdf.chapter!, 'index.html');
    if (!existsSync(chapterPage)) continue;
    const details = t.pdf.chapterPdfDetails(t.pdf.pages(pdf.pages), formatSize(pdf.bytes));
    const link = `<p class="pdf-download"><a href="${escapeMarkup(base + pdf.file)}" type="application/pdf" download>${escapeMarkup(t.pdf.chapterPdf)}</a> ${escapeMarkup(details)}</p>`;
    writeFileSync(chapterPage, insertLink(readFileSync(chapterPage, 'utf8'), 'chapitre', link));
    linked++;
  }
  log(t.pdf.linked(linked));
  return made;
}

// Measures the report. Prints, in order:
//  1. « Before / after »: the real report built with Astro's incremental build off (before,
//     INCREMENTAL_BUILD=0) and on (after, the default): each cold, then warm with nothing changed,
//     after one word of one chapter changed (a copy of the chapters, read through
//     REPORT_CHAPTERS_DIR) and after one CSV changed (a copy of data/, REPORT_DATA_DIR); per build
//     its time, the chapter page's gzip weight (HTML + the CSS and JS it loads) and of which JS,
//     warm/cold, the pages copied from the incremental cache, and the figure-cache line. Every build
//     gets a fresh output folder; the caches (Astro's, the figures') are fresh for the cold builds and
//     kept for the warm ones, one set per side, all in a temporary folder removed at the end.
//  2. For the cold build (incremental on): every page's weight (HTML, CSS, JS, total gzip), then per
//     figure its render time and SVG size.
//     Then the PDF step (npm run pdf) on that build: time, pages and size of each PDF.
//  3. Every figure-file type at 10 to 100 000 rows (scripts/bench-types.ts, always).
//  4. The large synthetic report, off and on (scripts/bench-large.ts), unless --small; then a
//     summary of the measures against the targets (issue 14's and issue 20's), « ok » or « MISSED ».
// Usage: npm run bench   (several minutes; npm run bench -- --small for parts 1 to 3 and the
// summary; BENCH_CHAPTERS=20,40 npm run bench for a quicker large part). Timings are wall clock on
// whatever else the machine is doing: compare the columns of one run. Asserts nothing (sizes and
// warm builds equal to cold ones are asserted in the tests).
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { allFigures } from '../src/figures/index';
import { chartWidths } from '../src/styles/theme';
import { makePdfs } from './pdf-make';
import { astroBuild, benchSummary, bumpOneCell, changeOneWord, figureCacheLine, modes, printSummary, reusedPages, root, type RealReportRun } from './bench-shared';

/** The page whose weight is compared before and after. */
const chapterPage = 'chapitres/un-ecosysteme-tisse-serre/index.html';
/** The CSV changed before the last warm build (read by one figure, poles-par-region). */
const changedCsv = 'poles-par-region.csv';
/** The chapter whose one word changes before the third build of each side. */
const changedChapter = 'un-ecosysteme-tisse-serre.mdx';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
const pad = (cells: (string | number)[], widths: number[]) =>
  cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  ');

/**
 * A page's weight, gzip (bytes): the HTML, every stylesheet and script it loads, inline scripts
 * counted as JS, and the requests a first visit makes (the page, its stylesheets, scripts and
 * icon); undefined when the page is not there. (tests/browser/weight.test.ts measures the same
 * chapter in Chromium, headers included.)
 */
function pageWeight(out: string, page: string): { html: number; css: number; js: number; total: number; requests: number } | undefined {
  const file = path.join(out, page);
  if (!existsSync(file)) return undefined;
  const html = readFileSync(file, 'utf8');
  const assets = (re: RegExp) => [...html.matchAll(re)].map((m) => readFileSync(path.join(out, m[1]!.replace(/^\//, ''))));
  const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const js = assets(/<script[^>]+src="([^"]+)"/g);
  const inlineJs = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1]!));
  const sum = (list: Buffer[]) => list.reduce((n, b) => n + gz(b), 0);
  const weight = { html: gz(html), css: sum(css), js: sum([...js, ...inlineJs]) };
  const requests = 1 + css.length + js.length + (/<link[^>]+rel="icon"/.test(html) ? 1 : 0);
  return { ...weight, total: weight.html + weight.css + weight.js, requests };
}

const work = mkdtempSync(path.join(tmpdir(), 'tiess-bench-'));
const cleanUp = () => rmSync(work, { recursive: true, force: true });
/** Stops the bench on a broken build of the working tree (its output shown), folders removed. */
const fail = (what: string, output: string): never => {
  console.error(`${what} failed:\n${output}`);
  cleanUp();
  process.exit(1);
};

// 1. Before / after, on the real report.
console.log('\nBefore / after: the real report, incremental build off (before) and on (after)\n');
const runs: { label: string; run: RealReportRun; ratio: string; reused: number; cacheLine?: string }[] = [];
const measure = (out: string, seconds: number): RealReportRun => {
  const weight = pageWeight(out, chapterPage);
  return { seconds, pageGzip: weight?.total, jsGzip: weight?.js };
};
const htmlPages = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
const notes: string[] = [];
let out = '';
let coldSeconds = 0;
for (const mode of modes) {
  // Each side reads its own copies of data/ and of the chapters, changed one after the other.
  const side = path.join(work, mode.label);
  const dataCopy = path.join(side, 'data');
  const chaptersCopy = path.join(side, 'chapters');
  cpSync(path.join(root, 'data'), dataCopy, { recursive: true });
  cpSync(path.join(root, 'src/content/chapters'), chaptersCopy, { recursive: true });
  const env = (dist: string) => ({
    ...mode.env,
    OUT_DIR: dist,
    ASTRO_CACHE_DIR: path.join(side, 'astro-cache'),
    FIGURE_CACHE_DIR: path.join(side, 'figure-cache'),
    REPORT_DATA_DIR: dataCopy,
    REPORT_CHAPTERS_DIR: chaptersCopy,
  });
  const coldOut = path.join(side, 'cold-dist');
  const cold = astroBuild(root, env(coldOut));
  if (!cold.ok) fail(`The build of the working tree (${mode.what}, cold)`, cold.output);
  const sideRuns = benchSummary.real[mode.label];
  sideRuns.cold = measure(coldOut, cold.seconds);
  runs.push({ label: `${mode.label}, cold`, run: sideRuns.cold, ratio: '', reused: reusedPages(cold.output), cacheLine: figureCacheLine(cold.output) });
  const warm = (what: string, key: 'same' | 'word' | 'csv') => {
    const dist = path.join(side, `${key}-dist`);
    const build = astroBuild(root, env(dist));
    if (!build.ok) fail(`The build of the working tree (${mode.what}, ${what})`, build.output);
    sideRuns[key] = measure(dist, build.seconds);
    runs.push({ label: `${mode.label}, ${what}`, run: sideRuns[key], ratio: `${Math.round((build.seconds / cold.seconds) * 100)} %`, reused: reusedPages(build.output), cacheLine: figureCacheLine(build.output) });
    return dist;
  };
  const same = warm('nothing changed', 'same');
  // Nothing changed: the pages made from the caches should be the cold build's, byte for byte.
  const differing = htmlPages(coldOut).filter((page) => !existsSync(path.join(same, page)) || !readFileSync(path.join(coldOut, page)).equals(readFileSync(path.join(same, page))));
  notes.push(
    `${mode.label}, nothing changed: ${differing.length ? `${differing.length} of ${htmlPages(coldOut).length} HTML pages differ from the cold build's: ${differing.slice(0, 4).join(', ')}` : `its ${htmlPages(coldOut).length} HTML pages are the cold build's, byte for byte`}`,
  );
  rmSync(same, { recursive: true, force: true });
  const word = changeOneWord(path.join(chaptersCopy, changedChapter));
  rmSync(warm('one word changed', 'word'), { recursive: true, force: true });
  const csv = bumpOneCell(path.join(dataCopy, changedCsv));
  rmSync(warm('one CSV changed', 'csv'), { recursive: true, force: true });
  if (mode.label === 'after') {
    notes.push(`changed before the « one word » builds: ${word}`, `changed before the « one CSV » builds: ${csv}`);
    out = coldOut;
    coldSeconds = cold.seconds;
  } else rmSync(coldOut, { recursive: true, force: true });
}

const widths = [30, 8, 18, 12, 10, 12];
console.log(pad(['build', 'build s', 'chapter page gzip', 'of which JS', 'warm/cold', 'pages reused'], widths));
for (const { label, run, ratio, reused } of runs) {
  const page = run.pageGzip === undefined ? '—' : kb(run.pageGzip);
  const js = run.jsGzip === undefined ? '—' : kb(run.jsGzip);
  console.log(pad([label, run.seconds.toFixed(1), page, js, ratio, reused], widths));
}
console.log(`chapter page: ${chapterPage} (HTML + its CSS + its JS, gzip -9)`);
for (const note of notes) console.log(note);
for (const { label, cacheLine } of runs) console.log(`${label.padEnd(widths[0]!)}  ${cacheLine ?? '(no figure-cache line in the build output)'}`);

// 2. The working tree's cold build (incremental on): every page, then every figure.
const buildMs = coldSeconds * 1000;
console.log(`\nBuild: ${coldSeconds.toFixed(2)} s (astro build, cold, including data validation, figures, PNGs)\n`);

// Page weight: the HTML plus every stylesheet and script it loads, gzip.
const files = readdirSync(out, { recursive: true, encoding: 'utf8' });
console.log(pad(['page', 'HTML', 'CSS', 'JS', 'total gzip', 'requests'], [48, 12, 12, 10, 12, 9]));
for (const page of files.filter((f) => f.endsWith('.html')).sort()) {
  const weight = pageWeight(out, page)!;
  console.log(pad([page, kb(weight.html), kb(weight.css), kb(weight.js), kb(weight.total), weight.requests], [48, 12, 12, 10, 12, 9]));
}

// Figures: render time (median of 20 fresh renders per width) and SVG size.
console.log(`\n${pad(['figure', 'width', 'render ms', 'SVG raw', 'SVG gzip'], [34, 7, 10, 10, 10])}`);
let figuresMs = 0;
for (const figure of allFigures()) {
  const rows = figure.rows();
  // A figure drawn once (a map): its page drawing (legend in HTML) and its PNG's (legend inside), both 640 wide.
  const drawings: [string, number, boolean | undefined][] = figure.drawnOnce
    ? [['page', chartWidths.wide, false], ['PNG', chartWidths.wide, true]]
    : Object.entries(chartWidths).map(([variant, width]) => [variant, width, undefined]);
  for (const [variant, width, legendInside] of drawings) {
    const times: number[] = [];
    let svg = '';
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      svg = figure.render(rows, { width, idPrefix: `${figure.id}-${variant}-`, labelledBy: 'a b', legendInside });
      times.push(performance.now() - t0);
    }
    const median = times.sort((a, b) => a - b)[10]!;
    figuresMs += median;
    console.log(pad([`${figure.id}${figure.drawnOnce ? ` (${variant})` : ''}`, width, median.toFixed(2), kb(Buffer.byteLength(svg)), kb(gz(svg))], [34, 7, 10, 10, 10]));
  }
}
const share = (figuresMs / buildMs) * 100;
console.log(`\nAll figures, every drawing: ${figuresMs.toFixed(1)} ms = ${share.toFixed(2)} % of the build time (target < 5 %)`);
const dist = files.reduce((n, f) => n + (statSync(path.join(out, f)).isFile() ? statSync(path.join(out, f)).size : 0), 0);
console.log(`dist: ${files.length} entries, ${kb(dist)}`);

// The PDF step (npm run pdf) on that build: its time, and each PDF's pages and size.
const pdfStarted = performance.now();
const pdfs = await makePdfs({ dist: out });
console.log(`\nPDF step (npm run pdf, Letter): ${((performance.now() - pdfStarted) / 1000).toFixed(1)} s`);
for (const pdf of pdfs) console.log(pad([pdf.file, `${pdf.pages} pages`, kb(pdf.bytes), `${pdf.passes} pass${pdf.passes > 1 ? 'es' : ''}`], [60, 10, 12, 10]));
cleanUp();

// Figure files: every type at 10, 1 000 and 100 000 rows, and the size budget.
await import('./bench-types');

if (!process.argv.includes('--small')) {
  console.log('\nLarge synthetic report (scripts/bench-large.ts)…');
  await import('./bench-large');
} else printSummary();

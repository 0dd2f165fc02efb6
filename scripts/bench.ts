// Measures the report. Prints, in order:
//  1. « Before / after »: the real report built from the baseline commit (the one before the work
//     measured: `baselineCommit` below, or env BENCH_BASELINE), cold, then from the working tree
//     cold, warm with nothing changed, and warm after one CSV changed (a copy of data/, read by all
//     three through REPORT_DATA_DIR); per build its time, the chapter page's gzip weight (HTML + the
//     CSS and JS it loads) and of which JS, warm/cold, and the figure-cache line of each build.
//     Every build gets a fresh output folder; the caches (Astro's, the figures') are fresh for the
//     cold builds and kept for the warm ones, all in a temporary folder removed at the end.
//  2. For the working tree's cold build: every page's weight (HTML, CSS, JS, total gzip), then per
//     figure its render time and SVG size.
//     Then the PDF step (npm run pdf) on that build: time, pages and size of each PDF.
//  3. Every figure-file type at 10 to 100 000 rows (scripts/bench-types.ts, always).
//  4. The large synthetic report, cold, warm and before (scripts/bench-large.ts), unless --small;
//     then a summary of the measures against the targets of issue 14.
// Usage: npm run bench   (several minutes; npm run bench -- --small for parts 1 to 3 and the
// summary; BENCH_CHAPTERS=20,40 npm run bench for a quicker large part). Timings are wall clock on
// whatever else the machine is doing: compare the columns of one run. Asserts nothing (sizes are
// asserted in the tests).
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { allFigures } from '../src/figures/index';
import { chartWidths } from '../src/styles/theme';
import { makePdfs } from './pdf-make';
import { astroBuild, benchSummary, bumpOneCell, extractBaseline, figureCacheLine, printSummary, root, type RealReportRun } from './bench-shared';

/** The commit just before the work measured: the « before » column (env BENCH_BASELINE to compare with another). */
const baselineCommit = process.env.BENCH_BASELINE || '88147d7';
/** The page whose weight is compared before and after. */
const chapterPage = 'chapitres/un-ecosysteme-tisse-serre/index.html';
/** The CSV changed before the last warm build (read by one figure, poles-par-region). */
const changedCsv = 'poles-par-region.csv';

benchSummary.baselineCommit = baselineCommit;

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
let baselineDir: string | undefined;
const cleanUp = () => {
  rmSync(work, { recursive: true, force: true });
  if (baselineDir) rmSync(baselineDir, { recursive: true, force: true });
};
/** Stops the bench on a broken build of the working tree (its output shown), folders removed. */
const fail = (what: string, output: string): never => {
  console.error(`${what} failed:\n${output}`);
  cleanUp();
  process.exit(1);
};

// 1. Before / after, on the real report.
console.log(`\nBefore / after: the real report, ${baselineCommit} (before) and the working tree (after)\n`);
const runs: { label: string; run: RealReportRun; cacheLine?: string }[] = [];
const measure = (out: string, seconds: number): RealReportRun => {
  const weight = pageWeight(out, chapterPage);
  return { seconds, pageGzip: weight?.total, jsGzip: weight?.js };
};

const baseline = extractBaseline(baselineCommit);
if ('skipped' in baseline) console.log(`Before column skipped: ${baseline.skipped}.`);
else {
  baselineDir = baseline.dir;
  const out = path.join(work, 'before-dist');
  const build = astroBuild(baseline.dir, {
    OUT_DIR: out,
    ASTRO_CACHE_DIR: path.join(work, 'before-astro-cache'),
    FIGURE_CACHE_DIR: path.join(work, 'before-figure-cache'),
  });
  if (build.ok) {
    benchSummary.real.before = measure(out, build.seconds);
    runs.push({ label: `before (${baselineCommit}), cold`, run: benchSummary.real.before });
    if (!existsSync(path.join(out, chapterPage))) console.log(`Before: ${chapterPage} is not in the baseline's build.`);
  } else {
    console.log(`Before column skipped: the build of ${baselineCommit} failed:\n${build.output.trim().split('\n').slice(-30).join('\n')}`);
  }
  rmSync(out, { recursive: true, force: true });
  rmSync(baselineDir, { recursive: true, force: true });
  baselineDir = undefined;
}

// The after builds read a copy of data/, so that one CSV can change before the last one.
const dataCopy = path.join(work, 'data');
cpSync(path.join(root, 'data'), dataCopy, { recursive: true });
const afterEnv = (out: string) => ({
  OUT_DIR: out,
  ASTRO_CACHE_DIR: path.join(work, 'after-astro-cache'),
  FIGURE_CACHE_DIR: path.join(work, 'after-figure-cache'),
  REPORT_DATA_DIR: dataCopy,
});
const out = path.join(work, 'after-cold-dist');
const cold = astroBuild(root, afterEnv(out));
if (!cold.ok) fail('The build of the working tree (cold)', cold.output);
benchSummary.real.cold = measure(out, cold.seconds);
runs.push({ label: 'after, cold', run: benchSummary.real.cold, cacheLine: figureCacheLine(cold.output) });

const warmOut = path.join(work, 'after-warm-dist');
const warm = astroBuild(root, afterEnv(warmOut));
if (!warm.ok) fail('The build of the working tree (warm, nothing changed)', warm.output);
benchSummary.real.warm = measure(warmOut, warm.seconds);
runs.push({ label: 'after, warm, nothing changed', run: benchSummary.real.warm, cacheLine: figureCacheLine(warm.output) });
// Nothing changed: the pages made from the cache should be the cold build's, byte for byte.
const htmlPages = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
const differing = htmlPages(out).filter((page) => !existsSync(path.join(warmOut, page)) || !readFileSync(path.join(out, page)).equals(readFileSync(path.join(warmOut, page))));
const sameAsCold = differing.length
  ? `${differing.length} of ${htmlPages(out).length} HTML pages differ from the cold build's, nothing having changed: ${differing.slice(0, 4).join(', ')}${differing.length > 4 ? ', …' : ''}`
  : `its ${htmlPages(out).length} HTML pages are the cold build's, byte for byte`;
rmSync(warmOut, { recursive: true, force: true });

const changed = bumpOneCell(path.join(dataCopy, changedCsv));
const warmCsvOut = path.join(work, 'after-warm-csv-dist');
const warmCsv = astroBuild(root, afterEnv(warmCsvOut));
if (!warmCsv.ok) fail(`The build of the working tree (warm, ${changedCsv} changed)`, warmCsv.output);
benchSummary.real.warmCsv = measure(warmCsvOut, warmCsv.seconds);
runs.push({ label: 'after, warm, one CSV changed', run: benchSummary.real.warmCsv, cacheLine: figureCacheLine(warmCsv.output) });
rmSync(warmCsvOut, { recursive: true, force: true });

const widths = [32, 8, 18, 12, 10];
console.log(pad(['build', 'build s', 'chapter page gzip', 'of which JS', 'warm/cold'], widths));
for (const { label, run } of runs) {
  const ratio = label.startsWith('after, warm') ? `${Math.round((run.seconds / cold.seconds) * 100)} %` : '';
  const page = run.pageGzip === undefined ? '—' : kb(run.pageGzip);
  const js = run.jsGzip === undefined ? '—' : kb(run.jsGzip);
  console.log(pad([label, run.seconds.toFixed(1), page, js, ratio], widths));
}
const before = benchSummary.real.before;
if (before) {
  const pageDelta = before.pageGzip !== undefined && benchSummary.real.cold.pageGzip !== undefined ? `, chapter page ${kb(benchSummary.real.cold.pageGzip - before.pageGzip)}` : '';
  console.log(`after/before, cold: build × ${(cold.seconds / before.seconds).toFixed(2)}${pageDelta}`);
}
console.log(`chapter page: ${chapterPage} (HTML + its CSS + its JS, gzip -9)`);
console.log(`warm, nothing changed: ${sameAsCold}`);
console.log(`changed before the last build: ${changed}`);
for (const { label, cacheLine } of runs) if (label.startsWith('after')) console.log(`${label.padEnd(widths[0]!)}  ${cacheLine ?? '(no figure-cache line in the build output)'}`);

// 2. The working tree's cold build: every page, then every figure.
const buildMs = cold.seconds * 1000;
console.log(`\nBuild: ${cold.seconds.toFixed(2)} s (astro build, cold, including data validation, figures, PNGs)\n`);

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

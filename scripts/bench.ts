// Measures the report: build time, page weight, and per figure its render time and SVG size.
// Usage: npm run bench (then every figure-file type at 10 to 100 000 rows, scripts/bench-types.ts,
// always; then the large synthetic report, unless --small). Prints tables; asserts nothing (sizes
// are asserted in the tests).
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { runBuild } from '../tests/helpers/build';
import { allFigures } from '../src/figures/index';
import { chartWidths } from '../src/styles/theme';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
const pad = (cells: (string | number)[], widths: number[]) =>
  cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  ');

const out = mkdtempSync(path.join(tmpdir(), 'tiess-bench-'));
const started = performance.now();
const build = runBuild({ OUT_DIR: out });
const buildMs = performance.now() - started;
if (build.status !== 0) {
  console.error(build.output);
  process.exit(1);
}

console.log(`\nBuild: ${(buildMs / 1000).toFixed(2)} s (astro build, including data validation, figures, PNGs)\n`);

// Page weight: the HTML plus every stylesheet and script it loads, raw and gzip.
const files = readdirSync(out, { recursive: true, encoding: 'utf8' });
console.log(pad(['page', 'HTML', 'CSS', 'JS', 'total gzip'], [48, 12, 12, 10, 12]));
for (const page of files.filter((f) => f.endsWith('.html')).sort()) {
  const html = readFileSync(path.join(out, page), 'utf8');
  const assets = (re: RegExp) => [...html.matchAll(re)].map((m) => readFileSync(path.join(out, m[1]!.replace(/^\//, ''))));
  const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const js = assets(/<script[^>]+src="([^"]+)"/g);
  const inlineJs = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1]!));
  const sum = (list: Buffer[]) => list.reduce((n, b) => n + gz(b), 0);
  const total = gz(html) + sum(css) + sum([...js, ...inlineJs]);
  console.log(pad([page, kb(gz(html)), kb(sum(css)), kb(sum([...js, ...inlineJs])), kb(total)], [48, 12, 12, 10, 12]));
}

// Figures: render time (median of 20 fresh renders per width) and SVG size.
console.log(`\n${pad(['figure', 'width', 'render ms', 'SVG raw', 'SVG gzip'], [28, 7, 10, 10, 10])}`);
let figuresMs = 0;
for (const figure of allFigures()) {
  const rows = figure.rows();
  for (const [variant, width] of Object.entries(chartWidths)) {
    const times: number[] = [];
    let svg = '';
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      svg = figure.render(rows, { width, idPrefix: `${figure.id}-${variant}-`, labelledBy: 'a b' });
      times.push(performance.now() - t0);
    }
    const median = times.sort((a, b) => a - b)[10]!;
    figuresMs += median;
    console.log(pad([figure.id, width, median.toFixed(2), kb(Buffer.byteLength(svg)), kb(gz(svg))], [28, 7, 10, 10, 10]));
  }
}
const share = (figuresMs / buildMs) * 100;
console.log(`\nAll figures, both widths: ${figuresMs.toFixed(1)} ms = ${share.toFixed(2)} % of the build time (target < 5 %)`);
const dist = files.reduce((n, f) => n + (statSync(path.join(out, f)).isFile() ? statSync(path.join(out, f)).size : 0), 0);
console.log(`dist: ${files.length} entries, ${kb(dist)}`);
rmSync(out, { recursive: true, force: true });

// Figure files: every type at 10, 1 000 and 100 000 rows, and the size budget.
await import('./bench-types');

if (!process.argv.includes('--small')) {
  console.log('\nLarge synthetic report (scripts/bench-large.ts)…');
  await import('./bench-large');
}

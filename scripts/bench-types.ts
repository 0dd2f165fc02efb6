// The figure-type benchmark: for each type of figure file, synthetic CSVs of 10, 1 000 and
// 100 000 rows in a temporary folder, then per case: CSV read + prepare time, render time at both
// widths (median of 5), SVG size raw and gzip, marks drawn, and the note added when the data was
// cut or averaged; then the size budget (every chart < 30 KB gzip). Prints; asserts nothing (the
// budget is asserted in tests/figures/sizes.test.ts).
// Usage: npx vite-node scripts/bench-types.ts (also run by npm run bench, with or without --small)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { prepare, readFigureFile, type FigureFile } from '../src/figures/declarative';
import type { FigureSpec } from '../src/schemas/figure';
import type { DataError } from '../src/data/csv';
import { chartWidths } from '../src/styles/theme';
import { figureYaml, syntheticCsv, typeCases, type TypeCase } from './synthetic-figures';

const sizes = [10, 1_000, 100_000];
const widths = [chartWidths.narrow, chartWidths.wide] as const;
/** Largest SVG allowed, gzip (default level, as in the tests). */
const budget = 30 * 1024;
const renders = 5;

/** Sizes a type cannot draw: the line printed instead of measures, and the sizes it can draw (measured in addition). */
const limits: Partial<Record<TypeCase['type'], { refused: (rows: number) => boolean; label: string; extra: number }>> = {
  anneau: { refused: (rows) => rows > 6, label: 'n/a (6 parts au plus : erreur claire)', extra: 6 },
  'carte-regions': { refused: (rows) => rows > 17, label: 'n/a (17 régions, une ligne chacune : erreur claire)', extra: 17 },
};

interface Result {
  name: string;
  type: TypeCase['type'];
  rows: number;
  /** Measured, refused with a clear message (expected), or failed (a bug). */
  status: 'measured' | 'refused' | 'failed';
  message?: string;
  prepareMs?: number;
  /** CPU time of the read + prepare (steadier than the wall clock on a busy machine). */
  prepareCpuMs?: number;
  renderMs?: number[];
  raw?: number[];
  gzip?: number[];
  marks?: string;
  note?: string;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** What an SVG draws: marks carrying data-value, or the regions of a map, or the rows of a table drawing. */
function marksOf(svg: string): string {
  const count = (re: RegExp) => svg.match(re)?.length ?? 0;
  const values = count(/\sdata-value="/g);
  if (values) return String(values);
  // Note: a region inside the Montréal inset is drawn twice (overview and inset); count it once.
  const regions = new Set(svg.match(/\sdata-region="[^"]*"/g) ?? []).size;
  if (regions) return `${regions} rég.`;
  return `${count(/<g transform="translate\(0,/g)} lignes`;
}

/** Reads, prepares and renders one case; a refused case keeps its first message and how many followed. */
function measure(testCase: TypeCase, rows: number, dir: string): Result {
  const id = `${slug(testCase.name)}-${rows}`;
  const csv = `${id}.csv`;
  writeFileSync(path.join(dir, csv), syntheticCsv(testCase.shape, rows));
  const yaml = path.join(dir, `${id}.yaml`);
  writeFileSync(yaml, figureYaml(testCase, csv));
  const result: Result = { name: testCase.name, type: testCase.type, rows, status: 'measured' };
  const shorten = (text: string) => text.split(`${dir}${path.sep}`).join('');
  const started = performance.now();
  const cpu = process.cpuUsage();
  try {
    const file = readFigureFile(yaml, dir);
    const problems: DataError[] = [...file.problems];
    const prepared = problems.length ? undefined : prepare(file as FigureFile & { spec: FigureSpec }, problems);
    result.prepareMs = performance.now() - started;
    const used = process.cpuUsage(cpu);
    result.prepareCpuMs = (used.user + used.system) / 1000;
    if (problems.length || !prepared) {
      result.status = 'refused';
      result.message = shorten(problems[0]?.message ?? 'aucun message') + (problems.length > 1 ? ` (+ ${problems.length - 1} autres messages)` : '');
      return result;
    }
    result.renderMs = [];
    result.raw = [];
    result.gzip = [];
    for (const width of widths) {
      const times: number[] = [];
      let svg = '';
      for (let i = 0; i < renders; i++) {
        const t0 = performance.now();
        svg = prepared.render({ width, idPrefix: `${id}-${width}-`, labelledBy: 'a b' });
        times.push(performance.now() - t0);
      }
      result.renderMs.push(median(times));
      result.raw.push(Buffer.byteLength(svg));
      result.gzip.push(gzipSync(svg).length);
      result.marks = marksOf(svg);
    }
    result.note = prepared.notes.join(' ') || undefined;
  } catch (error) {
    if (result.prepareMs === undefined) {
      result.prepareMs = performance.now() - started;
      const used = process.cpuUsage(cpu);
      result.prepareCpuMs = (used.user + used.system) / 1000;
    }
    result.status = 'failed';
    result.message = shorten(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  }
  return result;
}

/** Runs every case and prints the table, the messages of refused cases and the budget check. */
function benchTypes(): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'tiess-bench-types-'));
  const started = performance.now();
  try {
    // Note: one untimed pass over the small cases first, so the first case measured does not pay
    // for loading modules and warming the JIT (in its own folder: the CSV reader caches by file).
    const warm = path.join(dir, 'warm-up');
    mkdirSync(warm);
    for (const testCase of typeCases) measure(testCase, limits[testCase.type]?.extra ?? 10, warm);
    const results: Result[] = [];
    for (const testCase of typeCases) {
      const limit = limits[testCase.type];
      const counts = [...new Set([...sizes, ...(limit ? [limit.extra] : [])])].sort((a, b) => a - b);
      for (const rows of counts) results.push(measure(testCase, rows, dir));
    }
    print(results, performance.now() - started);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function print(results: Result[], totalMs: number): void {
  const widthsOf = [26, 8, 9, 9, 8, 8, 9, 8, 9, 8, 9];
  const pad = (cells: (string | number)[]) =>
    cells.map((c, i) => (i === 0 ? String(c).padEnd(widthsOf[i]!) : i < widthsOf.length ? String(c).padStart(widthsOf[i]!) : `  ${c}`)).join(' ');
  const [narrow, wide] = widths;
  console.log('\nFigure files by type: synthetic CSVs (read + prepare once, cold, wall and CPU time; render median of 5; gzip at the default level)\n');
  console.log(pad(['case', 'rows', 'prep ms', 'prep cpu', `ms ${narrow}`, `ms ${wide}`, `raw ${narrow}`, `gz ${narrow}`, `raw ${wide}`, `gz ${wide}`, 'marks', 'note']));
  for (const r of results) {
    const rows = r.rows.toLocaleString('fr-CA');
    if (r.status === 'measured') {
      const note = r.note ? r.note.split(' ; ')[0]! : '—';
      console.log(pad([r.name, rows, r.prepareMs!.toFixed(1), r.prepareCpuMs!.toFixed(0), r.renderMs![0]!.toFixed(1), r.renderMs![1]!.toFixed(1), kb(r.raw![0]!), kb(r.gzip![0]!), kb(r.raw![1]!), kb(r.gzip![1]!), r.marks!, note]));
      continue;
    }
    const label = r.status === 'refused' ? (limits[r.type]?.label ?? 'refused') : 'FAILED (a bug)';
    const times = r.prepareMs === undefined ? ['—', '—'] : [r.prepareMs.toFixed(1), r.prepareCpuMs!.toFixed(0)];
    console.log(`${pad([r.name, rows, ...times])}  ${label}`);
    console.log(`${' '.repeat(widthsOf[0]! + 1)}→ ${r.message}`);
  }
  console.log(`\n${results.length} cases in ${(totalMs / 1000).toFixed(1)} s (wall clock; load average ${loadavg()[0]!.toFixed(1)} at the end)`);

  const offenders = results.filter((r) => r.status === 'measured' && r.gzip!.some((g) => g >= budget));
  const failed = results.filter((r) => r.status === 'failed');
  const refusedWrongly = results.filter((r) => r.status === 'refused' && !limits[r.type]?.refused(r.rows));
  const acceptedWrongly = results.filter((r) => r.status === 'measured' && limits[r.type]?.refused(r.rows));
  if (!offenders.length && !failed.length && !refusedWrongly.length && !acceptedWrongly.length) {
    console.log(`Budget (every chart < ${kb(budget)} gzip at every size, both widths): « OK »`);
    return;
  }
  console.log(`Budget (every chart < ${kb(budget)} gzip at every size, both widths): NOT MET`);
  for (const r of offenders) console.log(`  over budget: ${r.name}, ${r.rows} rows: ${r.gzip!.map((g, i) => `${widths[i]} → ${kb(g)}`).join(', ')}`);
  for (const r of [...failed, ...refusedWrongly]) console.log(`  not measured: ${r.name}, ${r.rows} rows: ${r.message}`);
  for (const r of acceptedWrongly) console.log(`  drawn although it should be refused with a clear message: ${r.name}, ${r.rows} rows`);
}

benchTypes();

// What scripts/bench.ts and scripts/bench-large.ts share: astro builds in any folder with Astro's
// incremental build off (« before ») or on (« after »), a one-cell CSV change, a one-word chapter
// change, and the numbers of both scripts, printed at the end as one summary against the targets.
// Not run on its own.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

/** Project root. */
export const root = path.resolve(import.meta.dirname, '..');

// Note: vite-node (like vitest) mirrors import.meta.env into process.env (BASE_URL=/ …); a child
// build must not inherit those, or Vite would take BASE_URL from them (as tests/helpers/build.ts).
// Nor NODE_ENV, which vite-node sets to « development »: a build under it is not a production
// build (import.meta.env.DEV is true, so the figure cache is off and every figure is drawn).
const viteEnvKeys = /^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|VITE_NODE.*|TEST|NODE_ENV)$/;

/** The environment of a child build: ours without the Vite keys, deployment-like (SITE_URL set), no telemetry, no colours. */
export function childEnv(env: Record<string, string>): Record<string, string> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => !viteEnvKeys.test(e[0]) && e[1] !== undefined));
  return { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', SITE_URL: 'https://rapport.example.org', ...env };
}

/** Runs `astro build` in `cwd` (the project, or a copy of another commit) and times it (wall clock). */
export function astroBuild(cwd: string, env: Record<string, string>): { ok: boolean; seconds: number; output: string } {
  const started = performance.now();
  const result = spawnSync(process.execPath, [path.join(cwd, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd,
    env: childEnv(env),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 1_800_000,
  });
  const seconds = (performance.now() - started) / 1000;
  return { ok: result.status === 0, seconds, output: `${result.stdout ?? ''}\n${result.stderr ?? ''}${result.error ? `\n${result.error.message}` : ''}` };
}

/** The figure-cache line of a build's output (« figures : 5 dessinées, 0 reprises du cache ; … »), without its timestamp. */
export function figureCacheLine(output: string): string | undefined {
  return output
    .split('\n')
    .find((line) => line.includes('figure-cache]'))
    ?.replace(/^.*?(\[tiess:figure-cache\])/, '$1')
    .trim();
}

/** How many pages a build copied from Astro's incremental build cache instead of rendering them (its « (cached) » and « (restored) » lines). */
export const reusedPages = (output: string): number => output.split('\n').filter((line) => /\((cached|restored)\)\s*$/.test(line)).length;

/** Changes one numeric cell of a CSV (the last cell of its last row, plus one); returns what changed. */
export function bumpOneCell(file: string): string {
  const text = readFileSync(file, 'utf8');
  const lines = text.split(/\r?\n/);
  let row = lines.length - 1;
  while (row > 0 && !lines[row]!.trim()) row -= 1;
  const cells = lines[row]!.split(',');
  const last = cells.at(-1)!;
  if (row === 0 || !/^\d+$/.test(last.trim())) throw new Error(`${file}: no integer in the last cell of the last row (« ${lines[row]} »)`);
  cells[cells.length - 1] = String(Number(last) + 1);
  const before = lines[row]!;
  lines[row] = cells.join(',');
  writeFileSync(file, lines.join('\n'));
  return `${path.basename(file)}, row ${row}: « ${before} » → « ${lines[row]} »`;
}

/** The two sides of every comparison: Astro's incremental build off (INCREMENTAL_BUILD=0) and on (the default). */
export const modes = [
  { label: 'before', env: { INCREMENTAL_BUILD: '0' }, what: 'incremental off' },
  { label: 'after', env: {}, what: 'incremental on' },
] as const;
export type Mode = (typeof modes)[number]['label'];

/** Changes one word of a chapter's text (the first word of 6 letters or more in its first paragraph); returns what changed. */
export function changeOneWord(file: string): string {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const header = lines.indexOf('---', 1);
  const row = lines.findIndex((line, i) => i > header && /^[A-ZÀ-Ýa-zà-ý]/.test(line) && /[A-Za-zÀ-ÿ]{6,}/.test(line));
  if (header < 0 || row < 0) throw new Error(`${file}: no paragraph to change`);
  const before = /[A-Za-zÀ-ÿ]{6,}/.exec(lines[row]!)![0];
  lines[row] = lines[row]!.replace(before, `${before}x`);
  writeFileSync(file, lines.join('\n'));
  return `${path.basename(file)}, line ${row + 1}: « ${before} » → « ${before}x »`;
}

export interface RealReportRun {
  seconds: number;
  /** The chapter page, gzip: HTML + CSS + JS, and the JS alone (bytes); undefined when the page is missing. */
  pageGzip?: number;
  jsGzip?: number;
}

export interface LargeRun {
  seconds: number;
  rssMb: number;
}

/** The builds measured on each side (incremental off, on). */
export interface Side<Run> {
  cold?: Run;
  /** Warm, nothing changed. */
  same?: Run;
  /** Warm, one word of one chapter changed (the real report). */
  word?: Run;
  /** Warm, one CSV changed. */
  csv?: Run;
}

/** The measures both scripts make, for the summary (absent when a part was skipped). */
export const benchSummary: {
  real: Record<Mode, Side<RealReportRun>>;
  large: { chapters?: number } & Record<Mode, Side<LargeRun>>;
} = { real: { before: {}, after: {} }, large: { before: {}, after: {} } };

/** The targets: issue 14's (build time, memory, chapter page weight) and issue 20's (warm rebuilds with incremental builds). */
export const targets = { coldSeconds: 120, rssMb: 2048, csvShare: 0.25, sameShare: 0.15, pageKb: 34, jsKb: 5 };

/** Prints the measures against the targets: before (incremental off), after (on), target, ok / MISSED. */
export function printSummary(): void {
  const { real, large } = benchSummary;
  const n = large.chapters ?? 200;
  const s = (v?: number) => (v === undefined ? '—' : `${v.toFixed(1)} s`);
  const mb = (v?: number) => (v === undefined ? '—' : `${Math.round(v)} MB`);
  const kb = (bytes?: number) => (bytes === undefined ? '—' : `${(bytes / 1024).toFixed(1)} KB`);
  const verdict = (value: number | undefined, limit: number) => (value === undefined ? 'n/a' : value <= limit ? 'ok' : 'MISSED');
  const share = (warm?: number, cold?: number) => (warm === undefined || !cold ? undefined : warm / cold);
  const pct = (v?: number) => (v === undefined ? '—' : `${Math.round(v * 100)} %`);
  const both = (f: (side: Side<LargeRun>) => number | undefined) => [f(large.before), f(large.after)] as const;
  const [csvBefore, csvAfter] = both((side) => share(side.csv?.seconds, side.cold?.seconds));
  const [sameBefore, sameAfter] = both((side) => share(side.same?.seconds, side.cold?.seconds));
  const wordShare = share(real.after.word?.seconds, real.after.cold?.seconds);
  const wordVerdict = wordShare === undefined ? 'n/a' : wordShare < 1 ? 'ok' : 'MISSED';
  const faster = wordShare === undefined ? '' : ` (${s(real.after.cold!.seconds - real.after.word!.seconds)} less, ${Math.round((1 - wordShare) * 100)} % faster)`;
  const rows: [string, string, string, string, string][] = [
    [`${n} chapters, cold build`, s(large.before.cold?.seconds), s(large.after.cold?.seconds), `≤ ${targets.coldSeconds} s`, verdict(large.after.cold?.seconds, targets.coldSeconds)],
    [`${n} chapters, peak RSS`, mb(large.before.cold?.rssMb), mb(large.after.cold?.rssMb), `≤ ${String(targets.rssMb).replace(/\B(?=(\d{3})+$)/g, ' ')} MB`, verdict(large.after.cold?.rssMb, targets.rssMb)],
    [`${n} chapters, warm after one CSV`, pct(csvBefore), pct(csvAfter), `≤ ${targets.csvShare * 100} % of cold`, verdict(csvAfter, targets.csvShare)],
    [`${n} chapters, warm, nothing changed`, pct(sameBefore), pct(sameAfter), `≤ ${targets.sameShare * 100} % of cold`, verdict(sameAfter, targets.sameShare)],
    ['real report, one word changed', s(real.before.word?.seconds), s(real.after.word?.seconds), `< cold, ${s(real.after.cold?.seconds)}${faster}`, wordVerdict],
    ['real report, cold build', s(real.before.cold?.seconds), s(real.after.cold?.seconds), '', ''],
    ['real report, warm, nothing changed', s(real.before.same?.seconds), s(real.after.same?.seconds), `for information (${pct(share(real.after.same?.seconds, real.after.cold?.seconds))} of cold)`, ''],
    ['real report, warm after one CSV', s(real.before.csv?.seconds), s(real.after.csv?.seconds), `for information (${pct(share(real.after.csv?.seconds, real.after.cold?.seconds))} of cold)`, ''],
    ['chapter page, gzip (HTML+CSS+JS)', kb(real.before.cold?.pageGzip), kb(real.after.cold?.pageGzip), `≤ ${targets.pageKb} KB`, verdict(real.after.cold?.pageGzip, targets.pageKb * 1024)],
    ['chapter page, JS gzip', kb(real.before.cold?.jsGzip), kb(real.after.cold?.jsGzip), `≤ ${targets.jsKb} KB`, verdict(real.after.cold?.jsGzip, targets.jsKb * 1024)],
  ];
  console.log(`\n${'Targets: before = incremental off, after = on'.padEnd(36)}  ${'before'.padStart(9)}  ${'after'.padStart(9)}  target`);
  for (const [label, before, after, target, ok] of rows) {
    console.log(`${label.padEnd(36)}  ${before.padStart(9)}  ${after.padStart(9)}  ${target.padEnd(44)}${ok}`.trimEnd());
  }
}

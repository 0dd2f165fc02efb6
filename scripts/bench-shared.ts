// What scripts/bench.ts and scripts/bench-large.ts share: the baseline tree (the commit before the
// work measured, extracted with git archive), astro builds in any folder, a one-cell CSV change,
// and the numbers of both scripts, printed at the end as one summary against the targets.
// Not run on its own.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  const result = spawnSync(process.execPath, [path.join(cwd, 'node_modules/astro/astro.js'), 'build'], {
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

/** The tree of `commit` in a temporary folder, with the project's node_modules linked in; or why not. */
export function extractBaseline(commit: string): { dir: string } | { skipped: string } {
  const verify = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${commit}^{commit}`], { cwd: root, encoding: 'utf8' });
  if (verify.error) return { skipped: `git is not available (${verify.error.message})` };
  if (verify.status !== 0) return { skipped: `commit ${commit} is not in this repository` };
  const dir = mkdtempSync(path.join(tmpdir(), `tiess-baseline-${commit.slice(0, 12)}-`));
  const tar = path.join(dir, 'tree.tar');
  const archive = spawnSync('git', ['archive', '--format=tar', '-o', tar, commit], { cwd: root, encoding: 'utf8' });
  const extract = archive.status === 0 ? spawnSync('tar', ['-xf', tar, '-C', dir], { encoding: 'utf8' }) : undefined;
  if (archive.status !== 0 || extract?.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return { skipped: `git archive ${commit} | tar -x failed: ${(archive.stderr || extract?.stderr || extract?.error?.message || '').trim()}` };
  }
  rmSync(tar);
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  return { dir };
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

/** The measures both scripts make, for the summary (absent when a part was skipped). */
export const benchSummary: {
  baselineCommit?: string;
  real: { before?: RealReportRun; cold?: RealReportRun; warm?: RealReportRun; warmCsv?: RealReportRun };
  large: { chapters?: number; before?: LargeRun; cold?: LargeRun; warmCsv?: LargeRun };
} = { real: {}, large: {} };

/** The targets of issue 14 (build time, memory, warm rebuild, chapter page weight). */
export const targets = { coldSeconds: 120, rssMb: 2048, warmShare: 0.25, pageKb: 34, jsKb: 5 };

/** Prints the measures against the targets: before, after, target, ok / MISSED. */
export function printSummary(): void {
  const { real, large, baselineCommit } = benchSummary;
  const n = large.chapters ?? 200;
  const s = (v?: number) => (v === undefined ? '—' : `${v.toFixed(1)} s`);
  const mb = (v?: number) => (v === undefined ? '—' : `${Math.round(v)} MB`);
  const kb = (bytes?: number) => (bytes === undefined ? '—' : `${(bytes / 1024).toFixed(1)} KB`);
  const verdict = (value: number | undefined, limit: number) => (value === undefined ? 'n/a' : value <= limit ? 'ok' : 'MISSED');
  const share = (warm?: number, cold?: number) => (warm === undefined || !cold ? undefined : warm / cold);
  const pct = (v?: number) => (v === undefined ? '' : ` (${Math.round(v * 100)} %)`);
  const largeShare = share(large.warmCsv?.seconds, large.cold?.seconds);
  const realShare = share(real.warmCsv?.seconds, real.cold?.seconds);
  const rows: [string, string, string, string, string][] = [
    [`${n} chapters, cold build`, s(large.before?.seconds), s(large.cold?.seconds), `≤ ${targets.coldSeconds} s`, verdict(large.cold?.seconds, targets.coldSeconds)],
    [`${n} chapters, peak RSS`, mb(large.before?.rssMb), mb(large.cold?.rssMb), `≤ ${String(targets.rssMb).replace(/\B(?=(\d{3})+$)/g, ' ')} MB`, verdict(large.cold?.rssMb, targets.rssMb)],
    [`${n} chapters, warm after one CSV`, '—', s(large.warmCsv?.seconds), `≤ ${targets.warmShare * 100} % of cold${pct(largeShare)}`, verdict(largeShare, targets.warmShare)],
    ['chapter page, gzip (HTML+CSS+JS)', kb(real.before?.pageGzip), kb(real.cold?.pageGzip), `≤ ${targets.pageKb} KB`, verdict(real.cold?.pageGzip, targets.pageKb * 1024)],
    ['chapter page, JS gzip', kb(real.before?.jsGzip), kb(real.cold?.jsGzip), `≤ ${targets.jsKb} KB`, verdict(real.cold?.jsGzip, targets.jsKb * 1024)],
    ['real report build', s(real.before?.seconds), s(real.cold?.seconds), '', ''],
    ['real report, warm after one CSV', '—', s(real.warmCsv?.seconds), `for information${pct(realShare)}`, ''],
  ];
  const header = `Targets (issue 14)${baselineCommit ? `, before = ${baselineCommit}` : ''}`;
  console.log(`\n${header.padEnd(36)}  ${'before'.padStart(9)}  ${'after'.padStart(9)}  target`);
  for (const [label, before, after, target, ok] of rows) {
    console.log(`${label.padEnd(36)}  ${before.padStart(9)}  ${after.padStart(9)}  ${target.padEnd(28)}${ok}`.trimEnd());
  }
}

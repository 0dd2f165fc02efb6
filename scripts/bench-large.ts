// The large-report benchmark: builds synthetic reports of 50, 100 and 200 chapters (5 figures per
// chapter, CSVs up to 100 000 rows, the map in one chapter out of ten) in temporary copies of the
// project, each cold (fresh Astro and figure caches inside the copy), and prints build time, peak
// memory, build time per figure, dist size and growth. The largest size is built on both sides,
// Astro's incremental build off (before, INCREMENTAL_BUILD=0) and on (after): cold, then warm with
// nothing changed, then warm after one CSV changed (caches kept, dist/ removed; with the pages
// copied from the incremental cache, the figure-cache line and warm/cold); then the summary against
// the targets (with the real report's numbers when run by scripts/bench.ts).
// Usage: npm run bench (runs it last, unless --small), or npx vite-node scripts/bench-large.ts;
// BENCH_CHAPTERS=20,40 for other sizes (the largest gets both sides and the warm builds), BENCH_LOG=info
// to see the build logs, BENCH_KEEP=1 to keep the copies. Several minutes; nothing is asserted.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { benchSummary, bumpOneCell, childEnv, figureCacheLine, modes, printSummary, reusedPages, root, type Mode } from './bench-shared';

const sizes = [1_000, 5_000, 20_000, 50_000, 100_000];
const categories = ['Arts et culture', 'Habitation', 'Alimentation', 'Services aux personnes', 'Loisirs et tourisme', 'Environnement', 'Commerce de détail', 'Transport'];

function dirSize(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((n, f) => {
    const s = statSync(path.join(dir, f));
    return n + (s.isFile() ? s.size : 0);
  }, 0);
}

/** A copy of the project in `from` with `chapters` synthetic chapters and 5 figures each. */
function syntheticProject(chapters: number, from: string, label: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `tiess-large-${chapters}-${label}-`));
  for (const entry of ['src', 'data', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(path.join(from, entry), path.join(dir, entry), { recursive: true });
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  rmSync(path.join(dir, 'src/content/chapters'), { recursive: true });
  mkdirSync(path.join(dir, 'src/content/chapters'));

  // Datasets: one CSV per size, rows spread over the categories, read by one shared schema.
  for (const rows of sizes) {
    const lines = ['id,categorie,valeur'];
    for (let i = 0; i < rows; i++) lines.push(`r${i},${categories[(i * 7) % categories.length]},${(i * 37) % 1000}`);
    writeFileSync(path.join(dir, `data/synthese-${rows}.csv`), `${lines.join('\n')}\n`);
  }
  writeFileSync(
    path.join(dir, 'src/data/synthese.ts'),
    `import { z } from 'astro/zod';
import type { DatasetDefinition } from './csv';
import { id, integer, text } from './cells';
export const syntheseRow = z.object({ id: id(), categorie: text(), valeur: integer(0) });
export const syntheseDatasets: DatasetDefinition<typeof syntheseRow>[] = ${JSON.stringify(sizes)}.map((n) => ({ file: \`synthese-\${n}.csv\`, schema: syntheseRow, key: 'id' }));
`,
  );
  const figureCount = chapters * 5;
  writeFileSync(
    path.join(dir, 'src/figures/synthese.ts'),
    `import { defineFigure } from './types';
import { renderBarChart } from '../charts/bars/bars';
import { loadDataset } from '../data/csv';
import { syntheseDatasets } from '../data/synthese';
import { formatNumber } from '../utils/format';
type Row = { categorie: string; total: number };
export const syntheseFigures = Array.from({ length: ${figureCount} }, (_, i) => {
  const dataset = syntheseDatasets[i % syntheseDatasets.length]!;
  return defineFigure<Row>({
    id: \`synthese-\${String(i + 1).padStart(4, '0')}\`,
    kind: 'chart',
    title: \`Figure synthétique \${i + 1}\`,
    description: (rows) => \`Diagramme à barres de \${rows.length} catégories.\`,
    source: 'Données synthétiques du banc d’essai.',
    datasets: [dataset.file],
    rows: () => {
      const totals = new Map<string, number>();
      for (const r of loadDataset(dataset)) totals.set(r.categorie, (totals.get(r.categorie) ?? 0) + r.valeur * ((i % 5) + 1));
      return [...totals].map(([categorie, total]) => ({ categorie, total })).sort((a, b) => b.total - a.total);
    },
    columns: [
      { label: 'Catégorie', value: (r) => r.categorie },
      { label: 'Total', value: (r) => r.total, format: (r) => formatNumber(r.total), numeric: true },
    ],
    render: (rows, request) =>
      renderBarChart(
        { categories: rows.map((r, k) => ({ key: String(k), label: r.categorie })), series: [{ key: 'total', label: 'Total' }], values: [rows.map((r) => r.total)] },
        { ...request, orientation: 'horizontal', layout: 'single', format: (v) => formatNumber(v), valueLabel: 'Total' },
      ),
  });
});
`,
  );
  const paragraph = 'Lorem du banc d’essai : un paragraphe de texte courant, de la longueur d’un paragraphe du rapport, pour que les pages aient le poids de vraies pages. '.repeat(4);
  for (let c = 1; c <= chapters; c++) {
    const figures = Array.from({ length: 5 }, (_, k) => `<Figure id="synthese-${String((c - 1) * 5 + k + 1).padStart(4, '0')}" />`);
    const map = c % 10 === 0 ? '\n<Figure id="carte-poles" />\n' : '';
    writeFileSync(
      path.join(dir, `src/content/chapters/chapitre-${String(c).padStart(3, '0')}.mdx`),
      `---\ntitre: "Chapitre ${c}"\npartie: "${(c % 6) + 1}. Partie"\nordre: ${c}\nresume: "Chapitre synthétique ${c}."\npages:\n  debut: ${c}\n  fin: ${c}\n---\n\n## Section A <Ancre id="a" />\n\n${paragraph}\n\n${figures.slice(0, 3).join('\n\n')}\n${map}\n## Section B <Ancre id="b" />\n\n${paragraph}\n\n${figures.slice(3).join('\n\n')}\n`,
    );
  }
  writeFileSync(
    path.join(dir, 'bench-build.mjs'),
    `import { build } from 'astro';\nconst t0 = performance.now();\nawait build({ root: process.cwd(), logLevel: process.env.BENCH_LOG ?? 'error' });\nconsole.log(JSON.stringify({ ms: performance.now() - t0, maxRssKb: process.resourceUsage().maxRSS }));\n`,
  );
  return dir;
}

/** Builds a synthetic copy (dist/ and the caches inside it); the time and peak memory of the build, its output. */
function buildSynthetic(dir: string, what: string, env: Record<string, string> = {}): { ms: number; maxRssKb: number; output: string } {
  const result = spawnSync(process.execPath, ['bench-build.mjs'], {
    cwd: dir,
    encoding: 'utf8',
    // Note: explicit caches in the copy; info logs for the figure-cache line and the reused pages.
    env: childEnv({
      ...env,
      OUT_DIR: path.join(dir, 'dist'),
      ASTRO_CACHE_DIR: path.join(dir, '.cache/astro'),
      FIGURE_CACHE_DIR: path.join(dir, '.cache/figures'),
      BENCH_LOG: process.env.BENCH_LOG || 'info',
    }),
    maxBuffer: 256 * 1024 * 1024,
  });
  const last = result.stdout?.trim().split('\n').at(-1) ?? '';
  if (result.status !== 0 || !last.startsWith('{')) throw new Error(`build of ${what} failed:\n${result.stdout}\n${result.stderr}`);
  if (process.env.BENCH_LOG) console.log(result.stdout);
  const { ms, maxRssKb } = JSON.parse(last) as { ms: number; maxRssKb: number };
  // The chapters' headings end in <Ancre id="a" /> (the authors' syntax, src/markdown/remark-heading-ids.ts): both trees must make them the headings' ids.
  const chapter = path.join(dir, 'dist/chapitres/chapitre-001/index.html');
  const html = existsSync(chapter) ? readFileSync(chapter, 'utf8') : '';
  if (!/<h2[^>]*\bid="a"/.test(html) || !/<h2[^>]*\bid="b"/.test(html)) console.log(`  warning: ${what}: the headings of chapitre-001 lack their <Ancre /> ids (a and b)`);
  return { ms, maxRssKb, output: `${result.stdout}\n${result.stderr}` };
}

interface Result {
  run: string;
  chapters: number;
  figures: number;
  seconds: number;
  rssMb: number;
  msPerFigure: number;
  distMb: number;
  pages: number;
  /** The last column: growth, warm/cold or after/before. */
  note: string;
}

const results: Result[] = [];
const runs = (process.env.BENCH_CHAPTERS ? process.env.BENCH_CHAPTERS.split(',').map(Number) : [50, 100, 200]).filter((n) => Number.isInteger(n) && n > 0);
const largest = Math.max(...runs);
const measured = (run: string, chapters: number, dir: string, build: { ms: number; maxRssKb: number }): Result => {
  const figures = chapters * 5 + Math.floor(chapters / 10);
  const pages = readdirSync(path.join(dir, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
  const seconds = build.ms / 1000;
  return { run, chapters, figures, seconds, rssMb: build.maxRssKb / 1024, msPerFigure: build.ms / figures, distMb: dirSize(path.join(dir, 'dist')) / 1024 / 1024, pages, note: '' };
};
const remove = (dir: string) => {
  if (process.env.BENCH_KEEP) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
};

let warmOf: Result | undefined;
for (const chapters of runs) {
  // The largest size on both sides (incremental off, then on); the others with incremental on.
  const sides = chapters === largest ? modes : modes.filter((m) => m.label === 'after');
  for (const mode of sides) {
    const dir = syntheticProject(chapters, root, mode.label);
    try {
      const cold = measured(`${mode.label}, cold`, chapters, dir, buildSynthetic(dir, `${chapters} chapters (${mode.what}, cold)`, mode.env));
      const previous = results.filter((r) => r.run === 'after, cold').at(-1);
      if (previous && mode.label === 'after') cold.note = `× ${(cold.seconds / previous.seconds).toFixed(2)} for × ${(cold.chapters / previous.chapters).toFixed(1)} chapters`;
      results.push(cold);
      console.log(`${chapters} chapters built in ${cold.seconds.toFixed(1)} s (${mode.what}, cold), peak RSS ${cold.rssMb.toFixed(0)} MB`);
      if (chapters !== largest) continue;
      benchSummary.large.chapters = chapters;
      const side = benchSummary.large[mode.label as Mode];
      side.cold = { seconds: cold.seconds, rssMb: cold.rssMb };
      // Warm: the same copy, its caches kept, dist/ removed; nothing changed, then one value of one CSV.
      const warm = (what: string, key: 'same' | 'csv') => {
        rmSync(path.join(dir, 'dist'), { recursive: true, force: true });
        const build = buildSynthetic(dir, `${chapters} chapters (${mode.what}, warm, ${what})`, mode.env);
        const result = measured(`${mode.label}, warm, ${what}`, chapters, dir, build);
        result.note = `warm/cold ${Math.round((result.seconds / cold.seconds) * 100)} %, ${reusedPages(build.output)} pages reused`;
        results.push(result);
        side[key] = { seconds: result.seconds, rssMb: result.rssMb };
        console.log(`${chapters} chapters rebuilt in ${result.seconds.toFixed(1)} s (${mode.what}, warm, ${what})`);
        console.log(`  ${figureCacheLine(build.output) ?? '(no figure-cache line in the build output)'}`);
        return result;
      };
      warm('nothing changed', 'same');
      const changed = bumpOneCell(path.join(dir, `data/synthese-${sizes[0]}.csv`));
      console.log(`  changed: ${changed}`);
      warmOf = warm('one CSV', 'csv');
    } finally {
      remove(dir);
    }
  }
}

const widths = [30, 8, 7, 5, 7, 11, 9, 7];
const row = (cells: (string | number)[]) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  ');
console.log(`\n${row(['run', 'chapters', 'figures', 'pages', 'build s', 'peak RSS MB', 'ms/figure', 'dist MB'])}  growth, warm/cold`);
for (const r of results) {
  console.log(`${row([r.run, r.chapters, r.figures, r.pages, r.seconds.toFixed(1), r.rssMb.toFixed(0), r.msPerFigure.toFixed(1), r.distMb.toFixed(1)])}  ${r.note}`.trimEnd());
}
if (warmOf) console.log(`(warm: ${sizes[0]}-row CSV changed, read by ${Math.ceil((largest * 5) / sizes.length)} of the ${largest * 5} synthetic figures)`);

printSummary();

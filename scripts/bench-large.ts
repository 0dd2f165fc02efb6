// The large-report benchmark: builds synthetic reports of 50, 100 and 200 chapters (5 figures per
// chapter, CSVs up to 100 000 rows, the map in one chapter out of ten) in temporary copies of the
// project, and prints build time, peak memory, build time per figure, dist size and growth.
// Usage: npm run bench -- --large   (several minutes; nothing is asserted)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const sizes = [1_000, 5_000, 20_000, 50_000, 100_000];
const categories = ['Arts et culture', 'Habitation', 'Alimentation', 'Services aux personnes', 'Loisirs et tourisme', 'Environnement', 'Commerce de détail', 'Transport'];

function dirSize(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((n, f) => {
    const s = statSync(path.join(dir, f));
    return n + (s.isFile() ? s.size : 0);
  }, 0);
}

/** A copy of the project with `chapters` synthetic chapters and 5 figures each. */
function syntheticProject(chapters: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), `tiess-large-${chapters}-`));
  for (const entry of ['src', 'data', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
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
      `---\ntitre: "Chapitre ${c}"\npartie: "${(c % 6) + 1}. Partie"\nordre: ${c}\nresume: "Chapitre synthétique ${c}."\npages:\n  debut: ${c}\n  fin: ${c}\n---\n\n## Section A {/* #a */}\n\n${paragraph}\n\n${figures.slice(0, 3).join('\n\n')}\n${map}\n## Section B {/* #b */}\n\n${paragraph}\n\n${figures.slice(3).join('\n\n')}\n`,
    );
  }
  writeFileSync(
    path.join(dir, 'bench-build.mjs'),
    `import { build } from 'astro';\nconst t0 = performance.now();\nawait build({ root: process.cwd(), logLevel: process.env.BENCH_LOG ?? 'error' });\nconsole.log(JSON.stringify({ ms: performance.now() - t0, maxRssKb: process.resourceUsage().maxRSS }));\n`,
  );
  return dir;
}

const results: { chapters: number; figures: number; seconds: number; rssMb: number; msPerFigure: number; distMb: number; pages: number }[] = [];
const runs = process.env.BENCH_CHAPTERS ? process.env.BENCH_CHAPTERS.split(',').map(Number) : [50, 100, 200];
for (const chapters of runs) {
  const dir = syntheticProject(chapters);
  try {
    const result = spawnSync(process.execPath, ['bench-build.mjs'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: path.join(dir, 'dist') },
      maxBuffer: 64 * 1024 * 1024,
    });
    const last = result.stdout.trim().split('\n').at(-1) ?? '';
    if (result.status !== 0 || !last.startsWith('{')) throw new Error(`build of ${chapters} chapters failed:\n${result.stdout}\n${result.stderr}`);
    const { ms, maxRssKb } = JSON.parse(last) as { ms: number; maxRssKb: number };
    const figures = chapters * 5 + Math.floor(chapters / 10);
    const pages = readdirSync(path.join(dir, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
    results.push({ chapters, figures, seconds: ms / 1000, rssMb: maxRssKb / 1024, msPerFigure: ms / figures, distMb: dirSize(path.join(dir, 'dist')) / 1024 / 1024, pages });
    console.log(`${chapters} chapters built in ${(ms / 1000).toFixed(1)} s`);
    if (process.env.BENCH_LOG) console.log(result.stdout);
  } finally {
    if (process.env.BENCH_KEEP) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

console.log('\nchapters  figures  pages  build s  peak RSS MB  ms/figure  dist MB  growth');
for (const [i, r] of results.entries()) {
  const growth = i === 0 ? '' : `× ${(r.seconds / results[i - 1]!.seconds).toFixed(2)} for × ${(r.chapters / results[i - 1]!.chapters).toFixed(0)} chapters`;
  console.log(
    `${String(r.chapters).padStart(8)}  ${String(r.figures).padStart(7)}  ${String(r.pages).padStart(5)}  ${r.seconds.toFixed(1).padStart(7)}  ${r.rssMb.toFixed(0).padStart(11)}  ${r.msPerFigure.toFixed(1).padStart(9)}  ${r.distMb.toFixed(1).padStart(7)}  ${growth}`,
  );
}

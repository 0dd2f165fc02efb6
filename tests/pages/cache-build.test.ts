import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, runBuildAsync } from '../helpers/build';
import { linkNodeModules } from '../helpers/editor';

// The figure cache and Astro's incremental build seen from outside, as a team and CI use them, in
// two copies of the project: `projet`, whose builds keep their caches from one build to the next,
// and `reference`, where each incremental build's cold counterpart (fresh caches) is built at the
// same time, one build per core.

const work = mkdtempSync(path.join(tmpdir(), 'tiess-cache-'));
const project = path.join(work, 'projet');
const reference = path.join(work, 'reference');
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  for (const copy of [project, reference]) {
    for (const entry of ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'src', 'data', 'public']) {
      cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true });
    }
    linkNodeModules(copy);
  }
});

/** The caches the builds of `projet` keep from one build to the next. */
const kept = { ASTRO_CACHE_DIR: path.join(work, 'incremental-astro'), FIGURE_CACHE_DIR: path.join(work, 'incremental-figures') };
let count = 0;
let extra: Record<string, string> = {};

/** Builds a copy (an output folder of its own): the files written, the pages copied from the incremental cache, the figure cache's line. */
const buildIn = async (copy: string, env: Record<string, string>) => {
  const outDir = path.join(work, `build-${++count}`);
  const { status, output } = await runBuildAsync({ ...env, ...extra, OUT_DIR: outDir }, copy);
  if (status !== 0) throw new Error(output);
  const reused = output.split('\n').flatMap((line) => /├─ (\S+) \((?:cached|restored)\)\s*$/.exec(line)?.[1] ?? []);
  const report = /figures : .*$/m.exec(output)?.[0];
  return { outDir, files: files(outDir), reused, report };
};

/** Every file of a build with its bytes, but the search index (its file names carry hashes of the whole index). */
function files(dir: string): Map<string, Buffer> {
  const list = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => !f.startsWith('pagefind') && /\.(html|csv|png|json|svg|xml|txt)$/.test(f));
  return new Map(list.sort().map((f) => [f, readFileSync(path.join(dir, f))]));
}

const changed = (a: Map<string, Buffer>, b: Map<string, Buffer>) => [...a.keys()].filter((f) => !b.has(f) || !a.get(f)!.equals(b.get(f)!));

// The first two builds of `projet` (caches empty, then kept): the figure cache's tests make them, the incremental build's first test reads them.
let first: Awaited<ReturnType<typeof buildIn>>;
let second: Awaited<ReturnType<typeof buildIn>>;

describe('the figure cache across builds', () => {
  it('a first build draws every figure and rasterises every PNG, and fills the cache', async () => {
    first = await buildIn(project, kept);
    expect(first.report).toMatch(/^figures : 5 dessinées \(carte-poles, carte-poles-par-region, jalons-initiatives, parler-au-nous-structure, poles-par-region\), 0 reprises du cache ; PNG : 5 produites, 0 reprises/);
    const entries = readdirSync(kept.FIGURE_CACHE_DIR);
    expect(entries.filter((f) => /^[0-9a-f]{32}\.json$/.test(f))).toHaveLength(5);
    // The verdicts of the build's checks: the chapter's MDX compiled, and each data file without references was valid.
    expect(entries.filter((f) => f.startsWith('mdx-'))).toHaveLength(1);
    expect(entries.filter((f) => f.startsWith('valid-')).length).toBeGreaterThan(0);
    // One PNG per figure, and the share cards (the home page's and the chapter's).
    expect(entries.filter((f) => f.endsWith('.png'))).toHaveLength(5 + 2);
    expect(entries.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 300_000);

  it('a second build takes every figure and PNG from the cache and writes the same site, byte for byte', async () => {
    second = await buildIn(project, kept);
    expect(second.report).toMatch(/^figures : 0 dessinées, 5 reprises du cache ; PNG : 0 produites, 5 reprises/);
    expect([...second.files.keys()]).toEqual([...first.files.keys()]);
    expect(changed(first.files, second.files)).toEqual([]);
  }, 300_000);

  it('after one CSV changes, draws again only the figure that reads it; a broken entry is drawn again', async () => {
    // The caches as the second build left them, and the data with one CSV changed, apart from the copy's own.
    const caches = { ASTRO_CACHE_DIR: path.join(work, 'csv-astro'), FIGURE_CACHE_DIR: path.join(work, 'csv-figures') };
    cpSync(kept.ASTRO_CACHE_DIR, caches.ASTRO_CACHE_DIR, { recursive: true });
    cpSync(kept.FIGURE_CACHE_DIR, caches.FIGURE_CACHE_DIR, { recursive: true });
    const data = path.join(work, 'csv-data');
    cpSync(path.join(project, 'data'), data, { recursive: true });
    const csv = path.join(data, 'poles-par-region.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('01,Bas-Saint-Laurent,1', '01,Bas-Saint-Laurent,4'));
    // An entry cut short: the cache must not trust it.
    const entry = readdirSync(caches.FIGURE_CACHE_DIR).find((f) => /^[0-9a-f]{32}\.json$/.test(f))!;
    const broken = readFileSync(path.join(caches.FIGURE_CACHE_DIR, entry), 'utf8');
    writeFileSync(path.join(caches.FIGURE_CACHE_DIR, entry), broken.slice(0, broken.length / 2));

    const after = await buildIn(project, { ...caches, REPORT_DATA_DIR: data });
    const drawn = /dessinées \(([^)]+)\)/.exec(after.report ?? '')?.[1]?.split(', ') ?? [];
    expect(drawn).toContain('poles-par-region');
    // The changed figure, and at most the one whose entry was broken.
    expect(drawn.length, after.report).toBeLessThanOrEqual(2);
    expect(after.report).toMatch(new RegExp(`, ${5 - drawn.length} reprises du cache`));

    const differ = changed(first.files, after.files);
    // The bar chart's own files and every page that shows or lists it (the chapter, the embed catalogue), nothing else.
    expect(differ).toContain('figures/poles-par-region.csv');
    expect(differ).toContain('figures/poles-par-region.png');
    expect(differ).toContain('embed/poles-par-region/index.html');
    expect(differ).toContain('chapitres/un-ecosysteme-tisse-serre/index.html');
    expect(differ.filter((f) => /carte-poles|jalons|parler-au-nous/.test(f))).toEqual([]);
    expect(readFileSync(path.join(after.outDir, 'figures/poles-par-region.csv'), 'utf8')).toContain('Bas-Saint-Laurent,4');
  }, 300_000);
});

// Astro's incremental build (experimental.incrementalBuild, keys from src/utils/page-keys.ts) copies
// a page from the previous build when its key and code are unchanged. A warm build must never be
// stale: after each kind of change, the incremental build is compared, file by file, with a cold
// build of the same sources (fresh caches), in copies of the project so that a component can change.
describe('incremental builds against cold ones, after each kind of change', () => {
  /** The incremental build of `projet` (caches kept) and, at the same time, a cold one of `reference` (fresh caches), both as they are now. */
  const warmAndCold = async () => {
    const fresh = { ASTRO_CACHE_DIR: path.join(work, `cold-astro-${count}`), FIGURE_CACHE_DIR: path.join(work, `cold-figures-${count}`) };
    const [warm, cold] = await Promise.all([buildIn(project, kept), buildIn(reference, fresh)]);
    expect([...warm.files.keys()]).toEqual([...cold.files.keys()]);
    expect(changed(cold.files, warm.files)).toEqual([]);
    return warm;
  };
  /** The same change in both copies. */
  const edit = (file: string, from: string | RegExp, to: string) => {
    for (const copy of [project, reference]) {
      const full = path.join(copy, file);
      const text = readFileSync(full, 'utf8');
      expect(text).toMatch(from);
      writeFileSync(full, text.replace(from, to));
    }
  };

  it('with nothing changed, copies every page that has a key from the previous build', () => {
    // The figure cache's first two builds above: the first with empty caches, the second with the first's.
    expect(first.reused).toEqual([]);
    expect(changed(first.files, second.files)).toEqual([]);
    // Every route with getStaticPaths(): chapter, embed, oEmbed, CSV and PNG of each figure, data files, share cards.
    for (const page of ['/chapitres/un-ecosysteme-tisse-serre/index.html', '/embed/carte-poles/index.html', '/embed/carte-poles/oembed.json', '/figures/carte-poles.csv', '/figures/carte-poles.png', '/donnees/poles.csv', '/partage/accueil.png']) {
      expect(second.reused).toContain(page);
    }
  });

  it('after a CSV changed: draws again the pages of the figure that reads it, copies the others', async () => {
    edit('data/poles-par-region.csv', '01,Bas-Saint-Laurent,1', '01,Bas-Saint-Laurent,4');
    const warm = await warmAndCold();
    expect(warm.reused).toContain('/figures/carte-poles.png');
    for (const page of ['/figures/poles-par-region.png', '/figures/poles-par-region.csv', '/embed/poles-par-region/index.html', '/chapitres/un-ecosysteme-tisse-serre/index.html', '/donnees/poles-par-region.csv']) {
      expect(warm.reused).not.toContain(page);
    }
  }, 300_000);

  it('after a figure file changed', async () => {
    edit('src/content/figures/poles-par-region.yaml', /^titre: .*$/m, 'titre: Un titre changé entre deux compilations');
    const warm = await warmAndCold();
    expect(warm.reused).not.toContain('/embed/poles-par-region/oembed.json');
    expect(readFileSync(path.join(warm.outDir, 'embed/poles-par-region/oembed.json'), 'utf8')).toContain('Un titre changé entre deux compilations');
  }, 300_000);

  it('after one word of a chapter changed', async () => {
    edit('src/content/chapters/un-ecosysteme-tisse-serre.mdx', 'la pandémie battait', 'la crise battait');
    const warm = await warmAndCold();
    expect(warm.reused).toContain('/figures/carte-poles.png');
    expect(readFileSync(path.join(warm.outDir, 'chapitres/un-ecosysteme-tisse-serre/index.html'), 'utf8')).toContain('la crise battait');
  }, 300_000);

  it('after a component changed', async () => {
    edit('src/components/KeyFigures.astro', '<section class="key-figures"', '<section data-essai="composant" class="key-figures"');
    const warm = await warmAndCold();
    expect(readFileSync(path.join(warm.outDir, 'chapitres/un-ecosysteme-tisse-serre/index.html'), 'utf8')).toContain('data-essai="composant"');
  }, 300_000);

  it('after the base path changed', async () => {
    extra = { BASE_PATH: '/sous-dossier/' };
    const warm = await warmAndCold();
    expect(readFileSync(path.join(warm.outDir, 'embed/carte-poles/index.html'), 'utf8')).toContain('/sous-dossier/');
  }, 300_000);
});

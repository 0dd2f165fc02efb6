import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root, runBuild, runBuildAsync } from '../helpers/build';
import { linkNodeModules } from '../helpers/editor';

// The figure cache and Astro's incremental build seen from outside, as a team and CI use them: three
// builds of the report sharing one cache folder. The second finds every figure there and writes the same site; after one CSV
// changes, the third draws again only the figure that reads it, and an entry left broken (a build
// killed while writing, a disk full) is drawn again instead of breaking the build.

const work = mkdtempSync(path.join(tmpdir(), 'tiess-cache-'));
const data = path.join(work, 'data');
const cache = path.join(work, 'figures');
cpSync(path.join(root, 'data'), data, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const build = (name: string) => {
  const outDir = path.join(work, name);
  const { status, output } = runBuild({ REPORT_DATA_DIR: data, OUT_DIR: outDir, FIGURE_CACHE_DIR: cache, ASTRO_CACHE_DIR: path.join(work, 'astro') });
  if (status !== 0) throw new Error(output);
  const report = /figures : .*$/m.exec(output)?.[0];
  return { outDir, report };
};

/** Every file of a build with its bytes, but the search index (its file names carry hashes of the whole index). */
function files(dir: string): Map<string, Buffer> {
  const list = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => !f.startsWith('pagefind') && /\.(html|csv|png|json|svg|xml|txt)$/.test(f));
  return new Map(list.sort().map((f) => [f, readFileSync(path.join(dir, f))]));
}

const changed = (a: Map<string, Buffer>, b: Map<string, Buffer>) => [...a.keys()].filter((f) => !b.has(f) || !a.get(f)!.equals(b.get(f)!));

describe('the figure cache across builds', () => {
  let cold: ReturnType<typeof build>;
  let coldFiles: Map<string, Buffer>;

  it('a first build draws every figure and rasterises every PNG, and fills the cache', () => {
    cold = build('cold');
    coldFiles = files(cold.outDir);
    expect(cold.report).toMatch(/^figures : 5 dessinées \(carte-poles, carte-poles-par-region, jalons-initiatives, parler-au-nous-structure, poles-par-region\), 0 reprises du cache ; PNG : 5 produites, 0 reprises/);
    const entries = readdirSync(cache);
    expect(entries.filter((f) => /^[0-9a-f]{32}\.json$/.test(f))).toHaveLength(5);
    // The verdicts of the build's checks: the chapter's MDX compiled, and each data file without references was valid.
    expect(entries.filter((f) => f.startsWith('mdx-'))).toHaveLength(1);
    expect(entries.filter((f) => f.startsWith('valid-')).length).toBeGreaterThan(0);
    // One PNG per figure, and the share cards (the home page's and the chapter's).
    expect(entries.filter((f) => f.endsWith('.png'))).toHaveLength(5 + 2);
    expect(entries.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a second build takes every figure and PNG from the cache and writes the same site, byte for byte', () => {
    const warm = build('warm');
    expect(warm.report).toMatch(/^figures : 0 dessinées, 5 reprises du cache ; PNG : 0 produites, 5 reprises/);
    const warmFiles = files(warm.outDir);
    expect([...warmFiles.keys()]).toEqual([...coldFiles.keys()]);
    expect(changed(coldFiles, warmFiles)).toEqual([]);
  });

  it('after one CSV changes, draws again only the figure that reads it; a broken entry is drawn again', () => {
    const csv = path.join(data, 'poles-par-region.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('01,Bas-Saint-Laurent,1', '01,Bas-Saint-Laurent,4'));
    // An entry cut short: the cache must not trust it.
    const entry = readdirSync(cache).find((f) => /^[0-9a-f]{32}\.json$/.test(f))!;
    const broken = readFileSync(path.join(cache, entry), 'utf8');
    writeFileSync(path.join(cache, entry), broken.slice(0, broken.length / 2));

    const after = build('after');
    const drawn = /dessinées \(([^)]+)\)/.exec(after.report ?? '')?.[1]?.split(', ') ?? [];
    expect(drawn).toContain('poles-par-region');
    // The changed figure, and at most the one whose entry was broken.
    expect(drawn.length, after.report).toBeLessThanOrEqual(2);
    expect(after.report).toMatch(new RegExp(`, ${5 - drawn.length} reprises du cache`));

    const afterFiles = files(after.outDir);
    const differ = changed(coldFiles, afterFiles);
    // The bar chart's own files and every page that shows or lists it (the chapter, the embed catalogue), nothing else.
    expect(differ).toContain('figures/poles-par-region.csv');
    expect(differ).toContain('figures/poles-par-region.png');
    expect(differ).toContain('embed/poles-par-region/index.html');
    expect(differ).toContain('chapitres/un-ecosysteme-tisse-serre/index.html');
    expect(differ.filter((f) => /carte-poles|jalons|parler-au-nous/.test(f))).toEqual([]);
    expect(readFileSync(path.join(after.outDir, 'figures/poles-par-region.csv'), 'utf8')).toContain('Bas-Saint-Laurent,4');
  });
});

// Astro's incremental build (experimental.incrementalBuild, keys from src/utils/page-keys.ts) copies
// a page from the previous build when its key and code are unchanged. A warm build must never be
// stale: after each kind of change, the incremental build is compared, file by file, with a cold
// build of the same sources (fresh caches), in a copy of the project so that a component can change.
describe('incremental builds against cold ones, after each kind of change', () => {
  const project = path.join(work, 'projet');
  const kept = { ASTRO_CACHE_DIR: path.join(work, 'incremental-astro'), FIGURE_CACHE_DIR: path.join(work, 'incremental-figures') };
  let count = 0;
  let extra: Record<string, string> = {};

  /** Builds the copy (an output folder of its own); the files written and the pages copied from the incremental cache. */
  const buildCopy = async (caches: Record<string, string>) => {
    const outDir = path.join(work, `incremental-${++count}`);
    const { status, output } = await runBuildAsync({ ...caches, ...extra, OUT_DIR: outDir }, project);
    if (status !== 0) throw new Error(output);
    const reused = output.split('\n').flatMap((line) => /├─ (\S+) \((?:cached|restored)\)\s*$/.exec(line)?.[1] ?? []);
    return { outDir, files: files(outDir), reused };
  };
  /** The incremental build (caches kept) and a cold one (fresh caches) of the copy as it is now. */
  const warmAndCold = async () => {
    const warm = await buildCopy(kept);
    const cold = await buildCopy({ ASTRO_CACHE_DIR: path.join(work, `cold-astro-${count}`), FIGURE_CACHE_DIR: path.join(work, `cold-figures-${count}`) });
    expect([...warm.files.keys()]).toEqual([...cold.files.keys()]);
    expect(changed(cold.files, warm.files)).toEqual([]);
    return warm;
  };
  const edit = (file: string, from: string | RegExp, to: string) => {
    const full = path.join(project, file);
    const text = readFileSync(full, 'utf8');
    expect(text).toMatch(from);
    writeFileSync(full, text.replace(from, to));
  };

  it('with nothing changed, copies every page that has a key from the previous build', async () => {
    for (const entry of ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'src', 'data', 'public']) {
      cpSync(path.join(root, entry), path.join(project, entry), { recursive: true });
    }
    linkNodeModules(project);
    const first = await buildCopy(kept);
    expect(first.reused).toEqual([]);
    const second = await buildCopy(kept);
    expect(changed(first.files, second.files)).toEqual([]);
    // Every route with getStaticPaths(): chapter, embed, oEmbed, CSV and PNG of each figure, data files, share cards.
    for (const page of ['/chapitres/un-ecosysteme-tisse-serre/index.html', '/embed/carte-poles/index.html', '/embed/carte-poles/oembed.json', '/figures/carte-poles.csv', '/figures/carte-poles.png', '/donnees/poles.csv', '/partage/accueil.png']) {
      expect(second.reused).toContain(page);
    }
  }, 300_000);

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

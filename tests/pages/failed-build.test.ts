import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builds, root, runBuildAsync, testBuildsDir } from '../helpers/build';

// A failed build never touches the published site: the site is built beside the output folder and
// swapped in only once everything is written (src/integrations/staged-output.ts).

/** Every file of a folder with its bytes, by relative path. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => [path.relative(dir, path.join(e.parentPath, e.name)), readFileSync(path.join(e.parentPath, e.name))]));
}

/** The files that differ between two snapshots (added, removed or changed), empty when byte-identical. */
function differences(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  const names = [...new Set([...before.keys(), ...after.keys()])].sort();
  return names.filter((name) => !before.get(name)?.equals(after.get(name) ?? Buffer.alloc(0)) || !after.has(name));
}

// Note: inside the project, so that the copy's build resolves the linked node_modules.
mkdirSync(path.join(root, '.tmp'), { recursive: true });
const work = mkdtempSync(path.join(root, '.tmp', 'failed-build-'));
const out = path.join(work, 'dist');
let published: Map<string, Buffer>;

// The published site: the default build of the test run (tests/setup/build-sites.ts, same
// environment as the builds below but its output folder), copied into the output folder.
beforeAll(() => {
  cpSync(builds.default.outDir, out, { recursive: true });
  published = snapshot(out);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

// Note: each test runs a whole build, which takes longer than the default timeout on a busy machine.
describe('a failed build over a published site', { timeout: 300_000 }, () => {
  it('the good build is published in the output folder, search index and sitemap included, with no staging folder left', async () => {
    expect(published.size).toBeGreaterThan(50);
    expect([...published.keys()]).toEqual(expect.arrayContaining(['index.html', 'sitemap-index.xml', 'pagefind/pagefind.js', 'figures/poles-par-region.png']));
    // Beside each build of the run: its output folder, its own cache (…-cache), the shared figure cache; no staging folder.
    expect(readdirSync(testBuildsDir).sort()).toEqual([...Object.values(builds).flatMap((b) => [path.basename(b.outDir), `${path.basename(b.outDir)}-cache`]), 'figure-cache'].sort());
  });

  it('an unknown figure id in a chapter: the build stops with the MDX file, line and id, and the site is byte-identical', async () => {
    const chapters = path.join(work, 'chapters');
    cpSync(path.join(root, 'src/content/chapters'), chapters, { recursive: true });
    const file = path.join(chapters, 'un-ecosysteme-tisse-serre.mdx');
    const source = readFileSync(file, 'utf8').replace('<Figure id="poles-par-region" />', '<Figure id="poles-par-regions" />');
    writeFileSync(file, source);
    const line = source.split('\n').findIndex((l) => l.includes('poles-par-regions')) + 1;
    const { status, output } = await runBuildAsync({ REPORT_CHAPTERS_DIR: chapters, OUT_DIR: out });
    expect(status).not.toBe(0);
    expect(output).toContain(`${path.relative(root, file)}, ligne ${line}, colonne 1 : figure inconnue « poles-par-regions »`);
    expect(output).toContain(`Le site déjà publié dans ${path.relative(root, out)} n’a pas été modifié : la compilation écrivait ailleurs.`);
    expect(differences(published, snapshot(out))).toEqual([]);
    expect(existsSync(`${out}.partiel`)).toBe(false);
  });

  it('a figure whose drawing fails: the build stops with its message, and the site is byte-identical', async () => {
    // A copy of the project with one more bespoke figure, whose drawing throws while pages render.
    const copy = path.join(work, 'projet');
    for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'data', 'public', 'src']) cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true });
    symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));
    writeFileSync(
      path.join(copy, 'src/figures/dessin-en-echec.ts'),
      `import { defineFigure } from './types';
export const failing = defineFigure<{ nom: string }>({
  id: 'dessin-en-echec',
  kind: 'chart',
  title: 'Une figure dont le dessin échoue',
  description: () => 'Une figure dont le dessin échoue.',
  source: 'Test',
  datasets: [],
  rows: () => [{ nom: 'un' }],
  columns: [{ label: 'Nom', value: (r) => r.nom }],
  render: () => {
    throw new Error('le dessin de « dessin-en-echec » a échoué');
  },
});
`,
    );
    const { status, output } = await runBuildAsync({ OUT_DIR: out, ASTRO_CACHE_DIR: path.join(work, 'projet-cache') }, copy);
    expect(status).not.toBe(0);
    expect(output).toContain('le dessin de « dessin-en-echec » a échoué');
    expect(output).toContain('n’a pas été modifié : la compilation écrivait ailleurs.');
    expect(differences(published, snapshot(out))).toEqual([]);
    expect(existsSync(`${out}.partiel`)).toBe(false);
  });

  it('a bad CSV: the build stops with the file, line and column, and the site is byte-identical', async () => {
    const data = path.join(work, 'data');
    cpSync(path.join(root, 'data'), data, { recursive: true });
    const file = path.join(data, 'jalons.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('sismic-lancement,sismic,2019,5,', 'sismic-lancement,sismic,2019,abc,'));
    const { status, output } = await runBuildAsync({ REPORT_DATA_DIR: data, OUT_DIR: out });
    expect(status).not.toBe(0);
    expect(output).toContain(`${path.relative(root, file)}, ligne 2, colonne 4 (« mois ») : nombre entier de 1 à 12 attendu, reçu « abc »`);
    expect(output).toContain('La compilation est arrêtée');
    expect(differences(published, snapshot(out))).toEqual([]);
    expect(existsSync(`${out}.partiel`)).toBe(false);
  });

  it('a good build then replaces the site whole: a file left in the folder is gone, its .git folder kept, nothing left beside it', async () => {
    writeFileSync(path.join(out, 'ancienne-page.html'), 'ancienne');
    mkdirSync(path.join(out, '.git'));
    writeFileSync(path.join(out, '.git', 'HEAD'), 'ref: refs/heads/gh-pages\n');
    const { status, output } = await runBuildAsync({ OUT_DIR: out });
    expect(status, output).toBe(0);
    expect(output).toContain(`site publié dans ${path.relative(root, out)} (remplacé d’un coup, une fois tout écrit)`);
    const after = snapshot(out);
    expect(after.has('ancienne-page.html')).toBe(false);
    expect(after.get(path.join('.git', 'HEAD'))?.toString()).toBe('ref: refs/heads/gh-pages\n');
    expect(differences(published, new Map([...after].filter(([name]) => !name.startsWith('.git'))))).toEqual([]);
    expect(existsSync(`${out}.partiel`) || existsSync(`${out}.ancien`)).toBe(false);
  });
});

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root, runBuild } from '../helpers/build';

// The figure cache seen from outside, as a team and CI use it: three builds of the report sharing
// one cache folder. The second finds every figure there and writes the same site; after one CSV
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

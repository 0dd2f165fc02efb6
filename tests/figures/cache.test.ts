import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FigureDefinition } from '../../src/figures/types';

// The cache keys and entries (src/figures/cache.ts): a key changes with exactly what a figure
// depends on. The data folder is a copy, so files can be changed.
const work = mkdtempSync(path.join(tmpdir(), 'tiess-cache-unit-'));
const data = path.join(work, 'data');
cpSync(path.resolve('data'), data, { recursive: true });
const saved = { data: process.env.REPORT_DATA_DIR, cache: process.env.FIGURE_CACHE_DIR };
process.env.REPORT_DATA_DIR = data;
process.env.FIGURE_CACHE_DIR = path.join(work, 'cache');

const { figureCacheKey, figureInputs, readEntry, writeEntry, cachedPng, codeHash } = await import('../../src/figures/cache');
const { figureCacheStats, resetFigureCacheStats } = await import('../../src/figures/cache-dir');
const { findFigure } = await import('../../src/figures/index');
const { pruneFigureCache, unusedFor } = await import('../../src/integrations/figure-cache');

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  for (const [key, value] of [['REPORT_DATA_DIR', saved.data], ['FIGURE_CACHE_DIR', saved.cache]] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

const bar = () => findFigure('poles-par-region')!;
const map = () => findFigure('carte-poles')!;
const edit = (file: string, from: string, to: string) => {
  const full = path.join(data, file);
  const text = readFileSync(full, 'utf8');
  expect(text).toContain(from);
  writeFileSync(full, text.replace(from, to));
};

describe('figure cache keys', () => {
  beforeAll(() => resetFigureCacheStats());

  it('name the files a figure reads: its figure file (a declared figure) and each data file', () => {
    expect(figureInputs(bar())).toEqual([path.resolve('src/content/figures/poles-par-region.yaml'), path.join(data, 'poles-par-region.csv')]);
    expect(figureInputs(map())).toEqual([
      path.resolve('src/content/figures/carte-poles.yaml'),
      path.join(data, 'poles.csv'),
      path.join(data, 'villes.csv'),
      path.join(data, 'geo/quebec-regions.topojson'),
    ]);
  });

  it('stay the same when nothing changed, even when a file is saved again unchanged', () => {
    const before = [figureCacheKey(bar(), '/'), figureCacheKey(map(), '/')];
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(data, 'poles.csv'), later, later);
    expect([figureCacheKey(bar(), '/'), figureCacheKey(map(), '/')]).toEqual(before);
    expect(before[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(before[0]).not.toBe(before[1]);
  });

  it('change for the figures that read a changed CSV, and only for them', () => {
    const before = { bar: figureCacheKey(bar(), '/'), map: figureCacheKey(map(), '/') };
    edit('poles-par-region.csv', '01,Bas-Saint-Laurent,1', '01,Bas-Saint-Laurent,2');
    expect(figureCacheKey(bar(), '/')).not.toBe(before.bar);
    expect(figureCacheKey(map(), '/')).toBe(before.map);
    edit('poles.csv', 'Sherbrooke', 'Sherbrooke ');
    expect(figureCacheKey(map(), '/')).not.toBe(before.map);
  });

  it('change with the base path and with the figure file of a declared figure', () => {
    expect(figureCacheKey(bar(), '/rapport/')).not.toBe(figureCacheKey(bar(), '/'));
    const declared = bar().declared!;
    const copy = path.join(work, 'poles-par-region.yaml');
    writeFileSync(copy, readFileSync(declared.file, 'utf8'));
    const other = { ...bar(), declared: { ...declared, file: copy } };
    const same = figureCacheKey(other, '/');
    writeFileSync(copy, readFileSync(declared.file, 'utf8').replace('titre:', 'titre: Autre'));
    expect(figureCacheKey(other, '/')).not.toBe(same);
  });

  it('include the code of the renderers, strings and theme', () => {
    expect(codeHash()).toMatch(/^[0-9a-f]{64}$/);
    // The hash covers these sources (read by Vite as text): a change to any of them makes new keys.
    const sources = Object.keys(import.meta.glob(['../../src/charts/**/*.ts', '../../src/styles/theme.ts', '../../src/strings.ts']));
    expect(sources.length).toBeGreaterThan(10);
  });
});

describe('figure cache entries', () => {
  it('are read back as written, and a broken or older entry reads as missing', () => {
    writeEntry('a'.repeat(32), { svg: '<svg/>', n: 1 });
    expect(readEntry('a'.repeat(32))).toEqual({ svg: '<svg/>', n: 1 });
    const file = path.join(process.env.FIGURE_CACHE_DIR!, `${'a'.repeat(32)}.json`);
    writeFileSync(file, '{"format":1,"value":{"svg":"<sv');
    expect(readEntry('a'.repeat(32))).toBeUndefined();
    writeFileSync(file, JSON.stringify({ format: 0, value: { svg: 'old' } }));
    expect(readEntry('a'.repeat(32))).toBeUndefined();
    expect(readEntry('b'.repeat(32))).toBeUndefined();
  });

  it('keep a PNG: rasterised once, then read from the cache', async () => {
    resetFigureCacheStats();
    let rasterised = 0;
    const make = async () => {
      rasterised += 1;
      return Buffer.from('png bytes');
    };
    expect((await cachedPng('c'.repeat(32), make)).toString()).toBe('png bytes');
    expect((await cachedPng('c'.repeat(32), make)).toString()).toBe('png bytes');
    expect(rasterised).toBe(1);
    expect(figureCacheStats()).toMatchObject({ pngDrawn: 1, pngReused: 1 });
    expect(readdirSync(process.env.FIGURE_CACHE_DIR!).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('not used for two weeks are removed at the end of a build; the others stay', () => {
    const dir = process.env.FIGURE_CACHE_DIR!;
    writeFileSync(path.join(dir, 'old.json'), '{}');
    const old = new Date(Date.now() - unusedFor - 60_000);
    utimesSync(path.join(dir, 'old.json'), old, old);
    const kept = readdirSync(dir).length - 1;
    expect(pruneFigureCache(dir)).toBe(1);
    expect(existsSync(path.join(dir, 'old.json'))).toBe(false);
    expect(readdirSync(dir)).toHaveLength(kept);
    expect(pruneFigureCache(path.join(work, 'nowhere'))).toBe(0);
  });
});

describe('figure inputs', () => {
  it('every figure lists in `datasets` each data file it reads, so that a change to any of them draws it again', async () => {
    const { dataReadsDuring } = await import('../../src/data/csv');
    const { allFigures } = await import('../../src/figures/index');
    const { declaredFigure, readFigureFile } = await import('../../src/figures/declarative');
    // A declared figure keeps what it prepared: a fresh definition reads its files again.
    const fresh = (figure: FigureDefinition<unknown>) =>
      figure.declared ? (declaredFigure(readFigureFile(figure.declared.file, figure.declared.dataDir) as never) as FigureDefinition<unknown>) : figure;
    for (const figure of allFigures().map(fresh)) {
      const { reads } = dataReadsDuring(() => {
        const rows = figure.rows();
        figure.render(rows, { width: 640, idPrefix: 'x-', labelledBy: 'a b' });
        return [figure.description(rows), figure.note, figure.columns.map((c) => rows.map((r) => c.value(r))), figure.legend?.(rows)];
      });
      expect(reads.length, figure.id).toBeGreaterThan(0);
      expect(reads.filter((file) => !figure.datasets.includes(file)), `${figure.id} reads files its datasets do not list`).toEqual([]);
    }
  });
});

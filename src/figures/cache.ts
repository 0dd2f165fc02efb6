import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { dataDir } from '../data/csv';
import { figureCacheDir, figureCacheStats } from './cache-dir';
import type { FigureDefinition } from './types';

// The build's figure cache: each figure's renders (its drawings, table, CSV, texts and PNG) are kept
// in .cache/figures/ under a hash of everything they depend on — the figure's definition (its
// figure file, or its module, which is code), the bytes of every data file it reads, the code of
// the renderers, data layer, schemas, Markdown checks, strings and theme, and the locked dependency versions. A
// build finds a figure there when none of these changed, and draws it otherwise: a changed CSV
// re-draws only the figures that read it. Nothing is ever invalidated by hand: a new hash is a
// new entry, and entries not used for two weeks are removed at the end of a build.

/** Bumped when the shape of a cache entry changes. */
const formatVersion = 1;

// Note: the sources are read by Vite when the build bundles this module (as text, never run), so
// the hash is the code of this build, wherever it runs.
const sources = import.meta.glob(
  ['../charts/**/*.{ts,json}', './*.ts', './types/**/*.ts', '!./types/**/*.test.ts', '../data/*.ts', '../schemas/*.ts', '../utils/*.ts', '../markdown/*.ts', '../components/mdx-names.ts', '../styles/theme.ts', '../strings.ts'],
  { query: '?raw', import: 'default', eager: true },
) as Record<string, string>;

let codeHashMemo: string | undefined;

/** A hash of the code every render depends on: renderers, figures, data layer, schemas, strings, theme, locked dependencies. */
export function codeHash(): string {
  if (codeHashMemo) return codeHashMemo;
  const hash = createHash('sha256').update(`format ${formatVersion}\n`);
  for (const file of Object.keys(sources).sort()) hash.update(`${file}\n`).update(sources[file]!).update('\n');
  // The locked versions of d3, sharp, linkedom…: an update can change a drawing or a PNG.
  for (const lock of ['package-lock.json', 'package.json']) {
    const file = path.join(process.cwd(), lock);
    if (existsSync(file)) {
      hash.update(readFileSync(file));
      break;
    }
  }
  codeHashMemo = hash.digest('hex');
  return codeHashMemo;
}

const fileHashes = new Map<string, { mtimeMs: number; size: number; hash: string }>();

/** A hash of a file's bytes (read again only when its size or modification time changed), or « absent ». */
export function fileHash(file: string): string {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return 'absent';
  }
  const known = fileHashes.get(file);
  if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known.hash;
  const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
  fileHashes.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, hash });
  return hash;
}

/** The files a figure reads: its figure file, and each data file in the folder it is read from. */
export function figureInputs(definition: FigureDefinition<unknown>): string[] {
  const own = definition.declared?.dataDir ?? dataDir();
  const datasets = definition.datasets.map((file) => {
    const local = path.resolve(own, file);
    return existsSync(local) ? local : path.resolve(dataDir(), file);
  });
  return [...(definition.declared ? [path.resolve(definition.declared.file)] : []), ...datasets];
}

/**
 * The cache key of a figure: what its renders depend on. `context` is what else the build varies
 * (its base path), so two builds never share an entry that could differ.
 */
export function figureCacheKey(definition: FigureDefinition<unknown>, context: string): string {
  const hash = createHash('sha256').update(`${codeHash()}\n${definition.id}\n${context}\n`);
  for (const file of figureInputs(definition)) hash.update(`${path.basename(file)} ${fileHash(file)}\n`);
  return hash.digest('hex').slice(0, 32);
}

/** Writes a file whole or not at all: a build stopped midway never leaves half an entry. */
function writeWhole(file: string, data: string | Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}

/** The entry stored under a key, or undefined when there is none (or it cannot be read: it is then drawn again). */
export function readEntry<T>(key: string): T | undefined {
  const dir = figureCacheDir();
  if (!dir) return undefined;
  const file = path.join(dir, `${key}.json`);
  try {
    const entry = JSON.parse(readFileSync(file, 'utf8')) as { format: number; value: T };
    if (entry.format !== formatVersion) return undefined;
    // Used now: kept by the clean-up at the end of the build.
    const now = new Date();
    utimesSync(file, now, now);
    return entry.value;
  } catch {
    return undefined;
  }
}

/** Stores an entry under a key (nothing when the cache is off). */
export function writeEntry(key: string, value: unknown): void {
  const dir = figureCacheDir();
  if (dir) writeWhole(path.join(dir, `${key}.json`), JSON.stringify({ format: formatVersion, value }));
}

// PNGs are rasterised by sharp on libuv's thread pool, as many at a time as there are cores (at
// most 3, so that one of the pool's 4 threads stays free for the build's file writes), as soon as
// a figure is drawn: pages go on rendering on the main thread meanwhile.
const pngSlots = Math.max(1, Math.min(3, availableParallelism()));
let pngRunning = 0;
const pngWaiting: (() => void)[] = [];

async function inPngSlot<T>(task: () => Promise<T>): Promise<T> {
  if (pngRunning >= pngSlots) await new Promise<void>((resolve) => pngWaiting.push(resolve));
  pngRunning += 1;
  try {
    return await task();
  } finally {
    pngRunning -= 1;
    pngWaiting.shift()?.();
  }
}

/**
 * The key of anything else the build keeps, made from its code and a few inputs: `kind` names it
 * (« valid »: a data file's verdict, « mdx »: a chapter that compiled, « card »: a share card).
 */
export function contentKey(kind: string, ...inputs: string[]): string {
  const hash = createHash('sha256').update(`${codeHash()}\n${kind}`);
  for (const input of inputs) hash.update(`\n${input}`);
  return `${kind}-${hash.digest('hex').slice(0, 32)}`;
}

/** The key under which a build notes that a data file (these bytes, checked by this code) is valid. */
export const validDataKey = (file: string) => contentKey('valid', path.basename(file), fileHash(file));

/**
 * A PNG: from the cache when its key is there, otherwise rasterised (a few at a time, off the main
 * thread) and stored. `figure` says whether it counts in the build's figure report.
 */
export async function cachedPng(key: string | undefined, rasterise: () => Promise<Buffer>, figure = true): Promise<Buffer> {
  const dir = figureCacheDir();
  const file = key && dir ? path.join(dir, `${key}.png`) : undefined;
  if (file) {
    try {
      const png = await readFile(file);
      if (figure) figureCacheStats().pngReused += 1;
      return png;
    } catch {
      // Not there yet: drawn below.
    }
  }
  const png = await inPngSlot(rasterise);
  if (figure) figureCacheStats().pngDrawn += 1;
  if (file) writeWhole(file, png);
  return png;
}

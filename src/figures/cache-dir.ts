import path from 'node:path';

// Shared by the figure cache (in the rendered pages) and the integration that reports on it (in
// the Astro process): two copies of this module run in one build, so what they share goes
// through `globalThis`.

/**
 * Where rendered figures are kept between builds: `.cache/figures/` at the project root (a folder
 * CI can keep), or FIGURE_CACHE_DIR. FIGURE_CACHE=0 turns the cache off.
 */
export function figureCacheDir(): string | undefined {
  if (process.env.FIGURE_CACHE === '0') return undefined;
  return path.resolve(process.env.FIGURE_CACHE_DIR ?? path.join(process.cwd(), '.cache/figures'));
}

/** What one build did with its figures: drawn anew or taken from the cache, PNGs likewise. */
export interface FigureCacheStats {
  drawn: string[];
  reused: number;
  pngDrawn: number;
  pngReused: number;
}

const key = Symbol.for('tiess.figure-cache.stats');

/** The counters of the build running in this process. */
export function figureCacheStats(): FigureCacheStats {
  const store = globalThis as { [key]?: FigureCacheStats };
  return (store[key] ??= { drawn: [], reused: 0, pngDrawn: 0, pngReused: 0 });
}

/** Starts the counters afresh (at the start of a build). */
export function resetFigureCacheStats(): void {
  const store = globalThis as { [key]?: FigureCacheStats };
  store[key] = { drawn: [], reused: 0, pngDrawn: 0, pngReused: 0 };
}

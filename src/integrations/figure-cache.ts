import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { figureCacheDir, figureCacheStats, resetFigureCacheStats } from '../figures/cache-dir';
import { displayPath } from '../data/csv';
import { t } from '../strings';

/** Entries of the figure cache not used for this long are removed at the end of a build. */
export const unusedFor = 14 * 24 * 60 * 60 * 1000;

/** Removes the cache entries (and stray temporary files) not used for `unusedFor`; returns how many. */
export function pruneFigureCache(dir: string, now = Date.now()): number {
  let removed = 0;
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of files) {
    const file = path.join(dir, name);
    try {
      if (now - statSync(file).mtimeMs > unusedFor) {
        rmSync(file, { force: true });
        removed += 1;
      }
    } catch {
      // Removed meanwhile by another build: nothing to do.
    }
  }
  return removed;
}

/**
 * Reports, at the end of a build, what it did with its figures (drawn, or taken from the figure
 * cache, src/figures/cache.ts), and clears entries that no build used for two weeks.
 */
export function figureCacheReport(): AstroIntegration {
  return {
    name: 'tiess:figure-cache',
    hooks: {
      'astro:build:start': () => resetFigureCacheStats(),
      'astro:build:done': ({ logger }) => {
        const dir = figureCacheDir();
        if (!dir) {
          logger.info(t.figureCache.off);
          return;
        }
        const stats = figureCacheStats();
        const removed = pruneFigureCache(dir);
        logger.info(
          t.figureCache.report({ drawn: [...stats.drawn].sort(), reused: stats.reused, pngDrawn: stats.pngDrawn, pngReused: stats.pngReused, dir: displayPath(dir), removed }),
        );
      },
    },
  };
}

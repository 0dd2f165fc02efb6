import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { displayPath } from '../data/csv';
import { t } from '../strings';

/** The folder a build writes into, beside the site it will replace: `dist/` is built in `dist.partiel/`. */
export const stagingDir = (outDir: string) => `${outDir.replace(/[\\/]+$/, '')}.partiel`;

/** Where the previous site waits, for the instant of the swap, before it is removed. */
export const previousDir = (outDir: string) => `${outDir.replace(/[\\/]+$/, '')}.ancien`;

/**
 * Puts a built site in place of the previous one: the previous one renamed away, the new one renamed
 * in, the previous one removed. A `.git` folder kept in the output folder (Astro keeps it too) follows.
 */
export function swapIn(staging: string, outDir: string) {
  const old = previousDir(outDir);
  rmSync(old, { recursive: true, force: true });
  if (existsSync(outDir)) {
    const git = path.join(outDir, '.git');
    if (existsSync(git) && !existsSync(path.join(staging, '.git'))) renameSync(git, path.join(staging, '.git'));
    renameSync(outDir, old);
  }
  renameSync(staging, outDir);
  rmSync(old, { recursive: true, force: true });
}

/**
 * A failed build never touches the published site. Astro empties its output folder when a build
 * starts and writes pages one by one, so an error (an unknown figure, a drawing that fails) would
 * leave `dist/` empty or half-written. This integration makes every build write into `dist.partiel/`
 * and, once everything is written (the search index and the sitemap included: it is listed last),
 * swaps that folder in for `dist/`. A failed build removes `dist.partiel/` and leaves `dist/` as it
 * was, byte for byte.
 *
 * Note: Astro writes nothing into its output folder after the `astro:build:done` hooks (only its
 * statistics are printed), and hands those hooks the folder it wrote (`dir`), here the staging folder.
 * `astro preview` and `astro dev` are left alone: preview serves `dist/`.
 * Note: the editor's server build (`npm run build:editeur`, with an adapter) is left as Astro does it:
 * its client and server folders are derived from the output folder before integrations run.
 */
export function stagedOutput(): AstroIntegration {
  let outDir: string | undefined;
  let staging: string | undefined;
  let swapped = false;
  return {
    name: 'tiess:staged-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build' || config.adapter) return;
        outDir = fileURLToPath(config.outDir);
        staging = stagingDir(outDir);
        rmSync(staging, { recursive: true, force: true });
        mkdirSync(staging, { recursive: true });
        updateConfig({ outDir: pathToFileURL(`${staging}${path.sep}`) });
        process.on('exit', (code) => {
          if (swapped || !staging || !outDir) return;
          rmSync(staging, { recursive: true, force: true });
          if (code !== 0 && existsSync(outDir)) process.stderr.write(`${t.publish.untouched(displayPath(outDir))}\n`);
        });
      },
      'astro:build:done': ({ logger }) => {
        if (!staging || !outDir) return;
        swapIn(staging, outDir);
        swapped = true;
        logger.info(t.publish.swapped(displayPath(outDir)));
      },
    },
  };
}

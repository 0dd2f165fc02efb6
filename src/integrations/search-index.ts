import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/**
 * The pages that carry `data-pagefind-body` (src/layouts/Chapter.astro, the sources page): the only
 * ones read, so the 1 000 embed, CSV and PNG files of a large report are not parsed for nothing.
 * A new kind of searchable page is added here too.
 */
export const searchedPages = '{chapitres/**/*.html,sources-et-methodologie/**/*.html}';

/**
 * Builds the Pagefind search index into dist/pagefind/ at the end of every build, from the pages'
 * `data-pagefind-body` regions (chapters, home, sources), with French stemming from lang="fr-CA".
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'tiess:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await createIndex({ forceLanguage: 'fr' });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir, glob: searchedPages });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        logger.info(`index de recherche : ${added.page_count} pages`);
        await close();
      },
    },
  };
}

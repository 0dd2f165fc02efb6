import type { AstroIntegration } from 'astro';
import { DataError, dataDir } from '../data/csv';
import { validateAllData } from '../data/index';
import { t } from '../strings';

/**
 * Checks every data file before the build writes anything, so that bad data stops the build
 * with one message naming the file, line and column, and nothing is half-built; in dev, reloads
 * the page when a data file is saved.
 */
export function validateData(): AstroIntegration {
  return {
    name: 'tiess:validate-data',
    hooks: {
      // In `npm run dev`, saving a file under data/ reloads the page, whose figures are redrawn from it.
      'astro:server:setup': ({ server, logger }) => {
        const dir = dataDir();
        server.watcher.add(dir);
        server.watcher.on('change', (file) => {
          if (!file.startsWith(dir)) return;
          logger.info(`${file.slice(dir.length + 1)} modifié : rechargement`);
          server.ws.send({ type: 'full-reload' });
        });
      },
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        try {
          const counts = validateAllData();
          logger.info(`${counts.size} fichiers de données vérifiés`);
        } catch (error) {
          if (error instanceof DataError) {
            const stopped = new Error(`${error.message}\n${t.data.buildStopped}`);
            stopped.stack = stopped.message;
            throw stopped;
          }
          throw error;
        }
      },
    },
  };
}

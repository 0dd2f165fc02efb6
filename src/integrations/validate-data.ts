import type { AstroIntegration } from 'astro';
import { DataError } from '../data/csv';
import { validateAllData } from '../data/index';
import { t } from '../strings';

/**
 * Checks every data file before the build writes anything, so that bad data stops the build
 * with one message naming the file, line and column, and nothing is half-built.
 */
export function validateData(): AstroIntegration {
  return {
    name: 'tiess:validate-data',
    hooks: {
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

import type { AstroIntegration } from 'astro';
import { figureReport } from '../figures/index';
import { readChapters } from '../markdown/check-chapters';
import { t } from '../strings';

/**
 * Checks every figure (figure files src/content/figures/*.yaml and the CSV each reads, and that no
 * two figures share an id) before the build writes anything: every problem is printed, one per
 * line with its file and line, and the build stops, so no page shows a half-built figure. Warnings
 * (a figure no chapter places, percentages that look like fractions) are printed and the build goes on.
 */
export function validateFigures(): AstroIntegration {
  return {
    name: 'tiess:validate-figures',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const { problems, warnings } = figureReport(readChapters());
        if (problems.length) {
          const stopped = new Error(`${problems.map((p) => p.message).join('\n')}\n${t.figureFile.buildStopped}`);
          stopped.stack = stopped.message;
          throw stopped;
        }
        for (const warning of warnings) logger.warn(`⚠ ${warning.message}`);
        logger.info(t.figureFile.checked);
      },
    },
  };
}

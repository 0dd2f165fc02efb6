import type { AstroIntegration } from 'astro';
import { figureFileProblems } from '../figures/declarative';
import { t } from '../strings';

/**
 * Checks every figure file (src/content/figures/*.yaml) and the CSV it reads before the build
 * writes anything: every problem is printed, one per line with its file and line, and the build
 * stops, so no page shows a half-built figure.
 */
export function validateFigures(): AstroIntegration {
  return {
    name: 'tiess:validate-figures',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const problems = figureFileProblems();
        if (problems.length) {
          const stopped = new Error(`${problems.map((p) => p.message).join('\n')}\n${t.figureFile.buildStopped}`);
          stopped.stack = stopped.message;
          throw stopped;
        }
        logger.info(t.figureFile.checked);
      },
    },
  };
}

import { execFile } from 'node:child_process';
import path from 'node:path';
import { problemsInOutput, warningsInOutput } from '../check/report';
import { t } from '../strings';

/**
 * Runs `npm run check`'s own script (scripts/check.ts: data, figure files, chapters) on the project
 * folder, in a process of its own so every file is read afresh, and returns its problems in French
 * with file and line (none when the report can be published) and its warnings.
 */
export function checkReport(cwd: string): Promise<{ problems: string[]; warnings: string[] }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(cwd, 'node_modules/vite-node/dist/cli.mjs'), '-c', 'scripts/check.vite.config.mjs', 'scripts/check.ts'],
      { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const warnings = warningsInOutput(`${stdout}\n${stderr}`);
        if (!error) return resolve({ problems: [], warnings });
        const problems = problemsInOutput(stderr);
        if (problems.length) return resolve({ problems, warnings });
        // The check itself failed (not a problem of the report): say so, with its last words.
        const detail = `${stderr || stdout || error.message}`.trim().split('\n').slice(-3).join(' ');
        resolve({ problems: [t.editor.publish.checkCrashed(detail)], warnings });
      },
    );
  });
}

/** The problems of `checkReport`: none when the report can be published. */
export const runChecks = async (cwd: string): Promise<string[]> => (await checkReport(cwd)).problems;

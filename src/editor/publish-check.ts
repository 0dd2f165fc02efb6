import { execFile } from 'node:child_process';
import path from 'node:path';
import { problemsInOutput } from '../check/report';
import { t } from '../strings';

/**
 * Runs `npm run check`'s own script (scripts/check.ts: data, figure files, chapters) on the project
 * folder, in a process of its own so every file is read afresh, and returns its problems in French
 * with file and line; none when the report can be published.
 */
export function runChecks(cwd: string): Promise<string[]> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(cwd, 'node_modules/vite-node/vite-node.mjs'), '-c', 'scripts/check.vite.config.mjs', 'scripts/check.ts'],
      { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (!error) return resolve([]);
        const problems = problemsInOutput(stderr);
        if (problems.length) return resolve(problems);
        // The check itself failed (not a problem of the report): say so, with its last words.
        const detail = `${stderr || stdout || error.message}`.trim().split('\n').slice(-3).join(' ');
        resolve([t.editor.publish.checkCrashed(detail)]);
      },
    );
  });
}

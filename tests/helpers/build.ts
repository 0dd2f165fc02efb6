import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

/** Project root (tests run from it). */
export const root = path.resolve(import.meta.dirname, '../..');

/** Where test builds go. */
export const testBuildsDir = path.join(root, 'dist-test');

/** The figure cache the test builds share (emptied with dist-test/ at the start of a run). */
export const figureCacheForTests = path.join(testBuildsDir, 'figure-cache');

/** The builds the suite checks: the default one, one served under a sub-path, and one with the gallery. */
export const builds = {
  default: { outDir: path.join(testBuildsDir, 'default'), base: '/', env: {} },
  subpath: { outDir: path.join(testBuildsDir, 'subpath'), base: '/rapport-2019-2020/', env: {} },
  // The report with the gallery of example figures (every type), never published: /galerie/.
  gallery: { outDir: path.join(testBuildsDir, 'gallery'), base: '/', env: { GALERIE: '1' } },
} as const;

// Note: vitest mirrors import.meta.env into process.env (BASE_URL=/ …); a child build must not
// inherit those, or Vite would take BASE_URL from them instead of the configured base. Nor
// NODE_ENV=test, which vitest sets: with it, `astro build` bundles with import.meta.env.DEV true,
// unlike the real build (figures drawn on every request, their cache off).
export const viteEnvKeys = /^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|TEST|NODE_ENV)$/;

/**
 * Throws inside a test file that runs alongside others (vitest.config.ts: `parallele`) when it
 * starts what must run alone: a build in the project (they share its .astro/ folder) or a dev server.
 */
export function onlyInSerialFiles(what: string): void {
  if (process.env.VITEST_WORKER_ID && process.env.TIESS_TEST_GROUP !== 'en-serie') {
    throw new Error(`${what} runs in a file that other test files run beside: add the file to serialFiles in vitest.config.ts`);
  }
}

/** The command and options of a test build: `astro build` with the given environment (a content cache of its own per OUT_DIR, SITE_URL https://rapport.example.org unless given), in the project or in a copy of it (`cwd`). */
function buildCommand(env: Record<string, string>, cwd: string) {
  if (cwd === root) onlyInSerialFiles('`astro build` in the project itself');
  if (env.OUT_DIR && !env.ASTRO_CACHE_DIR) env = { ...env, ASTRO_CACHE_DIR: `${env.OUT_DIR.replace(/\/+$/, '')}-cache` };
  // The test builds of one run share a figure cache of their own (entries are keyed by what they depend on).
  if (!env.FIGURE_CACHE_DIR) env = { ...env, FIGURE_CACHE_DIR: figureCacheForTests };
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !viteEnvKeys.test(key)));
  return {
    args: [path.join(cwd, 'node_modules/astro/bin/astro.mjs'), 'build'],
    // Note: test builds are deployment-like (SITE_URL set) unless a test says otherwise.
    options: { cwd, env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', SITE_URL: 'https://rapport.example.org', ...env } },
  };
}

/** Runs `astro build` (see buildCommand); returns its exit status and output. */
export function runBuild(env: Record<string, string>, cwd = root) {
  const { args, options } = buildCommand(env, cwd);
  const result = spawnSync(process.execPath, args, { ...options, encoding: 'utf8', timeout: 300_000 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * Runs `astro build` as runBuild does, without blocking the test worker while it runs (a test that
 * builds several times in a row would otherwise keep vitest's worker from answering for minutes).
 */
export function runBuildAsync(env: Record<string, string>, cwd = root): Promise<{ status: number | null; output: string }> {
  const { args, options } = buildCommand(env, cwd);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { ...options, timeout: 300_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output: `${stdout}\n${stderr}` }));
  });
}

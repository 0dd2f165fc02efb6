import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { onlyInSerialFiles, root, viteEnvKeys } from './build';

// What the browser tests of the editor share: a copy of the project whose node_modules links the
// project's own, a free port, and the wait for the dev server to start.

/** A free TCP port on the loopback address. */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/**
 * Gives a project copy a node_modules that links the project's entry by entry, so that Vite's cache
 * (node_modules/.vite) and Astro's stay in the copy.
 */
export function linkNodeModules(dir: string): void {
  mkdirSync(path.join(dir, 'node_modules'));
  for (const entry of readdirSync(path.join(root, 'node_modules'))) {
    if (entry !== '.vite' && entry !== '.astro') symlinkSync(path.join(root, 'node_modules', entry), path.join(dir, 'node_modules', entry));
  }
}

/** Waits until the dev server's output says it watches files; fails with that output after a minute. */
export async function untilDevServerStarted(log: () => string): Promise<void> {
  const start = Date.now();
  while (!log().includes('watching for file changes')) {
    if (Date.now() - start > 60_000) throw new Error(`editor did not start:\n${log()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The environment of a dev server a test starts: the test's own without what vitest adds (with
 * VITEST set, Astro 7's dev server leaves out its page handler and answers 404; with NODE_ENV=test
 * the editor's browser code meets `process`), development mode, no telemetry, no colours.
 */
export function devServerEnv(env: Record<string, string>): Record<string, string> {
  onlyInSerialFiles('a dev server');
  const inherited = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => !viteEnvKeys.test(e[0]) && e[1] !== undefined));
  return { ...inherited, NODE_ENV: 'development', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env };
}

import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { root } from './build';

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

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import semver from 'semver';

// `npm ci` on Node 24.8+ (CI and the workflow use 24) or 22.23.4+ (Astro 7's least) must print no EBADENGINE warning: every
// locked package accepts the Node versions the project supports (package.json engines), so nothing can fail at run time either.
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { version?: string; cpu?: string[]; engines?: { node?: string } }> };
const supported = ['22.23.4', '24.8.0', '24.11.0'];

describe('the locked dependencies', () => {
  it('all accept Node 22.23.4+ and 24.8+ (no engine warning on a fresh install)', () => {
    const refused = Object.entries(lock.packages)
      // Note: a package for 32-bit x86 only (sharp's win32-ia32 build) is never installed with Node 22 or 24, which have no such build.
      .filter(([name, p]) => name && p.engines?.node && !(p.cpu?.length === 1 && p.cpu[0] === 'ia32'))
      .flatMap(([name, p]) =>
        supported.filter((v) => !semver.satisfies(v, p.engines!.node!, { includePrerelease: true })).map((v) => `${name}@${p.version} (node ${p.engines!.node}) refuses ${v}`),
      );
    expect(refused).toEqual([]);
    const engines = (JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } }).engines.node;
    expect(semver.minVersion(engines)?.version).toBe(supported[0]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import semver from 'semver';

// `npm ci` on Node 20, 22 or 24 (the one CI and the workflow use) must print no EBADENGINE warning: every locked package accepts the Node
// versions the project supports (package.json engines), so nothing can fail at run time either.
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { version?: string; engines?: { node?: string } }> };
const supported = ['20.19.0', '20.20.2', '22.16.0', '24.11.0'];

describe('the locked dependencies', () => {
  it('all accept Node 20, 22 and 24 (no engine warning on a fresh install)', () => {
    const refused = Object.entries(lock.packages)
      .filter(([name, p]) => name && p.engines?.node)
      .flatMap(([name, p]) =>
        supported.filter((v) => !semver.satisfies(v, p.engines!.node!, { includePrerelease: true })).map((v) => `${name}@${p.version} (node ${p.engines!.node}) refuses ${v}`),
      );
    expect(refused).toEqual([]);
    const engines = (JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } }).engines.node;
    expect(semver.minVersion(engines)?.version).toBe(supported[0]);
  });

  it('pins undici to a version for Node 20 (Astro 5 pulls undici 8, which needs Node 22.19)', () => {
    expect(lock.packages['node_modules/unifont/node_modules/undici']?.version).toMatch(/^7\./);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArguments } from '../../scripts/astro-env.mjs';
import { root } from '../helpers/build';

// npm scripts run in cmd.exe on Windows, which refuses `VAR=1 command`: variables are set by Node
// scripts (scripts/edit.mjs, scripts/astro-env.mjs). The editor started this way, on another port,
// is driven in tests/browser/publish.test.ts.

describe('npm scripts that start on Windows, macOS and Linux', () => {
  it('no package.json script sets a variable with shell syntax', () => {
    const scripts = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
    const shellSyntax = Object.entries(scripts).filter(([, command]) => /(^|&&|;|\|)\s*[A-Za-z_][A-Za-z0-9_]*=\S*\s/.test(command));
    expect(shellSyntax).toEqual([]);
    expect([scripts.edit, scripts.galerie, scripts['build:editeur']]).toEqual([
      'node scripts/edit.mjs',
      'node scripts/astro-env.mjs GALERIE=1 -- dev',
      'node scripts/astro-env.mjs KEYSTATIC=1 EDITOR_SERVER=node -- build',
    ]);
  });

  it('reads variables before « -- » and passes what follows to Astro', () => {
    expect(parseArguments(['KEYSTATIC=1', 'EDITOR_SERVER=node', '--', 'build', '--port', '4391'])).toEqual({
      variables: { KEYSTATIC: '1', EDITOR_SERVER: 'node' },
      args: ['build', '--port', '4391'],
    });
    expect(() => parseArguments(['dev'])).toThrow('« dev » : NOM=valeur attendu avant « -- »');
  });
});

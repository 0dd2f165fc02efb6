import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { onlyInSerialFiles, runBuild, runBuildAsync } from '../helpers/build';
import { devServerEnv } from '../helpers/editor';

// vitest.config.ts runs most files two at a time; builds in the project itself (they share its
// .astro/ folder) and dev servers run in the files it lists, one at a time. This file runs beside
// others: the helpers must refuse to start either here, before anything is spawned.

const message = 'runs in a file that other test files run beside: add the file to serialFiles in vitest.config.ts';
const group = process.env.TIESS_TEST_GROUP;
afterEach(() => {
  process.env.TIESS_TEST_GROUP = group;
});

describe('what must run alone, asked from a file that runs beside others', () => {
  it('runs in the group that runs two files at a time', () => {
    expect(group).toBe('parallele');
  });

  it('a build in the project itself is refused, naming vitest.config.ts, and writes nothing', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'tiess-groupes-'));
    try {
      expect(() => runBuild({ OUT_DIR: path.join(out, 'dist') })).toThrow(`\`astro build\` in the project itself ${message}`);
      expect(() => runBuildAsync({ OUT_DIR: path.join(out, 'dist') })).toThrow(`\`astro build\` in the project itself ${message}`);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('a dev server is refused', () => {
    expect(() => devServerEnv({})).toThrow(`a dev server ${message}`);
  });

  it('both are allowed in the files that run one at a time', () => {
    process.env.TIESS_TEST_GROUP = 'en-serie';
    expect(() => onlyInSerialFiles('a dev server')).not.toThrow();
    expect(devServerEnv({ PORT: '1' }).PORT).toBe('1');
  });
});

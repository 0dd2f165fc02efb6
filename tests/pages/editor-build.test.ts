import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builds } from '../helpers/build';

// The browser editor lives only in `npm run edit`: the published build holds no admin, no editor
// page and no React.

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));

describe('the published build', () => {
  const dir = builds.default.outDir;
  const files = filesUnder(dir).map((f) => path.relative(dir, f));

  it('has no editor route: no /keystatic/, no /api/keystatic/, no /editeur/', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.filter((f) => /(^|\/)(keystatic|editeur)(\/|\.|$)/i.test(f))).toEqual([]);
  });

  it('ships no Keystatic and no React code in any page or script', () => {
    const texts = files.filter((f) => /\.(html|js|mjs|css|json)$/.test(f));
    expect(texts.some((f) => f.endsWith('.js'))).toBe(true);
    const found = texts.filter((f) => /keystatic|keystar|react-dom|__reactContainer|react\.production|astro-island/i.test(readFileSync(path.join(dir, f), 'utf8')));
    expect(found).toEqual([]);
  });
});

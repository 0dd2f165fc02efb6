import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild } from '../helpers/build';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
const outDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tiess-site-url-'));
  temps.push(dir);
  return path.join(dir, 'out');
};

describe('a build without SITE_URL', () => {
  it('is refused under CI=true, in French, before anything is written', () => {
    const out = outDir();
    const { status, output } = runBuild({ SITE_URL: '', CI: 'true', OUT_DIR: out });
    expect(status).not.toBe(0);
    expect(output).toContain('SITE_URL n’est pas défini : les liens canoniques, Open Graph, le plan du site, robots.txt et oEmbed pointeront vers http://localhost:4321.');
    expect(output).toContain('Compilation refusée (CI=true) : définissez SITE_URL');
    expect(existsSync(path.join(out, 'index.html'))).toBe(false);
  });

  it('is built with a loud warning elsewhere, and SITE_URL_LOCAL=1 allows it under CI', () => {
    const out = outDir();
    const { status, output } = runBuild({ SITE_URL: '', CI: 'true', SITE_URL_LOCAL: '1', OUT_DIR: out });
    expect(status, output).toBe(0);
    expect(output).toMatch(/!{72}\nSITE_URL n’est pas défini[^\n]*\nCe site ne convient qu’à un aperçu local\./);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('<link rel="canonical" href="http://localhost:4321/">');
  });
});

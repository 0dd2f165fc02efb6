import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAstAsync } from 'vite';
import { describe, expect, it } from 'vitest';
import { keystaticFixes, keystaticFrench, keystaticReplacements, keystaticRules, translateKeystatic } from '../../src/editor/keystatic-fr';
import { t } from '../../src/strings';
import { root } from '../helpers/build';

// Keystatic's English texts are rewritten in French as Vite serves its modules (src/editor/keystatic-fr.ts).
// These tests run the rewriting on the installed Keystatic: after an upgrade that moves or rewords a
// text, they name the rule that no longer applies instead of letting English come back.

/** Keystatic's browser modules, as the editor loads them (not the Node, worker or server builds). */
const browserModules = ['@keystatic/core/dist', '@keystar/ui/dist'].flatMap((dir) =>
  readdirSync(path.join(root, 'node_modules', dir))
    .filter((f) => f.endsWith('.js') && !/\.(node|worker|react-server)\./.test(f))
    .map((f) => path.join(root, 'node_modules', dir, f)),
);
const sources = new Map(browserModules.map((file) => [file, readFileSync(file, 'utf8')]));

describe('Keystatic in French', () => {
  it('finds every English text it rewrites in the installed Keystatic, and leaves none of them', () => {
    const translated = [...sources].map(([file, code]) => ({ file, ...translateKeystatic(code) }));
    const found = new Map<string, number>();
    for (const { counts } of translated) for (const [find, n] of counts) found.set(find, (found.get(find) ?? 0) + n);
    const missing = keystaticReplacements()
      .filter(({ find }) => !found.has(find))
      .map(({ rule, find }) => `« ${rule.en} » : ${find}`);
    expect(missing).toEqual([]);
    const left = keystaticReplacements().filter(({ find }) => translated.some(({ code }) => code.includes(find)));
    expect(left.map((r) => r.find)).toEqual([]);
  });

  it('finds where each fix applies in the installed Keystatic', () => {
    for (const fix of keystaticFixes) {
      // Note: counted as the editor gets them, after the French texts (a fix must not rely on an English one).
      const hits = [...sources.values()].map((code) => translateKeystatic(code).counts.get(fix.find) ?? 0).reduce((a, b) => a + b, 0);
      expect(hits, fix.name).toBeGreaterThan(0);
    }
  });

  it('writes the French of src/strings.ts, and the modules still parse', async () => {
    const ui = [...sources].find(([, code]) => code.includes('placeholderPlugin('))!;
    const { code } = translateKeystatic(ui[1]);
    expect(code).toContain(`placeholderPlugin('Écrivez ici, ou tapez « / » pour insérer un élément…')`);
    expect(code).toContain(`label: 'Gras'`);
    expect(code).toContain(`children: ["Modifier : ", `);
    expect(code).toContain('`Des champs sont mal remplis :\\n`');
    for (const [file, source] of sources) {
      const { code: out, counts } = translateKeystatic(source);
      if (counts.size) await expect(parseAstAsync(out).then(() => file)).resolves.toBe(file);
    }
  });

  it('has a French text for every rule, and the French has no quote that could end the string', () => {
    for (const rule of keystaticRules) {
      const fr = t.editor.keystatic[rule.en];
      expect(fr, rule.en).toBeTruthy();
      expect(fr).not.toBe(rule.en);
    }
  });

  it('rewrites Keystatic’s modules as Vite serves them, and nothing else', () => {
    const plugin = keystaticFrench();
    const run = (code: string, id: string) => (plugin.transform as (code: string, id: string) => { code: string } | null)(code, id);
    const file = browserModules.find((f) => sources.get(f)!.includes('"aria-label": "Resize"'))!;
    expect(run(sources.get(file)!, file)!.code).toContain('"aria-label": "Redimensionner"');
    expect(run(`const a = "aria-label": "Resize"`, path.join(root, 'src/pages/index.astro'))).toBeNull();
    // The prebundled copy (astro dev): the Rolldown plugin loads the same files in French, and only them.
    type Loader = { name: string; load: (id: string) => { code: string; moduleType: string } | null };
    const config = (plugin.config as unknown as () => { optimizeDeps: { rolldownOptions: { plugins: Loader[] } } })();
    const loader = config.optimizeDeps.rolldownOptions.plugins[0]!;
    expect(loader.name).toMatch(/^tiess-keystatic-fr-[0-9a-f]{8}$/);
    expect(loader.load(`${file}?v=1234`)!.code).toContain('"aria-label": "Redimensionner"');
    expect(loader.load(path.join(root, 'src/scripts/map.ts'))).toBeNull();
  });
});

describe('docs/keystatic-traductions.md, the translation offered upstream', () => {
  it('lists every English text the editor rewrites with its French', () => {
    const doc = readFileSync(path.join(root, 'docs/keystatic-traductions.md'), 'utf8');
    const rows = new Set(doc.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| English')));
    const expected = [...new Set(keystaticRules.map((r) => r.en))].map((en) => `| ${en} | ${t.editor.keystatic[en]} |`);
    expect(expected.filter((row) => !rows.has(row))).toEqual([]);
    expect(rows.size).toBe(expected.length);
  });
});

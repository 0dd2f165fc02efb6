import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chartTypes, figureTypeNames, typesFolder } from '../../src/figures/types/index';
import { gallery, readFigureFile } from '../../src/figures/declarative';
import { root } from '../helpers/build';

// A chart type is one folder (src/figures/types/<type>/): the registry finds it, and adding one
// touches nothing else.

const folders = readdirSync(path.join(root, typesFolder), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe('the chart types’ registry', () => {
  it('lists every folder holding a type.ts, in the order of the guide and the messages', () => {
    expect([...figureTypeNames].sort()).toEqual(folders.filter((f) => existsSync(path.join(root, typesFolder, f, 'type.ts'))).sort());
    expect(figureTypeNames.slice(0, 10)).toEqual([
      'barres',
      'colonnes',
      'barres-groupees',
      'colonnes-groupees',
      'barres-empilees',
      'colonnes-empilees',
      'lignes',
      'anneau',
      'tableau',
      'carte-regions',
    ]);
  });

  it('gives every type an editor form and at least one gallery example of that type', () => {
    for (const type of figureTypeNames) {
      const folder = path.join(root, typesFolder, type);
      expect(existsSync(path.join(folder, 'editor.ts')), `${type}: editor.ts`).toBe(true);
      expect(existsSync(path.join(folder, 'about.ts')), `${type}: about.ts`).toBe(true);
      const named = (chartTypes[type]!.examples ?? []).map((id) => path.join(root, gallery.figures, `${id}.yaml`));
      const own = readdirSync(folder)
        .filter((f) => /^exemple-.*\.ya?ml$/.test(f))
        .map((f) => path.join(folder, f));
      expect(named.length + own.length, `${type}: no gallery example`).toBeGreaterThan(0);
      // Its own examples say what the gallery's keyboard test must hear.
      expect(Object.keys(chartTypes[type]!.gallery ?? {}).sort(), type).toEqual(own.map((f) => path.basename(f).replace(/\.ya?ml$/, '')).sort());
      for (const file of [...named, ...own]) {
        const read = readFigureFile(file, own.includes(file) ? folder : path.join(root, gallery.data));
        expect(read.problems.map((p) => p.message)).toEqual([]);
        expect(read.spec?.type, file).toBe(type);
      }
    }
  });
});

// The type a test adds: one disc per row of its CSV, with a key of its own (« rayon ») and its message,
// one value per mark, so it declares « Écouter » (its `listen`).
const newType = {
  'type.ts': `import { z } from 'astro/zod';
import { column, common, strict } from '../../../schemas/figure-keys';
import { createSvg, finalizeSvg } from '../../../charts/svg';
import { defineChartType } from '../contract';
import about from './about';

const radius = 'rayon : nombre de 2 à 20 attendu';

export default defineChartType({
  ...about,
  kindName: 'Pastilles d’essai',
  kind: 'chart',
  listen: { mode: 'marks' },
  schema: strict({
    ...common,
    categorie: column('categorie'),
    valeur: column('valeur'),
    rayon: z.number({ error: radius }).min(2, radius).max(20, radius).default(6),
  }),
  prepare: ({ spec, table, columnIndex, cellsOf, numberAt, formatterFor, problems, before }) => {
    const label = columnIndex('categorie', spec.categorie)!;
    const value = columnIndex('valeur', spec.valeur)!;
    if (problems.length > before) return undefined;
    const points = table.records.map((r) => ({ label: cellsOf(r, label), value: numberAt(r, value, 'valeur') ?? 0 }));
    if (problems.length > before) return undefined;
    const { value: format } = formatterFor(spec.format, [value]);
    return {
      rows: points.map((p) => ({ raw: [p.label, p.value], shown: [p.label, format(p.value)] })),
      headers: [spec.categorie, spec.valeur],
      numeric: [false, true],
      description: \`Pastilles d’essai : \${points.length} pastilles.\`,
      notes: [],
      render: (request) => {
        const svg = createSvg(request.width, 40);
        points.forEach((p, i) =>
          svg.append('circle').attr('class', 'pastille').attr('cx', 20 + i * 30).attr('cy', 20).attr('r', spec.rayon).attr('data-label', p.label).attr('data-value', format(p.value)),
        );
        return finalizeSvg(svg.node()!, request);
      },
    };
  },
});
`,
  'about.ts': "export default { order: 100, summary: 'pastilles d’essai, une par ligne' };\n",
  'editor.ts': `import type { EditorKit } from '../../../editor/figure-fields';

export const fields = ({ fields, f, column }: EditorKit) => fields.object({ categorie: column(f.categorie), valeur: column(f.valeur), rayon: fields.integer({ label: 'Rayon' }) });
`,
  'exemple-pastilles.yaml': 'type: pastilles-essai\ntitre: Pastilles (exemple)\nsource: Données d’exemple\ndonnees: exemple-pastilles.csv\ncategorie: nom\nvaleur: nombre\nrayon: 8\n',
  'exemple-pastilles.csv': 'nom,nombre\nA,3\nB,5\nC,2\n',
  'exemple-pastilles-faux.yaml': 'type: pastilles-essai\ntitre: Pastilles (exemple faux)\nsource: Données d’exemple\ndonnees: exemple-pastilles.csv\ncategorie: nom\nrayon: grand\nvaleur: nombre\n',
};

const probe = `process.env.GALERIE = '1';
const { figureTypeNames, figureTypes } = await import('../src/schemas/figure');
const { buildFigure } = await import('../src/figures/index');
const editor = (await import('../keystatic.config')).default as any;
const { listenMode, listenableTypes } = await import('../src/figures/listen');
const { dataMarks, marksTones } = await import('../src/scripts/listen-data');
const { parseHTML } = await import('linkedom');
const built = buildFigure('exemple-pastilles');
const marks = [...parseHTML(\`<!doctype html><html><body>\${built.svg.wide}</body></html>\`).document.querySelectorAll(dataMarks)].map((e) => ({ label: e.getAttribute('data-label'), value: e.getAttribute('data-value') }));
console.log(JSON.stringify({
  names: figureTypeNames,
  summary: figureTypes['pastilles-essai'],
  editor: Object.keys(editor.collections.figures.schema.type.values),
  editorKeys: Object.keys(editor.collections.figures.schema.type.values['pastilles-essai'].fields),
  svg: built.svg,
  description: built.description,
  csv: built.csv,
  listen: listenMode('pastilles-essai'),
  listenable: listenableTypes,
  tones: marksTones(marks, []).map((tone) => tone.value),
}));
`;

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('a chart type added as one folder', () => {
  it('is listed, validated with its own French message, drawn and offered in the editor, with no other file changed', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tiess-new-type-'));
    temps.push(dir);
    for (const entry of ['package.json', 'tsconfig.json', '.gitignore', 'keystatic.config.ts', 'data', 'docs', 'public', 'scripts', 'src']) {
      cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
    }
    symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    git('add', '-A');
    expect(git('commit', '-qm', 'copie').status).toBe(0);
    writeFileSync(path.join(dir, '.git/info/exclude'), '.probe/\n');

    const folder = path.join(dir, 'src/figures/types/pastilles-essai');
    mkdirSync(folder);
    for (const [name, text] of Object.entries(newType)) writeFileSync(path.join(folder, name), text);
    mkdirSync(path.join(dir, '.probe'));
    writeFileSync(path.join(dir, '.probe/probe.ts'), probe);
    const viteNode = (script: string, env: Record<string, string> = {}) =>
      spawnSync(process.execPath, ['node_modules/vite-node/dist/cli.mjs', '-c', 'scripts/check.vite.config.mjs', script], {
        cwd: dir,
        env: { ...process.env, ...env, NO_COLOR: '1', FIGURE_CACHE: '0' },
        encoding: 'utf8',
        timeout: 240_000,
      });

    // Listed, drawn at both widths from its example, in the editor's list of types.
    const run = viteNode('.probe/probe.ts');
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
    expect(result.names.at(-1)).toBe('pastilles-essai');
    expect(result.names.slice(0, -1)).toEqual(figureTypeNames);
    expect(result.summary).toBe('pastilles d’essai, une par ligne');
    expect(result.editor).toEqual([...figureTypeNames, 'pastilles-essai']);
    expect(result.editorKeys).toEqual(['categorie', 'valeur', 'rayon']);
    for (const svg of [result.svg.narrow, result.svg.wide]) {
      const discs = [...svg.matchAll(/<circle [^>]*class="pastille"[^>]*>/g)].map(([disc]) => `${/data-label="([^"]*)"/.exec(disc)?.[1]} ${/data-value="([^"]*)"/.exec(disc)?.[1]}`);
      expect(discs).toEqual(['A 3', 'B 5', 'C 2']);
      expect(svg).toContain('r="8"');
    }
    expect(result.description).toBe('Pastilles d’essai : 3 pastilles.');
    expect(result.csv).toBe('nom,nombre\nA,3\nB,5\nC,2\n');
    // « Écouter »: declared in its folder, so its charts get the button and play its values.
    expect(result.listen).toBe('marks');
    expect(result.listenable.at(-1)).toBe('pastilles-essai');
    expect(result.tones).toEqual([3, 5, 2]);

    // Validated: the check names the example's file and line with the type's own message.
    const check = viteNode('scripts/check.ts', { GALERIE: '1' });
    expect(check.status).toBe(1);
    expect(`${check.stdout}\n${check.stderr}`).toContain('src/figures/types/pastilles-essai/exemple-pastilles-faux.yaml, ligne 6 : rayon : nombre de 2 à 20 attendu');

    // Nothing but the new folder changed.
    expect(git('status', '--porcelain', '--untracked-files=all').stdout.trim().split('\n').sort()).toEqual(
      Object.keys(newType).map((name) => `?? src/figures/types/pastilles-essai/${name}`).sort(),
    );
  }, 300_000);
});

import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { chapterSchema } from '../../src/schemas/chapter';
import { root, runBuild } from '../helpers/build';
import { readPage, textOf } from '../helpers/html';

const temps: string[] = [];
const temp = (name: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), `tiess-${name}-`));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

const run = (command: string[], cwd: string, env: Record<string, string> = {}) => {
  const result = spawnSync(command[0]!, command.slice(1), { cwd, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};

const chapterText = readFileSync(path.join(root, 'src/content/chapters/un-ecosysteme-tisse-serre.mdx'), 'utf8');

describe('npm run check', () => {
  it('passes on the shipped report', () => {
    const { status, output } = run([path.join(root, 'node_modules/.bin/vite-node'), 'scripts/check.ts'], root);
    expect(output).toContain('✓ 9 fichiers de données');
    expect(status).toBe(0);
  });

  it('names the file, line and field of every authoring mistake at once', () => {
    const dir = temp('check');
    const bad = chapterText
      .replace('part: 2. Renforcer', 'part: Renforcer')
      .replace('<Figure id="poles-par-region" />', '<Figure id="poles-par-regions" />')
      .replace('## SISMIC {/* #sismic */}', '## SISMIC {/* #sismic */}\n\nVoir [la carte](/chapitres/un-ecosysteme-tisse-serre/#carte) et [les sources](/sources/).');
    writeFileSync(path.join(dir, 'un-ecosysteme-tisse-serre.mdx'), bad);
    const { status, output } = run([path.join(root, 'node_modules/.bin/vite-node'), 'scripts/check.ts'], root, { REPORT_CHAPTERS_DIR: dir });
    expect(status).toBe(1);
    const lines = bad.split('\n');
    const lineOf = (s: string) => lines.findIndex((l) => l.includes(s)) + 1;
    const file = path.join(dir, 'un-ecosysteme-tisse-serre.mdx');
    expect(output).toContain('4 problèmes à corriger');
    expect(output).toContain(`${file}, ligne 3, champ « part » : partie attendue sous la forme « 2. Renforcer »`);
    expect(output).toContain(`${file}, ligne ${lineOf('poles-par-regions')}, colonne 1 : figure inconnue « poles-par-regions »`);
    const linkLine = lines[lineOf('la carte') - 1]!;
    expect(output).toContain(`${file}, ligne ${lineOf('la carte')}, colonne ${linkLine.indexOf('](') + 1} : lien interne cassé « /chapitres/un-ecosysteme-tisse-serre/#carte » : aucune section « #carte » dans ce chapitre`);
    expect(output).toContain(`lien interne cassé « /sources/ » : page inconnue`);
  });
});

describe('npm run new:chapter', () => {
  it('creates a chapter with valid frontmatter and the next order number', () => {
    const dir = temp('new-chapter');
    mkdirSync(path.join(dir, 'src/content/chapters'), { recursive: true });
    writeFileSync(path.join(dir, 'src/content/chapters/un-ecosysteme-tisse-serre.mdx'), chapterText);
    const { status, output } = run(['node', path.join(root, 'scripts/new-chapter.mjs'), 'Anticiper', 'et', 'comprendre', '--partie', '3. Anticiper et comprendre', '--pages', '28-30'], dir);
    expect(status, output).toBe(0);
    const text = readFileSync(path.join(dir, 'src/content/chapters/anticiper-et-comprendre.mdx'), 'utf8');
    const data = chapterSchema.parse(parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!));
    expect(data).toMatchObject({ title: 'Anticiper et comprendre', part: '3. Anticiper et comprendre', order: 2, pages: { from: 28, to: 30 } });
    const again = run(['node', path.join(root, 'scripts/new-chapter.mjs'), 'Anticiper et comprendre'], dir);
    expect(again.status).toBe(1);
    expect(again.output).toContain('Erreur : le chapitre src/content/chapters/anticiper-et-comprendre.mdx existe déjà');
  });
});

describe('npm run new:figure', () => {
  it('creates a CSV header, a dataset and a figure that draws the CSV once it has rows', async () => {
    // Note: inside the project, so that the test runner may load the generated modules.
    mkdirSync(path.join(root, '.tmp'), { recursive: true });
    const dir = mkdtempSync(path.join(root, '.tmp', 'new-figure-'));
    try {
      await scaffoldAndDraw(dir);
    } finally {
      // Removed at once: generated modules left in the project would be picked up by other builds.
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Runs new:figure in a scratch project, fills the CSV as Excel would, then loads and draws the figure. */
async function scaffoldAndDraw(dir: string): Promise<void> {
    for (const link of ['node_modules', 'src/charts', 'src/utils', 'src/styles', 'src/strings.ts', 'src/data/csv.ts', 'src/data/cells.ts', 'src/figures/types.ts']) {
      mkdirSync(path.dirname(path.join(dir, link)), { recursive: true });
      symlinkSync(path.join(root, link), path.join(dir, link));
    }
    mkdirSync(path.join(dir, 'data'));
    const { status, output } = run(['node', path.join(root, 'scripts/new-figure.mjs'), 'entreprises-par-secteur'], dir);
    expect(status, output).toBe(0);
    expect(readFileSync(path.join(dir, 'data/entreprises-par-secteur.csv'), 'utf8')).toBe('id,libelle,valeur\n');
    writeFileSync(path.join(dir, 'data/entreprises-par-secteur.csv'), 'id;libelle;valeur\r\nculture;Arts et culture;1 200\r\nhabitation;Habitation;850\r\n');
    process.env.REPORT_DATA_DIR = path.join(dir, 'data');
    try {
      const module = await import(path.join(dir, 'src/figures/entreprises-par-secteur.ts'));
      const figure = module.entreprisesParSecteurFigure;
      const rows = figure.rows();
      expect(rows.map((r: { valeur: number }) => r.valeur)).toEqual([1200, 850]);
      const svg: string = figure.render(rows, { width: 360, idPrefix: 'x-', labelledBy: 'a b' });
      expect(svg).toContain('Arts et culture');
      expect(svg).toContain('1\u202f200');
    } finally {
      delete process.env.REPORT_DATA_DIR;
    }
    expect(run(['node', path.join(root, 'scripts/new-figure.mjs'), 'Pas Bon'], dir).output).toContain('Erreur : donnez un identifiant en minuscules');
}

describe('components in chapters without import lines', () => {
  it('renders Encadré, Citation, Illustration and French typography; a missing image stops the build with its path', () => {
    const dir = temp('components');
    const out = path.join(dir, 'out');
    const chapters = path.join(dir, 'chapters');
    mkdirSync(chapters);
    const frontmatter = chapterText.split('---\n').slice(0, 2).join('---\n') + '---\n';
    writeFileSync(
      path.join(chapters, 'exemple.mdx'),
      `${frontmatter}
## Une section {/* #une-section */}

<Encadre titre="À retenir">
Le texte "entre guillemets" et l'apostrophe.
</Encadre>

<Citation auteur="Une personne" source="une source">
Une phrase citée.
</Citation>

<Illustration src="/favicon.svg" alt="Le logo du site" legende="Une légende" credit="TIESS" width={32} height={32} />
`,
    );
    const { status, output } = runBuild({ REPORT_CHAPTERS_DIR: chapters, OUT_DIR: out });
    expect(status, output).toBe(0);
    const doc = readPage(path.join(out, 'chapitres/exemple/index.html'));
    expect(textOf(doc.querySelector('aside.encadre')!)).toBe('À retenir Le texte « entre guillemets » et l’apostrophe.');
    expect(doc.querySelector('aside.encadre')!.getAttribute('aria-label')).toBe('À retenir');
    expect(textOf(doc.querySelector('figure.citation blockquote')!)).toBe('Une phrase citée.');
    expect(textOf(doc.querySelector('figure.citation figcaption')!)).toBe('Une personne, une source');
    const img = doc.querySelector('figure.illustration img')!;
    expect([img.getAttribute('src'), img.getAttribute('alt'), img.getAttribute('loading')]).toEqual(['/favicon.svg', 'Le logo du site', 'lazy']);

    writeFileSync(path.join(chapters, 'exemple.mdx'), readFileSync(path.join(chapters, 'exemple.mdx'), 'utf8').replace('/favicon.svg', '/images/absente.jpg'));
    const missing = runBuild({ REPORT_CHAPTERS_DIR: chapters, OUT_DIR: path.join(dir, 'out2') });
    expect(missing.status).not.toBe(0);
    expect(missing.output).toContain('image introuvable « /images/absente.jpg » : placez le fichier dans public/');
  });
});

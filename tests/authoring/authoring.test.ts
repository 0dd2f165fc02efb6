import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, type Dirent } from 'node:fs';
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
    expect(output).toContain('✓ 12 fichiers de données');
    expect(status).toBe(0);
  });

  it('names the file, line and field of every authoring mistake at once', () => {
    const dir = temp('check');
    const bad = chapterText
      .replace('partie: 2. Renforcer', 'partie: Renforcer')
      .replace('<Figure id="poles-par-region" />', '<Figure id="poles-par-regions" />')
      .replace('## SISMIC <Ancre id="sismic" />', '## SISMIC <Ancre id="sismic" />\n\nVoir [la carte](/chapitres/un-ecosysteme-tisse-serre/#carte) et [les sources](/sources/).');
    writeFileSync(path.join(dir, 'un-ecosysteme-tisse-serre.mdx'), bad);
    const { status, output } = run([path.join(root, 'node_modules/.bin/vite-node'), 'scripts/check.ts'], root, { REPORT_CHAPTERS_DIR: dir });
    expect(status).toBe(1);
    const lines = bad.split('\n');
    const lineOf = (s: string) => lines.findIndex((l) => l.includes(s)) + 1;
    const file = path.join(dir, 'un-ecosysteme-tisse-serre.mdx');
    expect(output).toContain('4 problèmes à corriger');
    expect(output).toContain(`${file}, ligne 3, champ « partie » : partie attendue sous la forme « 2. Renforcer »`);
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
  /** A copy of the project as a staffer has it (node_modules linked), where only content changes. */
  function projectCopy(): string {
    // Note: inside the project, so that vite-node and Astro resolve the linked node_modules.
    mkdirSync(path.join(root, '.tmp'), { recursive: true });
    const dir = mkdtempSync(path.join(root, '.tmp', 'staff-'));
    temps.push(dir);
    for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'data', 'public', 'scripts', 'src']) cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
    symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
    return dir;
  }

  it('follows the guide: a column chart of yearly values with decimals, in a new chapter, built without touching code', () => {
    const dir = projectCopy();
    // Note: the files are listed from the folder, not from git, so that the test passes in a copy without .git (a release archive).
    const srcBefore = (readdirSync(path.join(root, 'src'), { recursive: true, withFileTypes: true }) as Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      .filter((f) => !f.startsWith('src/content/'));
    expect(srcBefore).toContain('src/figures/declarative.ts');
    // 1. The chapter and the figure, each from its command.
    expect(run(['node', 'scripts/new-chapter.mjs', 'Activités de transfert', '--partie', '3. Anticiper et comprendre', '--pages', '28'], dir).status).toBe(0);
    const created = run(['node', 'scripts/new-figure.mjs', 'activites-par-annee', '--type', 'colonnes'], dir);
    expect(created.status, created.output).toBe(0);
    expect(readFileSync(path.join(dir, 'data/activites-par-annee.csv'), 'utf8')).toBe('annee;valeur\r\n');
    const figurePath = path.join(dir, 'src/content/figures/activites-par-annee.yaml');
    expect(readFileSync(figurePath, 'utf8')).toContain('type: colonnes\ntitre: Titre de la figure\ndonnees: activites-par-annee.csv\ncategorie: annee\nvaleur: valeur\n');
    // 2. The CSV as Excel in French saves it (semicolons, decimal commas, BOM), once per year.
    writeFileSync(path.join(dir, 'data/activites-par-annee.csv'), '\ufeffannee;valeur\r\n2018;12,5\r\n2019;18\r\n2020;21,75\r\n');
    // 3. The texts: a French apostrophe and a colon with its space, no quotes needed.
    const yaml = readFileSync(figurePath, 'utf8')
      .replace('titre: Titre de la figure', 'titre: Nombre d’activités de transfert par année')
      .replace('source: Source des données', 'source: TIESS : bilan des activités (exemple de test)');
    writeFileSync(figurePath, yaml);
    // 4. The figure in the new chapter.
    const chapter = path.join(dir, 'src/content/chapters/activites-de-transfert.mdx');
    writeFileSync(chapter, `${readFileSync(chapter, 'utf8')}\n<Figure id="activites-par-annee" />\n`);
    // Note: vite-node does not follow the linked node_modules, so check runs from the project on the copy's content.
    const check = run([path.join(root, 'node_modules/.bin/vite-node'), 'scripts/check.ts'], root, {
      REPORT_CHAPTERS_DIR: path.join(dir, 'src/content/chapters'),
      REPORT_DATA_DIR: path.join(dir, 'data'),
      REPORT_FIGURES_DIR: path.join(dir, 'src/content/figures'),
    });
    expect(check.output).toContain('activites-par-annee');
    const out = path.join(dir, 'dist');
    const { status, output } = run(['node', 'node_modules/astro/bin/astro.mjs', 'build'], dir, { OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: 'https://rapport.example.org' });
    expect(status, output).toBe(0);
    const page = readFileSync(path.join(out, 'chapitres/activites-de-transfert/index.html'), 'utf8');
    expect(page).toContain('Nombre d’activités de transfert par année');
    expect(page).toContain('TIESS\u00a0: bilan des activités (exemple de test)');
    expect(page).toMatch(/data-label="2018" data-value="12,50"|data-value="12,50"[^>]*data-label="2018"/);
    expect(page.replace(/[\u00a0\u202f]/g, ' ')).toContain('Diagramme à colonnes de 3 catégories. Valeur la plus élevée : 2020 (21,75) ; la plus faible : 2018 (12,50).');
    expect(readFileSync(path.join(out, 'figures/activites-par-annee.csv'), 'utf8')).toBe('\ufeffannee,valeur\n2018,12.5\n2019,18\n2020,21.75\n');
    // Nothing outside src/content/ was touched.
    const changedCode = srcBefore.filter((f) => readFileSync(path.join(dir, f), 'utf8') !== readFileSync(path.join(root, f), 'utf8'));
    expect(changedCode).toEqual([]);
  });

  it('fills the roles from an existing CSV’s real columns, and refuses bad ids and types', () => {
    const dir = projectCopy();
    writeFileSync(path.join(dir, 'data/taux.csv'), 'annee;Estrie;Montréal\r\n2019;42,5;51\r\n');
    const created = run(['node', 'scripts/new-figure.mjs', 'taux-par-region', '--type', 'lignes', '--donnees', 'taux.csv'], dir);
    expect(created.status, created.output).toBe(0);
    expect(created.output).toContain('lu : colonnes annee, Estrie, Montréal');
    expect(readFileSync(path.join(dir, 'src/content/figures/taux-par-region.yaml'), 'utf8')).toContain('donnees: taux.csv\ncategorie: annee\nvaleurs: [Estrie, Montréal]\n');
    expect(run(['node', 'scripts/new-figure.mjs', 'Pas Bon'], dir).output).toContain('Erreur : donnez un identifiant en minuscules');
    expect(run(['node', 'scripts/new-figure.mjs', 'x', '--type', 'camembert'], dir).output).toContain('Erreur : type inconnu « camembert » ; types possibles : barres, colonnes');
  });
});

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
## Une section <Ancre id="une-section" />

<Encadre titre="À retenir">
Le texte "entre guillemets" et l'apostrophe.
</Encadre>

<Citation auteur="Une personne" source="une source">
Une phrase citée.
</Citation>

<Illustration src="/favicon.svg" alt="Le logo du site" legende="Une légende" credit="TIESS" width={32} height={32} />

<Illustration src="/favicon.svg" alt="Le logo, taille lue dans l’image" />
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
    // Without width and height (as the browser editor writes it), the size is read from the image.
    const sized = doc.querySelectorAll('figure.illustration img')[1]!;
    expect([sized.getAttribute('width'), sized.getAttribute('height')]).toEqual(['32', '32']);

    writeFileSync(path.join(chapters, 'exemple.mdx'), readFileSync(path.join(chapters, 'exemple.mdx'), 'utf8').replace('/favicon.svg', '/images/absente.jpg'));
    const missing = runBuild({ REPORT_CHAPTERS_DIR: chapters, OUT_DIR: path.join(dir, 'out2') });
    expect(missing.status).not.toBe(0);
    expect(missing.output).toContain('image introuvable « /images/absente.jpg » : placez le fichier dans public/');
  });
});

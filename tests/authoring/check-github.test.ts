import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { githubAnnotations, githubSummary, locate, problemsInOutput } from '../../src/check/report';
import { runChecks } from '../../src/editor/publish-check';
import { root } from '../helpers/build';

// `npm run check -- --github` (as the workflow runs it): every problem of a failed check
// reported on the commit, as annotations on the file and line and as a list in the job summary.

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('reading a problem’s place', () => {
  it('finds file, line and column at the start of each kind of message', () => {
    expect(locate('data/jalons.csv, ligne 2, colonne 4 (« mois ») : nombre entier de 1 à 12 attendu, reçu « mai »')).toEqual({ file: 'data/jalons.csv', line: 2, column: 4 });
    expect(locate('src/content/figures/activites.yaml, ligne 5 : valeur : la colonne « activités » n’existe pas')).toEqual({ file: 'src/content/figures/activites.yaml', line: 5 });
    expect(locate('src/content/chapters/x.mdx, ligne 3, champ « partie » : texte')).toEqual({ file: 'src/content/chapters/x.mdx', line: 3 });
    expect(locate('data/poles.csv : … et 10 autres problèmes dans ce fichier')).toEqual({ file: 'data/poles.csv' });
    expect(locate('deux figures ont l’identifiant « x »')).toEqual({});
  });

  it('escapes what GitHub’s commands and Markdown would read', () => {
    expect(githubAnnotations(['data/a.csv, ligne 2 : 100 % attendu\nensuite', 'deux figures : « x »'])).toEqual([
      '::error file=data/a.csv,line=2,title=Vérification du rapport::data/a.csv, ligne 2 : 100 %25 attendu%0Aensuite',
      '::error title=Vérification du rapport::deux figures : « x »',
    ]);
    expect(githubSummary(['x.mdx, ligne 4, colonne 1 : balise <Encadre> ouverte *ici*'])).toContain('- **x.mdx**, ligne 4, colonne 1 : balise &lt;Encadre&gt; ouverte \\*ici\\*\n');
  });
});

/** A copy of the project (node_modules linked) with a bad month in data/jalons.csv and an unclosed <Encadre> at the end of the chapter. */
function badCopy() {
  const dir = mkdtempSync(path.join(tmpdir(), 'tiess-check-github-'));
  temps.push(dir);
  for (const entry of ['package.json', 'tsconfig.json', 'data', 'public', 'scripts', 'src']) cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  const jalons = path.join(dir, 'data/jalons.csv');
  writeFileSync(jalons, readFileSync(jalons, 'utf8').replace('sismic-lancement,sismic,2019,5,', 'sismic-lancement,sismic,2019,mai,'));
  const chapter = path.join(dir, 'src/content/chapters/un-ecosysteme-tisse-serre.mdx');
  const text = readFileSync(chapter, 'utf8');
  writeFileSync(chapter, `${text}\n<Encadre titre="À retenir">\nTexte.\n`);
  return { dir, encadreLine: text.split('\n').length + 1 };
}

describe('the checks of the « Publier » page', () => {
  it('are npm run check’s, each problem in French with file and line', async () => {
    const { dir, encadreLine } = badCopy();
    expect(await runChecks(dir)).toEqual([
      'data/jalons.csv, ligne 2, colonne 4 (« mois ») : nombre entier de 1 à 12 attendu, reçu « mai »',
      `src/content/chapters/un-ecosysteme-tisse-serre.mdx, ligne ${encadreLine}, colonne 1 : balise <Encadre> ouverte mais jamais fermée (ajoutez </Encadre>)`,
    ]);
  });
});

describe('npm run check -- --github on a copy of the project with bad data', () => {
  it('prints one annotation per problem on its file, line and column, and writes the job summary', () => {
    const { dir, encadreLine } = badCopy();
    const summary = path.join(dir, 'summary.md');
    writeFileSync(summary, '');
    const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_STEP_SUMMARY: summary, NO_COLOR: '1' };
    const result = spawnSync(process.execPath, ['node_modules/vite-node/dist/cli.mjs', '-c', 'scripts/check.vite.config.mjs', 'scripts/check.ts', '--github'], {
      cwd: dir,
      env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status, result.stderr).toBe(1);
    const annotations = result.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(annotations).toEqual([
      '::error file=data/jalons.csv,line=2,col=4,title=Vérification du rapport::data/jalons.csv, ligne 2, colonne 4 (« mois ») : nombre entier de 1 à 12 attendu, reçu « mai »',
      `::error file=src/content/chapters/un-ecosysteme-tisse-serre.mdx,line=${encadreLine},col=1,title=Vérification du rapport::src/content/chapters/un-ecosysteme-tisse-serre.mdx, ligne ${encadreLine}, colonne 1 : balise <Encadre> ouverte mais jamais fermée (ajoutez </Encadre>)`,
    ]);
    // The same problems as the French list printed for people, none left out.
    expect(problemsInOutput(result.stderr)).toHaveLength(2);
    expect(readFileSync(summary, 'utf8')).toBe(
      [
        '### Vérification du rapport : 2 problèmes à corriger',
        '',
        '- **data/jalons.csv**, ligne 2, colonne 4 (« mois ») : nombre entier de 1 à 12 attendu, reçu « mai »',
        `- **src/content/chapters/un-ecosysteme-tisse-serre.mdx**, ligne ${encadreLine}, colonne 1 : balise &lt;Encadre&gt; ouverte mais jamais fermée (ajoutez &lt;/Encadre&gt;)`,
        '',
        'Le site n’est pas publié. Corrigez chaque fichier indiqué (dans l’éditeur ou sur GitHub, bouton « Edit » du fichier), puis enregistrez : la vérification se relance seule.',
        '',
      ].join('\n'),
    );
  });
});

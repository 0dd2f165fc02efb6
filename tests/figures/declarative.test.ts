import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { declaredFigure, figureFileProblems, gallery, prepare, readFigureFile, type FigureFile } from '../../src/figures/declarative';
import { figureCsv } from '../../src/figures/index';
import { figureTypeNames, type FigureSpec } from '../../src/schemas/figure';
import type { DataError } from '../../src/data/csv';
import { valueFormatter } from '../../src/utils/format';
import { asExcelFrench, toWindows1252 } from '../helpers/excel';
import { figureCorners } from '../helpers/figure-files';

const corners = figureCorners('figures');
/** A temporary project corner: figure files and CSV files, as staff would write them. */
const workspace = corners.workspace;
/** Reads one figure file and its data; returns every problem message, relative paths cut to file names. */
const problemsOf = (files: Record<string, string | Buffer>, figure: string): string[] => corners.readFiles(files, figure).problems;

const regionsCsv = 'region,activites\nEstrie,12\nMontréal,44\n';
const base = (type: string, more = '') =>
  `type: ${type}\ntitre: Essai\ndonnees: regions.csv\ncategorie: region\nvaleur: activites\nsource: Essai.\n${more}`;

describe('figure files: errors that point home', () => {
  it('an unknown type is named with the line and the list of types', () => {
    expect(problemsOf({ 'regions.csv': regionsCsv, 'essai.yaml': base('camembert') }, 'essai.yaml')).toEqual([
      `figures/essai.yaml, ligne 1 : type inconnu « camembert » ; types possibles : ${figureTypeNames.join(', ')}`,
    ]);
    // Note: the types' order is the registry's (tests/figures/chart-types.test.ts); a new type folder adds itself to the list.
    expect(figureTypeNames.join(', ')).toMatch(/^barres, colonnes, barres-groupees, colonnes-groupees, barres-empilees, colonnes-empilees, lignes, anneau, tableau, carte-regions(, |$)/);
  });

  it('an unknown column names the key’s line and the CSV’s real columns', () => {
    const yaml = 'type: barres\ntitre: Essai\ndonnees: regions.csv\ncategorie: region\nvaleur: activités\nsource: Essai.\n';
    const [message, ...others] = problemsOf({ 'regions.csv': regionsCsv, 'essai.yaml': yaml }, 'essai.yaml');
    expect(others).toEqual([]);
    expect(message).toMatch(/^figures\/essai\.yaml, ligne 5 : valeur : la colonne « activités » n’existe pas dans \S*regions\.csv \(vouliez-vous dire « activites » \?\) ; ses colonnes sont : region, activites$/);
    const far = problemsOf({ 'regions.csv': regionsCsv, 'essai.yaml': yaml.replace('activités', 'montant') }, 'essai.yaml');
    expect(far).toEqual(['figures/essai.yaml, ligne 5 : valeur : la colonne « montant » n’existe pas dans data/regions.csv ; ses colonnes sont : region, activites']);
  });

  it('years written across the columns (as a printed table has them): says to put them in one column', () => {
    const wide = 'region;2018;2019;2020\nEstrie;12;14;15\nMontréal;44;40;41\n';
    const yaml = 'type: lignes\ntitre: Essai\ndonnees: regions.csv\ncategorie: annee\nvaleur: activites\nsource: Essai.\n';
    expect(problemsOf({ 'regions.csv': wide, 'essai.yaml': yaml }, 'essai.yaml')).toEqual([
      'figures/essai.yaml, ligne 4 : categorie : la colonne « annee » n’existe pas dans data/regions.csv ; ses colonnes sont : region, 2018, 2019, 2020 ; les années sont en colonnes (2018, 2019, 2020) : une figure lit une ligne par année ; dans Excel, copiez le tableau puis « Collage spécial » › « Transposé » pour mettre les années en lignes (voir « Plusieurs séries » dans le guide)',
      'figures/essai.yaml, ligne 5 : valeur : la colonne « activites » n’existe pas dans data/regions.csv ; ses colonnes sont : region, 2018, 2019, 2020',
    ]);
  });

  it('a value that is not a number names the CSV file, line and column', () => {
    const csv = 'region,activites\nEstrie,12\nMontréal,beaucoup\nLaval,\nOutaouais,n/d\n';
    expect(problemsOf({ 'regions.csv': csv, 'essai.yaml': base('barres') }, 'essai.yaml')).toEqual([
      'data/regions.csv, ligne 3, colonne 2 (« activites ») : nombre attendu, reçu « beaucoup » : la figure essai.yaml dessine les nombres de cette colonne (champ « Colonne des valeurs ») ; écrivez un nombre, ou laissez la cellule vide si la donnée manque',
      'data/regions.csv, ligne 5, colonne 2 (« activites ») : nombre attendu, reçu « n/d » : la figure essai.yaml dessine les nombres de cette colonne (champ « Colonne des valeurs ») ; écrivez un nombre, ou laissez la cellule vide si la donnée manque',
    ]);
  });

  it('a donut with more than 6 parts is refused with a suggestion', () => {
    const csv = `region,activites\n${['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((c, i) => `${c},${i + 1}`).join('\n')}\n`;
    expect(problemsOf({ 'regions.csv': csv, 'essai.yaml': base('anneau') }, 'essai.yaml')).toEqual([
      'figures/essai.yaml, ligne 1 : un anneau montre au plus 6 parts et les données en ont 7 ; pour comparer plus de 6 catégories, écrivez « type: barres »',
    ]);
  });

  it('an apostrophe inside single quotes gets a French message and a hint, at its line and column', () => {
    const yaml = "type: colonnes\ntitre: 'Nombre d'activités'\ndonnees: regions.csv\n";
    expect(problemsOf({ 'regions.csv': regionsCsv, 'essai.yaml': yaml }, 'essai.yaml')).toEqual([
      'figures/essai.yaml, ligne 2, colonne 18 : YAML illisible : texte inattendu après l’apostrophe fermante : un texte entouré d’apostrophes droites (\') ne peut pas en contenir une autre ; enlevez les apostrophes autour du texte ou écrivez l’apostrophe typographique ’',
    ]);
  });

  it('YAML mistakes are said in French at the line (and column) of the file to fix', () => {
    const yaml = (body: string) => problemsOf({ 'regions.csv': regionsCsv, 'essai.yaml': body }, 'essai.yaml');
    // An unclosed « [ »: at the bracket, not at the next line where the reader notices it.
    expect(yaml('type: lignes\ntitre: Essai\ncategorie: region\nvaleurs: [activites, autres\nsource: Essai.\n')).toEqual([
      'figures/essai.yaml, ligne 4, colonne 10 : YAML illisible : crochet « [ » ouvert mais jamais fermé : une liste s’écrit sur une seule ligne et se termine par « ] », ex. valeurs: [2019, 2020]',
    ]);
    expect(yaml('type: tableau\ntitre: Essai\nformats: { activites: dollars\nsource: Essai.\n')).toEqual([
      'figures/essai.yaml, ligne 3, colonne 10 : YAML illisible : accolade « { » ouverte mais jamais fermée : ces valeurs s’écrivent sur une seule ligne et se terminent par « } », ex. formats: { budget: dollars }',
    ]);
    expect(yaml('type: barres\ntitre: Essai\n\tsource: Essai.\n')).toEqual([
      'figures/essai.yaml, ligne 3, colonne 1 : YAML illisible : tabulation en début de ligne : seules les espaces sont acceptées pour décaler une ligne ; remplacez la tabulation par deux espaces',
    ]);
    expect(yaml('type: barres\ntitre: Essai\ntitre: Autre\n')).toEqual([
      'figures/essai.yaml, ligne 3, colonne 1 : YAML illisible : la clé « titre » apparaît deux fois (déjà à la ligne 2) : gardez-en une seule',
    ]);
    expect(yaml('type: barres\ncategorie: "region\nvaleur: activites\n')).toEqual([
      'figures/essai.yaml, ligne 2, colonne 12 : YAML illisible : guillemet « " » ouvert mais jamais fermé : ajoutez le guillemet fermant à la fin du texte, ou enlevez les guillemets (ils ne sont pas nécessaires)',
    ]);
    expect(yaml('type: barres\ntitre: Essai\n---\ntype: colonnes\n')).toEqual([
      'figures/essai.yaml, ligne 3, colonne 1 : YAML illisible : ligne « --- » au milieu du fichier : un fichier décrit une seule chose ; supprimez cette ligne',
    ]);
  });

  it('the example texts npm run new:figure writes are refused at their lines, with what to write', () => {
    const dir = corners.tempDir('-new-figure');
    const created = spawnSync(process.execPath, [path.resolve('scripts/new-figure.mjs'), 'essai', '--type', 'colonnes'], { cwd: dir, encoding: 'utf8' });
    expect(created.status, created.stderr).toBe(0);
    writeFileSync(path.join(dir, 'data/essai.csv'), 'annee;valeur\r\n2019;12\r\n');
    const file = path.join(dir, 'src/content/figures/essai.yaml');
    // The optional lines it writes as comments, uncommented as they stand.
    const text = readFileSync(file, 'utf8').replace(/^# (note|description): /gm, '$1: ');
    writeFileSync(file, text);
    const lineOf = (key: string) => text.split('\n').findIndex((l) => l.startsWith(`${key}:`)) + 1;
    const figure = readFigureFile(file, path.join(dir, 'data'));
    expect(figure.spec).toBeUndefined();
    expect(figure.problems.map((p) => p.message.replace(`${dir}/`, ''))).toEqual([
      `src/content/figures/essai.yaml, ligne ${lineOf('titre')} : titre : « Titre de la figure » est le texte d’exemple écrit par npm run new:figure ; remplacez-le par le titre affiché au-dessus de la figure, ex. « Nombre d’activités de transfert par année »`,
      `src/content/figures/essai.yaml, ligne ${lineOf('source')} : source : « Source des données » est le texte d’exemple écrit par npm run new:figure ; remplacez-le par d’où viennent les données, ex. « TIESS, bilan des activités 2019–2020 »`,
      `src/content/figures/essai.yaml, ligne ${lineOf('note')} : note : « Une mise en garde pour les lecteurs (facultatif) » est le texte d’exemple écrit par npm run new:figure ; remplacez-le par la mise en garde que les lecteurs doivent connaître, ou supprimez la ligne`,
      `src/content/figures/essai.yaml, ligne ${lineOf('description')} : description : « Le texte lu par les lecteurs d’écran ; sans lui, il est écrit à partir des données » est le texte d’exemple écrit par npm run new:figure ; remplacez-le par une ou deux phrases qui disent ce que montre la figure, ou supprimez la ligne (le texte est alors écrit à partir des données)`,
    ]);
    // Once the texts are the figure's, it is accepted.
    writeFileSync(file, text.replace('Titre de la figure', 'Activités').replace('Source des données', 'TIESS').replace(/^(note|description): .*\n/gm, ''));
    expect(readFigureFile(file, path.join(dir, 'data')).problems).toEqual([]);
  });

  it('its CSV gets the shape checks: a column named twice, an empty column name, a row with a missing cell, an empty file', () => {
    const csv = 'region,activites,activites,\nEstrie,12,3,x\nMontréal,44\n';
    expect(problemsOf({ 'regions.csv': csv, 'essai.yaml': base('barres') }, 'essai.yaml')).toEqual([
      'data/regions.csv, ligne 1, colonne 3 (« activites ») : cette colonne apparaît deux fois dans l’en-tête (déjà en colonne 2) : chaque colonne doit avoir son propre nom ; renommez l’une des deux, ou supprimez la colonne en double',
      'data/regions.csv, ligne 1, colonne 4 : cette colonne contient des valeurs mais n’a pas de nom : écrivez son nom sur la première ligne',
      'data/regions.csv, ligne 3, colonne 3 : cette ligne a 2 cellules alors que l’en-tête en compte 4 (virgule en trop ou manquante ?)',
    ]);
    const empty =
      'data/regions.csv, ligne 1 : fichier vide : la première ligne doit contenir les noms des colonnes (séparés par des virgules ou des points-virgules), puis une ligne par donnée ; remplissez-le dans Excel et enregistrez-le en CSV, ou supprimez-le';
    for (const bytes of ['', '\ufeff', '\r\n\r\n']) expect(problemsOf({ 'regions.csv': bytes, 'essai.yaml': base('barres') }, 'essai.yaml')).toEqual([empty]);
  });

  it('percentages that all lie between 0 and 1 are warned about; « fractions: oui » shows them ×100', () => {
    const csv = 'region,taux\nEstrie,"0,12"\nMontréal,"0,305"\n';
    const yaml = 'type: barres\ntitre: Essai\ndonnees: regions.csv\ncategorie: region\nvaleur: taux\nsource: Essai.\nformat: pourcentage\n';
    const ws = workspace({ 'regions.csv': csv, 'essai.yaml': yaml, 'fractions.yaml': `${yaml}fractions: oui\n`, 'faux.yaml': `${base('barres')}fractions: oui\n` });
    const root = `${ws.root}/`;
    const check = (name: string) => {
      const file = readFigureFile(path.join(ws.figures, name), ws.data) as FigureFile & { spec: FigureSpec };
      const problems: DataError[] = [...file.problems];
      const warnings: DataError[] = [];
      if (file.spec) prepare(file, problems, warnings);
      const strip = (e: DataError) => e.message.split(root).join('');
      return { problems: problems.map(strip), warnings: warnings.map(strip), file };
    };
    expect(check('essai.yaml')).toMatchObject({
      problems: [],
      warnings: [
        'figures/essai.yaml, ligne 7 : toutes les valeurs de la colonne « taux » sont entre 0 et 1 (ex. 0,12) et s’affichent « 0,120\u00a0% » ; si ce sont des fractions (0,12 pour 12 %), ajoutez la ligne « fractions: oui » ; si ce sont bien des pourcentages de moins de 1 %, rien à faire',
      ],
    });
    const fractions = check('fractions.yaml');
    expect(fractions).toMatchObject({ problems: [], warnings: [] });
    const figure = declaredFigure(fractions.file);
    expect(figure.rows().map((r) => r.shown)).toEqual([
      ['Estrie', '12,0\u00a0%'],
      ['Montréal', '30,5\u00a0%'],
    ]);
    // The CSV download keeps the values as written.
    expect(figure.rows().map((r) => r.raw)).toEqual([
      ['Estrie', 0.12],
      ['Montréal', 0.305],
    ]);
    expect(check('faux.yaml').problems).toEqual([
      'figures/faux.yaml, ligne 7 : fractions : s’applique seulement aux valeurs en pourcentage ; ajoutez « format: pourcentage » ou supprimez la ligne « fractions »',
    ]);
  });

  it('a mistyped key is named with its line, a suggestion and the keys of the type', () => {
    const messages = problemsOf({ 'regions.csv': regionsCsv, 'essai.yaml': base('barres', 'titre-axes: Activités\n') }, 'essai.yaml');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^figures\/essai\.yaml, ligne 7 : clé inconnue « titre-axes » \(vouliez-vous dire « titre-axe » \?\) ; clés possibles pour le type barres : type, titre, description, source, note, donnees, format/);
  });

  it('a missing column and « n.d. » in a number cell of the same CSV are both reported at once', () => {
    const yaml = 'type: lignes\ntitre: Essai\ndonnees: revenus.csv\ncategorie: annee\nvaleurs:\n  - revenus\n  - depenses\nsource: Essai.\n';
    const csv = 'annee,revenus\n2018,120\n2019,n.d.\n2020,140\n';
    const [column, cell, ...others] = problemsOf({ 'revenus.csv': csv, 'essai.yaml': yaml }, 'essai.yaml');
    expect(others).toEqual([]);
    expect(column).toMatch(/^figures\/essai\.yaml, ligne 5 : valeurs : la colonne « depenses » n’existe pas dans \S*revenus\.csv ; ses colonnes sont : annee, revenus$/);
    expect(cell).toBe('data/revenus.csv, ligne 3, colonne 2 (« revenus ») : nombre attendu, reçu « n.d. » : la figure essai.yaml dessine les nombres de cette colonne (champ « Colonnes des valeurs ») ; écrivez un nombre, ou laissez la cellule vide si la donnée manque');
  });

  it('every problem of a file is reported at once, each on its key’s line', () => {
    const yaml = 'type: barres\ndonnees: absent.csv\ncategorie: region\nvaleur: activites\ntri: hasard\n';
    expect(problemsOf({ 'regions.csv': regionsCsv, 'essai.yaml': yaml }, 'essai.yaml')).toEqual([
      'figures/essai.yaml, ligne 1 : titre manquant',
      'figures/essai.yaml, ligne 1 : source manquant',
      'figures/essai.yaml, ligne 5 : tri : une de ces valeurs attendue : aucun, croissant, decroissant',
    ]);
  });

  it('a missing data file lists the files that exist', () => {
    expect(problemsOf({ 'regions.csv': regionsCsv, 'essai.yaml': base('barres').replace('regions.csv', 'region.csv') }, 'essai.yaml')).toEqual([
      'figures/essai.yaml, ligne 3 : le fichier de données « region.csv » n’existe pas dans data/ ; fichiers présents : regions.csv',
    ]);
  });

  it('a highlighted category must exist', () => {
    expect(problemsOf({ 'regions.csv': regionsCsv, 'essai.yaml': base('barres', 'surligner: [Estrie, Laval]\n') }, 'essai.yaml')).toEqual([
      'figures/essai.yaml, ligne 7 : surligner : « Laval » n’est pas une catégorie des données ; catégories : Estrie, Montréal',
    ]);
  });

  it('region codes: 1 to 9 are read as 01 to 09, unknown codes and repeated regions are refused, all at once', () => {
    const yaml = 'type: carte-regions\ntitre: Essai\ndonnees: carte.csv\nregion: code\nvaleur: taux\nsource: Essai.\n';
    const good = `code,taux\n${Array.from({ length: 17 }, (_, i) => `${i + 1},${i}`).join('\n')}\n`;
    expect(problemsOf({ 'carte.csv': good, 'carte.yaml': yaml }, 'carte.yaml')).toEqual([]);
    const bad = 'code,taux\n1,2\n18,3\n01,4\n';
    expect(problemsOf({ 'carte.csv': bad, 'carte.yaml': yaml }, 'carte.yaml')).toEqual([
      'data/carte.csv, ligne 3, colonne 1 (« code ») : code de région inconnu « 18 » ; les codes vont de 1 (ou 01) à 17',
      'data/carte.csv, ligne 4, colonne 1 (« code ») : la région 01 est déjà à la ligne 2 ; une ligne par région',
    ]);
  });

  it('a column of bad cells is summed up after 50 messages', () => {
    const csv = `region,activites\n${Array.from({ length: 80 }, (_, i) => `R${i},n/d`).join('\n')}\n`;
    const messages = problemsOf({ 'regions.csv': csv, 'essai.yaml': base('barres') }, 'essai.yaml');
    expect(messages).toHaveLength(51);
    expect(messages[50]).toBe('data/regions.csv : … et 30 autres problèmes du même genre dans ce fichier');
  });

  it('a file name that cannot be an id is refused', () => {
    expect(problemsOf({ 'regions.csv': regionsCsv, 'Mon Graphique.yaml': base('barres') }, 'Mon Graphique.yaml')[0]).toMatch(
      /^figures\/Mon Graphique\.yaml : le nom du fichier est l’identifiant de la figure/,
    );
  });
});

describe('figure files: what they draw', () => {
  const draw = (files: Record<string, string | Buffer>, figure: string) => {
    const ws = workspace(files);
    const file = readFigureFile(path.join(ws.figures, figure), ws.data);
    expect(file.problems.map((p) => p.message)).toEqual([]);
    return declaredFigure(file as FigureFile & { spec: FigureSpec });
  };

  it('formats values in fr-CA with their unit', () => {
    expect(valueFormatter('pourcentage', 1).value(12.5)).toBe('12,5\u00a0%');
    expect(valueFormatter('dollars', 0).value(1234)).toBe('1\u202f234\u00a0$');
    expect(valueFormatter('M$', 1).value(3.2)).toBe('3,2\u00a0M$');
    expect(valueFormatter('k$', 0).value(-450)).toBe('\u2212450\u00a0k$');
    expect(valueFormatter('nombre', 2).tick(1.5)).toBe('1,5');
  });

  it('sorts on request, keeps file order otherwise, and keeps decimals as typed', () => {
    const csv = 'annee;activites\n2019;18,5\n2020;12\n2018;21,25\n';
    const fileOrder = draw({ 'a.csv': csv, 'a.yaml': 'type: colonnes\ntitre: A\ndonnees: a.csv\ncategorie: annee\nvaleur: activites\nsource: S.\n' }, 'a.yaml');
    expect(fileOrder.rows().map((r) => r.shown)).toEqual([
      ['2019', '18,50'],
      ['2020', '12,00'],
      ['2018', '21,25'],
    ]);
    const sorted = draw({ 'a.csv': csv, 'a.yaml': 'type: barres\ntitre: A\ndonnees: a.csv\ncategorie: annee\nvaleur: activites\ntri: decroissant\ndecimales: 1\nsource: S.\n' }, 'a.yaml');
    expect(sorted.rows().map((r) => r.shown)).toEqual([
      ['2018', '21,3'],
      ['2019', '18,5'],
      ['2020', '12,0'],
    ]);
  });

  it('writes the alt text from the data when the description is left empty', () => {
    const bars = draw({ 'r.csv': 'region,n\nEstrie,12\nMontréal,44\nLaval,3\n', 'r.yaml': 'type: barres\ntitre: R\ndonnees: r.csv\ncategorie: region\nvaleur: n\nsource: S.\n' }, 'r.yaml');
    expect(bars.description(bars.rows())).toBe(
      'Diagramme à barres horizontales de 3\u00a0catégories. Valeur la plus élevée : Montréal (44) ; la plus faible : Laval (3).',
    );
    const lines = draw(
      { 't.csv': 'annee,A,B\n2018,10,30\n2019,12,25\n2020,15,20\n', 't.yaml': 'type: lignes\ntitre: T\ndonnees: t.csv\ncategorie: annee\nvaleurs: [A, B]\nformat: pourcentage\nsource: S.\n' },
      't.yaml',
    );
    expect(lines.description(lines.rows())).toBe(
      'Graphique linéaire de 2\u00a0séries de 2018 à 2020 (3\u00a0points). A : de 10\u00a0% (2018) à 15\u00a0% (2020), en hausse ; maximum 15\u00a0% (2020), minimum 10\u00a0% (2018). B : de 30\u00a0% (2018) à 20\u00a0% (2020), en baisse ; maximum 30\u00a0% (2018), minimum 20\u00a0% (2020).',
    );
    const donut = draw({ 'd.csv': 'poste,m\nSalaires,3\nLocaux,1\n', 'd.yaml': 'type: anneau\ntitre: D\ndonnees: d.csv\ncategorie: poste\nvaleur: m\nformat: M$\nsource: S.\n' }, 'd.yaml');
    expect(donut.description(donut.rows())).toBe(
      'Graphique en anneau de 2\u00a0parts, total 4\u00a0M$. La plus grande part : Salaires, 75\u00a0% (3\u00a0M$) ; la plus petite : Locaux, 25\u00a0% (1\u00a0M$).',
    );
    const own = draw({ 'r.csv': 'region,n\nEstrie,12\n', 'r.yaml': 'type: barres\ntitre: R\ndonnees: r.csv\ncategorie: region\nvaleur: n\nsource: S.\ndescription: Ma description.\n' }, 'r.yaml');
    expect(own.description(own.rows())).toBe('Ma description.');
  });

  it('names the data table’s columns with titre-categories (and, for one series, titre-axe) in every categorical type, else the CSV’s names', () => {
    const headers = (type: string, keys: string) =>
      draw({ 'h.csv': 'annee,Coop,OBNL\n2019,4,7\n2020,5,8\n', 'h.yaml': `type: ${type}\ntitre: H\ndonnees: h.csv\ncategorie: annee\nsource: S.\n${keys}` }, 'h.yaml').columns.map((c) => c.label);
    expect(headers('barres', 'valeur: Coop\ntitre-categories: Année\ntitre-axe: Coopératives actives\n')).toEqual(['Année', 'Coopératives actives']);
    expect(headers('anneau', 'valeur: Coop\ntitre-categories: Année\n')).toEqual(['Année', 'Coop', 'Part du total']);
    expect(headers('colonnes-groupees', 'valeurs: [Coop, OBNL]\ntitre-categories: Année\ntitre-axe: Organismes\n')).toEqual(['Année', 'Coop', 'OBNL']);
    expect(headers('lignes', 'valeurs: [Coop, OBNL]\ntitre-categories: Année\n')).toEqual(['Année', 'Coop', 'OBNL']);
    expect(headers('aires', 'valeurs: [Coop, OBNL]\ntitre-categories: Année\n')).toEqual(['Année', 'Coop', 'OBNL']);
    expect(headers('aires', 'valeurs: [Coop, OBNL]\n')).toEqual(['annee', 'Coop', 'OBNL']);
    expect(problemsOf({ 'regions.csv': regionsCsv, 'f.yaml': base('barres', 'titre-categories: [Région]\n') }, 'f.yaml')).toEqual(['figures/f.yaml, ligne 7 : titre-categories : texte attendu']);
  });

  it('reads a long CSV (a series column) like the same data in a wide CSV', () => {
    const wide = draw({ 'w.csv': 'annee,Coop,OBNL\n2019,4,7\n2020,5,8\n', 'w.yaml': 'type: colonnes-groupees\ntitre: W\ndonnees: w.csv\ncategorie: annee\nvaleurs: [Coop, OBNL]\nsource: S.\n' }, 'w.yaml');
    const long = draw(
      { 'l.csv': 'annee,forme,n\n2019,Coop,4\n2019,OBNL,7\n2020,Coop,5\n2020,OBNL,8\n', 'w.yaml': 'type: colonnes-groupees\ntitre: W\ndonnees: l.csv\ncategorie: annee\nserie: forme\nvaleur: n\nsource: S.\n' },
      'w.yaml',
    );
    const request = { width: 640, idPrefix: 'w-', labelledBy: 'a b' };
    expect(long.render(long.rows(), request)).toBe(wide.render(wide.rows(), request));
    expect(long.rows().map((r) => r.shown)).toEqual(wide.rows().map((r) => r.shown));
  });

  it('large data stays small: bars keep 60 categories, lines average to 250 points, tables show 200 rows, each with a note', () => {
    const many = (n: number, head: string, row: (i: number) => string) => `${head}\n${Array.from({ length: n }, (_, i) => row(i)).join('\n')}\n`;
    const request = { width: 640, idPrefix: 'x-', labelledBy: 'a b' };
    const bars = draw({ 'b.csv': many(100_000, 'nom,n', (i) => `Catégorie ${i},${(i * 7919) % 1000}`), 'b.yaml': 'type: barres\ntitre: B\ndonnees: b.csv\ncategorie: nom\nvaleur: n\ntri: decroissant\nsource: S.\n' }, 'b.yaml');
    expect(bars.rows()).toHaveLength(60);
    expect(bars.note).toBe('Seules les 60 premières catégories sur 100\u202f000 sont montrées ; le fichier de données les contient toutes.');
    expect(gzipSync(bars.render(bars.rows(), request)).length).toBeLessThan(30 * 1024);
    const lines = draw({ 'l.csv': many(100_000, 'date,n', (i) => `${new Date(Date.UTC(1800, 0, 1) + i * 864e5).toISOString().slice(0, 10)},${i % 97}`), 'l.yaml': 'type: lignes\ntitre: L\ndonnees: l.csv\ncategorie: date\nvaleur: n\nsource: S.\n' }, 'l.yaml');
    expect(lines.rows()).toHaveLength(250);
    expect(lines.note).toMatch(/^Les 100\u202f000 points de chaque série sont ramenés à 250 moyennes de 400 points consécutifs/);
    expect(gzipSync(lines.render(lines.rows(), request)).length).toBeLessThan(30 * 1024);
  });

  it('a table cut at 200 rows: its CSV download holds every row, in the table’s order, as its note says', () => {
    const csv = `nom,n\n${Array.from({ length: 450 }, (_, i) => `Organisme ${i + 1},${(i * 37) % 1000}`).join('\n')}\n`;
    const table = draw({ 't.csv': csv, 't.yaml': 'type: tableau\ntitre: T\ndonnees: t.csv\ncolonnes: [nom, n]\ntrier-par: n\ntri: decroissant\nsource: S.\n' }, 't.yaml');
    expect(table.rows()).toHaveLength(200);
    expect(table.note).toBe('Le tableau montre les 200 premières lignes sur 450 ; le fichier de données les contient toutes.');
    const lines = figureCsv(table).trimEnd().split('\n');
    expect(lines).toHaveLength(451);
    expect(lines[0]).toBe('nom,n');
    // Sorted as the table is, the rows it shows first.
    const values = lines.slice(1).map((l) => Number(l.split(',')[1]));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(lines.slice(1, 201)).toEqual(table.rows().map((r) => r.raw.join(',')));
    expect(new Set(lines.slice(1).map((l) => l.split(',')[0])).size).toBe(450);
  });

  it('averaged line points are written with two decimals more than the data, without float noise', () => {
    // 4 points per average (1 000 points to 250): whole numbers give at most 2 decimals.
    const csv = `date,n\n${Array.from({ length: 1000 }, (_, i) => `${new Date(Date.UTC(2019, 0, 1) + i * 864e5).toISOString().slice(0, 10)},${(i * i) % 7}`).join('\n')}\n`;
    const lines = draw({ 'l.csv': csv, 'l.yaml': 'type: lignes\ntitre: L\ndonnees: l.csv\ncategorie: date\nvaleur: n\nsource: S.\n' }, 'l.yaml');
    const rows = figureCsv(lines).trimEnd().split('\n').slice(1);
    expect(rows).toHaveLength(250);
    expect(rows[0]!.replace(/\u00a0/g, ' ')).toBe('1er janvier 2019 – 4 janvier 2019,1.75');
    for (const row of rows) expect(row.split(',')[1]).toMatch(/^\d+(\.\d{1,2})?$/);
    // One decimal in the data: three in the averages (10,2 + 11,3 + 12,25 → 11,25; thirds rounded).
    const thirds = `annee,n\n${Array.from({ length: 1500 }, (_, i) => `${1000 + i},${(i % 3) + 0.1}`).join('\n')}\n`;
    const averaged = draw({ 'a.csv': thirds, 'a.yaml': 'type: lignes\ntitre: A\ndonnees: a.csv\ncategorie: annee\nvaleur: n\nsource: S.\n' }, 'a.yaml');
    const raw = averaged.rows().map((r) => r.raw[1]);
    expect(raw[0]).toBe(1.1);
    expect(figureCsv(averaged).split('\n')[1]).toBe('1000 – 1005,1.1');
    for (const value of raw) expect(String(value)).toMatch(/^\d+(\.\d{1,3})?$/);
  });
});

describe('the gallery: every type from UTF-8 and from Excel in French gives the same SVG', () => {
  const files = readdirSync(gallery.figures).filter((f) => f.endsWith('.yaml'));

  it('covers every figure type', () => {
    const types = new Set(files.map((f) => readFigureFile(path.join(gallery.figures, f), path.resolve(gallery.data)).spec?.type));
    expect([...types].sort()).toEqual(
      ['anneau', 'barres', 'barres-empilees', 'barres-groupees', 'carte-regions', 'colonnes', 'colonnes-empilees', 'colonnes-groupees', 'lignes', 'tableau'].sort(),
    );
  });

  for (const name of files) {
    it(`${name}: semicolons, decimal commas, BOM or Windows-1252, CRLF`, () => {
      const original = readFigureFile(path.join(gallery.figures, name), path.resolve(gallery.data));
      expect(original.problems).toEqual([]);
      const excelDir = corners.tempDir('-excel');
      cpSync(path.resolve(gallery.data), excelDir, { recursive: true });
      const csv = original.spec!.donnees;
      const french = asExcelFrench(readFileSync(path.join(gallery.data, csv), 'utf8'));
      const bytes = /[^\x00-\xff’–—]/.test(french) || name.includes('lignes') ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(french)]) : toWindows1252(french);
      writeFileSync(path.join(excelDir, csv), bytes);
      const resaved = readFigureFile(path.join(gallery.figures, name), excelDir);
      const a = declaredFigure(original as FigureFile & { spec: FigureSpec });
      const b = declaredFigure(resaved as FigureFile & { spec: FigureSpec });
      for (const width of [360, 640]) {
        const request = { width, idPrefix: 'g-', labelledBy: 'a b' };
        expect(b.render(b.rows(), request)).toBe(a.render(a.rows(), request));
      }
      expect(b.description(b.rows())).toBe(a.description(a.rows()));
    });
  }
});

describe('the report’s own figure files', () => {
  it('have no problem', () => {
    expect(figureFileProblems().map((p) => p.message)).toEqual([]);
  });
});

describe('figure files: French text needs no quotes', () => {
  it('reads « : », « # » and texts starting with a number or a sign as the whole text, keeping line numbers', () => {
    const ws = workspace({
      'r.csv': 'region,n\nEstrie,12\n',
      'r.yaml': 'type: barres\ntitre: 2020 : une année #osonslarelance\ndonnees: r.csv\ncategorie: region\nvaleur: n\nsource: * Données : TIESS\nnote: !important\n',
    });
    const file = readFigureFile(path.join(ws.figures, 'r.yaml'), ws.data);
    expect(file.problems).toEqual([]);
    expect(file.spec).toMatchObject({ titre: '2020 : une année #osonslarelance', source: '* Données : TIESS', note: '!important' });
    expect(file.lines.get('source')).toBe(6);
  });
});

import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { declaredFigure, figureFileProblems, gallery, prepare, readFigureFile, type FigureFile } from '../../src/figures/declarative';
import type { FigureSpec } from '../../src/schemas/figure';
import type { DataError } from '../../src/data/csv';
import { valueFormatter } from '../../src/utils/format';
import { asExcelFrench, toWindows1252 } from '../helpers/excel';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A temporary project corner: figure files and CSV files, as staff would write them. */
function workspace(files: Record<string, string | Buffer>): { figures: string; data: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'tiess-figures-'));
  dirs.push(root);
  const figures = path.join(root, 'figures');
  const data = path.join(root, 'data');
  mkdirSync(figures);
  mkdirSync(data);
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(name.endsWith('.csv') ? data : figures, name), content);
  return { figures, data };
}

/** Reads one figure file and its data; returns every problem message, relative paths cut to file names. */
function problemsOf(files: Record<string, string | Buffer>, figure: string): string[] {
  const ws = workspace(files);
  const file = readFigureFile(path.join(ws.figures, figure), ws.data);
  const problems: DataError[] = [...file.problems];
  if (file.spec && !problems.length) prepare(file as FigureFile & { spec: FigureSpec }, problems);
  const root = `${path.dirname(ws.figures)}/`;
  return problems.map((p) => p.message.split(root).join(''));
}

const regionsCsv = 'region,activites\nEstrie,12\nMontréal,44\n';
const base = (type: string, more = '') =>
  `type: ${type}\ntitre: Essai\ndonnees: regions.csv\ncategorie: region\nvaleur: activites\nsource: Essai.\n${more}`;

describe('figure files: errors that point home', () => {
  it('an unknown type is named with the line and the list of types', () => {
    expect(problemsOf({ 'regions.csv': regionsCsv, 'essai.yaml': base('camembert') }, 'essai.yaml')).toEqual([
      'figures/essai.yaml, ligne 1 : type inconnu « camembert » ; types possibles : barres, colonnes, barres-groupees, colonnes-groupees, barres-empilees, colonnes-empilees, lignes, anneau, tableau, carte-regions',
    ]);
  });

  it('an unknown column names the key’s line and the CSV’s real columns', () => {
    const yaml = 'type: barres\ntitre: Essai\ndonnees: regions.csv\ncategorie: region\nvaleur: activités\nsource: Essai.\n';
    const [message, ...others] = problemsOf({ 'regions.csv': regionsCsv, 'essai.yaml': yaml }, 'essai.yaml');
    expect(others).toEqual([]);
    expect(message).toMatch(/^figures\/essai\.yaml, ligne 5 : valeur : la colonne « activités » n’existe pas dans \S*regions\.csv ; ses colonnes sont : region, activites$/);
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

  it('an apostrophe inside single quotes gets a French message and a hint', () => {
    const yaml = "type: colonnes\ntitre: 'Nombre d'activités'\ndonnees: regions.csv\n";
    const [message] = problemsOf({ 'regions.csv': regionsCsv, 'essai.yaml': yaml }, 'essai.yaml');
    expect(message).toMatch(/^figures\/essai\.yaml, ligne 2 : YAML illisible \(.+\) ; astuce : un texte entouré d’apostrophes droites/);
  });

  it('a mistyped key is named with its line, a suggestion and the keys of the type', () => {
    const messages = problemsOf({ 'regions.csv': regionsCsv, 'essai.yaml': base('barres', 'titre-axes: Activités\n') }, 'essai.yaml');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^figures\/essai\.yaml, ligne 7 : clé inconnue « titre-axes » \(vouliez-vous dire « titre-axe » \?\) ; clés possibles pour le type barres : type, titre, description, source, note, donnees, format/);
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
      const excelDir = mkdtempSync(path.join(tmpdir(), 'tiess-excel-'));
      dirs.push(excelDir);
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

import { describe, expect, it } from 'vitest';
import { figureCorners } from '../helpers/figure-files';

// Data that passed `npm run check` and then failed while drawing (renderDonut, renderLines,
// renderBarChart threw English messages) or drew an empty figure: each is refused by the check,
// with the figure file or CSV, the line, and what to do.

const corners = figureCorners('drawable', { geo: true });

/** Every problem of one figure file and its data (the regions layer copied in, for maps), paths cut to figures/… and data/…. */
const problemsOf = (files: Record<string, string>, figure = 'essai.yaml'): string[] => corners.readFiles(files, figure).problems;

const figure = (type: string, roles: string) => `type: ${type}\ntitre: Essai\ndonnees: parts.csv\n${roles}\nsource: Essai.\n`;
const donut = figure('anneau', 'categorie: statut\nvaleur: entreprises');

describe('a donut with no whole to share', () => {
  it('all parts 0: refused at the line of « valeur », with what to do', () => {
    expect(problemsOf({ 'parts.csv': 'statut,entreprises\nCoopératives,0\nOBNL,0\n', 'essai.yaml': donut })).toEqual([
      'figures/essai.yaml, ligne 5 : valeur : les parts de l’anneau (colonne « entreprises » de data/parts.csv) font un total de 0 ; un anneau montre les parts d’un tout : donnez au moins une part plus grande que 0, ou écrivez « type: barres » pour montrer des valeurs nulles',
    ]);
  });

  it('parts 0 and empty: the same message', () => {
    expect(problemsOf({ 'parts.csv': 'statut,entreprises\nCoopératives,0\nOBNL,\n', 'essai.yaml': donut })).toEqual([
      'figures/essai.yaml, ligne 5 : valeur : les parts de l’anneau (colonne « entreprises » de data/parts.csv) font un total de 0 ; un anneau montre les parts d’un tout : donnez au moins une part plus grande que 0, ou écrivez « type: barres » pour montrer des valeurs nulles',
    ]);
  });

  it('negative parts: refused at their cells (as before)', () => {
    expect(problemsOf({ 'parts.csv': 'statut,entreprises\nCoopératives,-3\nOBNL,-1\n', 'essai.yaml': donut })).toEqual([
      'data/parts.csv, ligne 2, colonne 2 (« entreprises ») : nombre positif attendu : la figure essai.yaml (anneau) ne peut pas montrer de valeur négative',
      'data/parts.csv, ligne 3, colonne 2 (« entreprises ») : nombre positif attendu : la figure essai.yaml (anneau) ne peut pas montrer de valeur négative',
    ]);
  });
});

describe('a figure with no value at all', () => {
  it('one value column, every cell empty (donut, bars)', () => {
    for (const type of ['anneau', 'barres', 'colonnes']) {
      expect(problemsOf({ 'parts.csv': 'statut,entreprises\nCoopératives,\nOBNL,\n', 'essai.yaml': figure(type, 'categorie: statut\nvaleur: entreprises') }), type).toEqual([
        'figures/essai.yaml, ligne 5 : valeur : la colonne « entreprises » de data/parts.csv n’a aucune valeur (toutes les cellules sont vides) ; remplissez-la ou nommez la colonne qui contient les nombres',
      ]);
    }
  });

  it('several value columns, every cell empty (grouped, stacked, lines)', () => {
    const csv = 'annee,projets,partenaires\n2019,,\n2020,,\n';
    for (const type of ['barres-groupees', 'colonnes-empilees', 'lignes']) {
      expect(problemsOf({ 'parts.csv': csv, 'essai.yaml': figure(type, 'categorie: annee\nvaleurs: [projets, partenaires]') }), type).toEqual([
        'figures/essai.yaml, ligne 5 : valeurs : les colonnes « projets », « partenaires » de data/parts.csv n’ont aucune valeur (toutes les cellules sont vides) ; remplissez-les ou nommez la colonne qui contient les nombres',
      ]);
    }
  });

  it('a region map whose regions all lack a value', () => {
    expect(problemsOf({ 'parts.csv': 'region,taux\n05,\n06,\n', 'essai.yaml': figure('carte-regions', 'region: region\nvaleur: taux') })).toEqual([
      'figures/essai.yaml, ligne 5 : valeur : la colonne « taux » de data/parts.csv n’a aucune valeur (toutes les cellules sont vides) ; remplissez-la ou nommez la colonne qui contient les nombres',
    ]);
  });

  it('a few empty cells still draw (only a figure with nothing to draw is refused)', () => {
    expect(problemsOf({ 'parts.csv': 'statut,entreprises\nCoopératives,\nOBNL,4\n', 'essai.yaml': figure('barres', 'categorie: statut\nvaleur: entreprises') })).toEqual([]);
    expect(problemsOf({ 'parts.csv': 'statut,entreprises\nCoopératives,0\nOBNL,0\n', 'essai.yaml': figure('barres', 'categorie: statut\nvaleur: entreprises') })).toEqual([]);
  });
});

describe('a line chart that cannot be drawn', () => {
  it('one point: refused at the line of « type », with the CSV line and the type to use', () => {
    expect(problemsOf({ 'parts.csv': 'annee,projets\n2020,347\n', 'essai.yaml': figure('lignes', 'categorie: annee\nvaleurs: [projets]') })).toEqual([
      'figures/essai.yaml, ligne 1 : un graphique linéaire relie au moins deux points et data/parts.csv n’en a qu’un (ligne 2) ; ajoutez une ligne de données, ou écrivez « type: colonnes » pour montrer une seule valeur',
    ]);
  });

  it('one date written two ways: refused at the second, naming the first', () => {
    const csv = 'date,appels\n2020-03-01,12\n2020-03-02,15\n01/03/2020,9\n';
    expect(problemsOf({ 'parts.csv': csv, 'essai.yaml': figure('lignes', 'categorie: date\nvaleurs: [appels]') })).toEqual([
      'data/parts.csv, ligne 4, colonne 1 (« date ») : la date « 01/03/2020 » est la même que « 2020-03-01 » à la ligne 2 ; une ligne par date (et par série)',
    ]);
  });
});

describe('a number too large to draw', () => {
  const huge = `1${'0'.repeat(400)}`;
  it('in a chart: refused at its cell', () => {
    expect(problemsOf({ 'parts.csv': `statut,entreprises\nCoopératives,${huge}\nOBNL,4\n`, 'essai.yaml': figure('barres', 'categorie: statut\nvaleur: entreprises') })).toEqual([
      'data/parts.csv, ligne 2, colonne 2 (« entreprises ») : nombre trop grand pour être dessiné, reçu « 10000000000000000000… » : la figure essai.yaml dessine les nombres de cette colonne (champ « Colonne des valeurs ») ; vérifiez la cellule : ce nombre a plus de 300 chiffres',
    ]);
  });

  it('in a table figure: refused at its cell', () => {
    expect(problemsOf({ 'parts.csv': `statut,entreprises\nCoopératives,${huge}\nOBNL,4\n`, 'essai.yaml': 'type: tableau\ntitre: Essai\ndonnees: parts.csv\nsource: Essai.\n' })).toEqual([
      'data/parts.csv, ligne 2, colonne 2 (« entreprises ») : nombre trop grand pour être dessiné, reçu « 10000000000000000000… » : la figure essai.yaml dessine les nombres de cette colonne (champ « Colonnes montrées ») ; vérifiez la cellule : ce nombre a plus de 300 chiffres',
    ]);
  });
});

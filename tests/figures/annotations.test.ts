import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { declaredFigure, type FigureFile } from '../../src/figures/declarative';
import { figureTypeNames, type FigureSpec } from '../../src/schemas/figure';
import { chartWidths } from '../../src/styles/theme';
import { figureCorners } from '../helpers/figure-files';

// Annotations (src/figures/annotations.ts, src/charts/annotate.ts): what a figure file may say
// under « annotations », every mistake said at its line, and what the drawing and its description
// then hold.

const corners = figureCorners('annotations');

/** Reads one figure file and its data: every problem (paths cut to the file names), and the figure when there is none. */
function read(files: Record<string, string>) {
  const { file, problems: messages } = corners.readFiles(files, 'essai.yaml');
  const figure = messages.length ? undefined : declaredFigure(file as FigureFile & { spec: FigureSpec });
  return { messages, figure };
}

const years = 'annee,activites\n2015,12\n2016,14\n2017,18\n2018,17\n2019,21\n2020,24\n';
const dates = 'date,abonnes\n2020-01-15,1200\n2020-03-01,1450\n2020-05-20,2100\n2020-11-30,3020\n';
const regions = 'region,activites\nEstrie,12\nMontréal,44\nLaval,20\n';
const figure = (type: string, data: string, roles: string, annotations: string) =>
  `type: ${type}\ntitre: Essai\ndonnees: ${data}\n${roles}source: Essai.\nannotations:\n${annotations}`;
const columns = (annotations: string) => figure('colonnes', 'annees.csv', 'categorie: annee\nvaleur: activites\n', annotations);
const lines = (annotations: string) => figure('lignes', 'dates.csv', 'categorie: date\nvaleur: abonnes\n', annotations);
const bars = (annotations: string) => figure('barres', 'regions.csv', 'categorie: region\nvaleur: activites\n', annotations);

const draw = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;

describe('annotations in a figure file: every mistake at its line', () => {
  it('a note on a category that does not exist lists the categories', () => {
    const { messages } = read({ 'regions.csv': regions, 'essai.yaml': bars('  - note: Forte hausse\n    sur: Gatineau\n') });
    expect(messages).toEqual(['figures/essai.yaml, ligne 9 : sur : « Gatineau » n’est pas une catégorie de data/regions.csv ; catégories : Estrie, Montréal, Laval']);
  });

  it('a date outside the time axis says the axis’s range, at the line of its key', () => {
    const { messages } = read({ 'dates.csv': dates, 'essai.yaml': lines('  - periode: Confinement\n    de: 2020-03-13\n    a: 2021-06-01\n') });
    expect(messages).toEqual(['figures/essai.yaml, ligne 10 : a : « 2021-06-01 » est hors de l’axe, qui va de 15\u00a0janvier\u00a02020 à 30\u00a0novembre\u00a02020']);
  });

  it('a year outside the axis, and a date that is not one', () => {
    const yearly = figure('lignes', 'annees.csv', 'categorie: annee\nvaleur: activites\n', '  - ligne: Début\n    sur: 2012\n');
    expect(read({ 'annees.csv': years, 'essai.yaml': yearly }).messages).toEqual(['figures/essai.yaml, ligne 9 : sur : « 2012 » est hors de l’axe, qui va de 2015 à 2020']);
    expect(read({ 'dates.csv': dates, 'essai.yaml': lines('  - ligne: Début\n    sur: mars 2020\n') }).messages).toEqual([
      'figures/essai.yaml, ligne 9 : sur : date attendue, reçu « mars 2020 » (écrivez 2020-03-13 ou 13/03/2020)',
    ]);
  });

  it('an entry that is not one kind, a line with neither place, an unknown key, a value that is not a number', () => {
    const { messages } = read({
      'annees.csv': years,
      'essai.yaml': columns('  - note: Sommet\n    ligne: Objectif\n    sur: 2020\n  - ligne: Objectif\n  - bande: Cible\n    de: 10\n    jusqua: 20\n  - ligne: Cible\n    valeur: beaucoup\n'),
    });
    expect(messages).toEqual([
      'figures/essai.yaml, ligne 9 : une annotation est une seule chose : note, ligne, periode ou bande ; celle-ci en a 2 : note et ligne',
      'figures/essai.yaml, ligne 11 : ligne : il manque « valeur: » (une ligne horizontale à cette valeur) ou « sur: » (une ligne à cette année, cette date ou cette catégorie)',
      'figures/essai.yaml, ligne 14 : clé inconnue « jusqua » dans une annotation ; clés possibles : note, ligne, periode, bande, sur, valeur, de, a, serie',
      'figures/essai.yaml, ligne 12 : bande : il manque « a: »',
    ]);
    expect(read({ 'annees.csv': years, 'essai.yaml': columns('  - ligne: Cible\n    valeur: beaucoup\n') }).messages).toEqual([
      'figures/essai.yaml, ligne 9 : valeur : nombre attendu, reçu « beaucoup » (écrivez 50 ou 12,5)',
    ]);
  });

  it('as staff write them: « à: » for « a: » (the editor’s label), a capital letter, a key the kind does not use, both places for a line', () => {
    const band = read({ 'annees.csv': years, 'essai.yaml': columns('  - bande: Zone cible\n    de: 10\n    à: 20\n') });
    expect(band.messages).toEqual([]);
    expect(read({ 'annees.csv': years, 'essai.yaml': columns('  - Note: Sommet\n    sur: 2020\n') }).messages).toEqual([
      'figures/essai.yaml, ligne 8 : clé inconnue « Note » dans une annotation (vouliez-vous dire « note » ?) ; clés possibles : note, ligne, periode, bande, sur, valeur, de, a, serie',
      'figures/essai.yaml, ligne 8 : une annotation est une seule chose : note, ligne, periode ou bande ; celle-ci n’en a aucune',
    ]);
    expect(read({ 'annees.csv': years, 'essai.yaml': columns('  - note: Sommet\n    sur: 2020\n    valeur: 24\n') }).messages).toEqual([
      'figures/essai.yaml, ligne 10 : note : « valeur: » ne sert pas à une annotation « note » ; elle prend « sur: », « serie: »',
    ]);
    expect(read({ 'annees.csv': years, 'essai.yaml': columns('  - ligne: Objectif\n    valeur: 20\n    sur: 2019\n') }).messages).toEqual([
      'figures/essai.yaml, ligne 8 : ligne : donnez « valeur: » (une ligne horizontale à cette valeur) ou « sur: » (une ligne à cette année ou cette date), pas les deux',
    ]);
  });

  it('a type that draws no annotations refuses the key, naming the types that do', () => {
    const donut = `type: anneau\ntitre: Essai\ndonnees: regions.csv\ncategorie: region\nvaleur: activites\nsource: Essai.\nannotations:\n  - note: Grande part\n    sur: Montréal\n`;
    const { messages } = read({ 'regions.csv': regions, 'essai.yaml': donut });
    const accepting = ['barres', 'colonnes', 'barres-groupees', 'colonnes-groupees', 'barres-empilees', 'colonnes-empilees', 'lignes'];
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(new RegExp(`^figures/essai\\.yaml, ligne 7 : annotations : le type anneau n’accepte pas d’annotations ; types qui les acceptent : ${accepting.join(', ')}, `));
    expect(messages[0]).toContain('aires');
    expect(messages[0]).toContain('nuage-de-points');
    expect(messages[0]).toContain('carte-regions');
    expect(messages[0]).not.toMatch(/anneau,|tableau/);
    expect(figureTypeNames).toContain('anneau');
  });

  it('a scatter refuses a period (no time axis) and a note on a point that has no name', () => {
    const csv = 'region,x,y\nEstrie,1,2\nLaval,3,5\nMontréal,4,9\n';
    const scatter = (more: string, annotations: string) => figure('nuage-de-points', 'points.csv', `x: x\ny: y\n${more}`, annotations);
    expect(read({ 'points.csv': csv, 'essai.yaml': scatter('etiquette: region\n', '  - periode: Hiver\n    de: 1\n    a: 2\n  - note: Ici\n    sur: Gatineau\n') }).messages).toEqual([
      'figures/essai.yaml, ligne 9 : periode : un nuage de points n’a pas d’axe du temps ; utilisez « valeur: » (ligne) ou « bande » (valeurs de l’axe vertical)',
      'figures/essai.yaml, ligne 13 : sur : « Gatineau » n’est pas un point de data/points.csv (colonne etiquette) ; points : Estrie, Laval, Montréal',
    ]);
    expect(read({ 'points.csv': csv, 'essai.yaml': scatter('', '  - note: Ici\n    sur: Laval\n') }).messages).toEqual([
      'figures/essai.yaml, ligne 9 : sur : une note de nuage de points nomme un point ; ajoutez « etiquette: » (la colonne qui nomme les points)',
    ]);
  });

  it('a note on a category or year whose value is empty in the CSV is refused: nothing is drawn there to point at', () => {
    const gap = 'annee,activites\n2015,12\n2016,14\n2017,\n2018,17\n';
    expect(read({ 'annees.csv': gap, 'essai.yaml': columns('  - note: Pause\n    sur: 2017\n') }).messages).toEqual([
      'figures/essai.yaml, ligne 9 : sur : la valeur de « 2017 » est vide dans data/annees.csv ; une note se pose sur une valeur dessinée : remplissez la cellule, ou placez la note sur une catégorie qui a une valeur',
    ]);
    const regionGap = 'region,activites\nEstrie,12\nMontréal,\nLaval,20\n';
    expect(read({ 'regions.csv': regionGap, 'essai.yaml': bars('  - note: Aucune\n    sur: Montréal\n') }).messages).toEqual([
      'figures/essai.yaml, ligne 9 : sur : la valeur de « Montréal » est vide dans data/regions.csv ; une note se pose sur une valeur dessinée : remplissez la cellule, ou placez la note sur une catégorie qui a une valeur',
    ]);
    const yearly = figure('lignes', 'annees.csv', 'categorie: annee\nvaleur: activites\n', '  - note: Pause\n    sur: 2017\n');
    expect(read({ 'annees.csv': gap, 'essai.yaml': yearly }).messages).toEqual([
      'figures/essai.yaml, ligne 9 : sur : la valeur de « 2017 » est vide dans data/annees.csv ; une note se pose sur une valeur dessinée : remplissez la cellule, ou placez la note sur une année qui a une valeur',
    ]);
    // Two lines: the chosen series is empty on that date (the other is not); without « serie », the note goes on the line that has a value.
    const two = 'date,a,b\n2020-01-15,1,2\n2020-03-01,3,\n2020-05-20,5,6\n';
    const twoLines = (annotations: string) => figure('lignes', 'deux.csv', 'categorie: date\nvaleurs: [a, b]\n', annotations);
    expect(read({ 'deux.csv': two, 'essai.yaml': twoLines('  - note: Creux\n    sur: 2020-03-01\n    serie: b\n') }).messages).toEqual([
      'figures/essai.yaml, ligne 9 : sur : la valeur de « 1er\u00a0mars\u00a02020 » pour la série « b » est vide dans data/deux.csv ; une note se pose sur une valeur dessinée : remplissez la cellule, ou placez la note sur une date qui a une valeur',
    ]);
    expect(read({ 'deux.csv': two, 'essai.yaml': twoLines('  - note: Creux\n    sur: 2020-03-01\n') }).messages).toEqual([]);
  });

  it('a note on a scatter point whose x or y is empty (a point not drawn) says so, rather than that the point does not exist', () => {
    const csv = 'region,x,y\nEstrie,1,2\nLaval,3,\nMontréal,4,9\nGaspé,5,6\n';
    const scatter = figure('nuage-de-points', 'points.csv', 'x: x\ny: y\netiquette: region\n', '  - note: Ici\n    sur: Laval\n');
    expect(read({ 'points.csv': csv, 'essai.yaml': scatter }).messages).toEqual([
      'figures/essai.yaml, ligne 10 : sur : la valeur de « Laval » est vide dans data/points.csv ; une note se pose sur une valeur dessinée : remplissez la cellule, ou placez la note sur un point qui a ses deux valeurs',
    ]);
  });

  it('a value line or band on a chart of shares of 100 % is refused', () => {
    const stacked = `type: colonnes-empilees\ntitre: Essai\ndonnees: parts.csv\ncategorie: annee\nvaleurs: [a, b]\npourcentages: oui\nsource: Essai.\nannotations:\n  - ligne: Moitié\n    valeur: 50\n`;
    expect(read({ 'parts.csv': 'annee,a,b\n2019,1,2\n2020,2,2\n', 'essai.yaml': stacked }).messages).toEqual([
      'figures/essai.yaml, ligne 10 : valeur : ce graphique montre des parts de 100 % ; une ligne ou une bande de valeurs n’y a pas de sens (retirez-la, ou retirez « pourcentages »)',
    ]);
  });
});

describe('annotations drawn and said', () => {
  it('French text with « : » needs no quotes; the description says each annotation', () => {
    const { messages, figure: f } = read({ 'annees.csv': years, 'essai.yaml': columns('  - ligne: Objectif : 20 activités\n    valeur: 20\n  - note: Record\n    sur: 2020\n') });
    expect(messages).toEqual([]);
    expect(f!.description([])).toMatch(/\. Annotation\u00a0: Objectif : 20 activités \(ligne de référence à 20\)\. Annotation\u00a0: Record \(sur « 2020 »\)\.$/);
  });

  it('a date line, a period and a note on a time axis are said with their dates', () => {
    const { figure: f } = read({
      'dates.csv': dates,
      'essai.yaml': lines('  - periode: Campagne\n    de: 2020-03-01\n    a: 01/05/2020\n  - ligne: Début de la pandémie\n    sur: 2020-03-13\n  - note: Numéro d’automne\n    sur: 2020-11-30\n'),
    });
    expect(f!.description([])).toContain(
      'Annotation\u00a0: Campagne (période du 1er\u00a0mars\u00a02020 au 1er\u00a0mai\u00a02020). Annotation\u00a0: Début de la pandémie (ligne de référence au 13\u00a0mars\u00a02020). Annotation\u00a0: Numéro d’automne (au 30\u00a0novembre\u00a02020).',
    );
  });

  it('every kind of annotation is said in plain French: where a line, a shaded range or a note sits, on each kind of axis', () => {
    const said = (files: Record<string, string>) => {
      const { messages, figure: f } = read(files);
      expect(messages).toEqual([]);
      return f!.description([]).split(/(?=Annotation\u00a0: )/).slice(1).map((s) => s.trim());
    };
    // Years on a time axis (lignes): a line, a period and a note on a year.
    const yearly = figure('lignes', 'annees.csv', 'categorie: annee\nvaleur: activites\n', '  - ligne: Nouveau programme\n    sur: 2017\n  - periode: Pandémie\n    de: 2019\n    a: 2020\n  - note: Sommet\n    sur: 2020\n  - bande: Cible\n    de: 15\n    a: 20\n');
    expect(said({ 'annees.csv': years, 'essai.yaml': yearly })).toEqual([
      'Annotation\u00a0: Nouveau programme (ligne de référence en 2017).',
      'Annotation\u00a0: Pandémie (période de 2019 à 2020).',
      'Annotation\u00a0: Sommet (en 2020).',
      'Annotation\u00a0: Cible (bande ombrée de 15 à 20).',
    ]);
    // Categories (barres): a line and a shaded range across categories, a note on a category.
    expect(said({ 'regions.csv': regions, 'essai.yaml': bars('  - ligne: Seuil\n    sur: Montréal\n  - periode: Grands centres\n    de: Montréal\n    a: Laval\n  - note: Record\n    sur: Montréal\n') })).toEqual([
      'Annotation\u00a0: Seuil (ligne de référence à « Montréal »).',
      'Annotation\u00a0: Grands centres (bande ombrée de « Montréal » à « Laval »).',
      'Annotation\u00a0: Record (sur « Montréal »).',
    ]);
    // A note on one series of several, on a date.
    const two = 'date,a,b\n2020-01-15,1,2\n2020-03-01,3,4\n2020-05-20,5,6\n';
    const twoLines = figure('lignes', 'deux.csv', 'categorie: date\nvaleurs: [a, b]\n', '  - note: Creux\n    sur: 2020-03-01\n    serie: b\n');
    expect(said({ 'deux.csv': two, 'essai.yaml': twoLines })).toEqual(['Annotation\u00a0: Creux (au 1er\u00a0mars\u00a02020, série « b »).']);
    // A scatter: a note on a named point, a value line.
    const scatter = figure('nuage-de-points', 'points.csv', 'x: x\ny: y\netiquette: region\n', '  - note: Ici\n    sur: Laval\n  - ligne: Moyenne\n    valeur: 5\n');
    expect(said({ 'points.csv': 'region,x,y\nEstrie,1,2\nLaval,3,5\nMontréal,4,9\n', 'essai.yaml': scatter })).toEqual([
      'Annotation\u00a0: Ici (sur « Laval »).',
      'Annotation\u00a0: Moyenne (ligne de référence à 5).',
    ]);
  });

  it('a value line above the data widens the value axis to show it, at both widths', () => {
    const { figure: f } = read({ 'annees.csv': years, 'essai.yaml': columns('  - ligne: Objectif\n    valeur: 50\n') });
    for (const width of Object.values(chartWidths)) {
      const svg = f!.render([], { width, idPrefix: 'e-', labelledBy: '' });
      const doc = draw(svg);
      const ticks = [...doc.querySelectorAll('.bars-ticks text, .bars-horizontal .bars-ticks text')].map((t) => t.textContent);
      expect(ticks.at(-1), String(width)).toBe('50');
      const line = doc.querySelector('.annotation line')!;
      const zero = doc.querySelector('.bars-zero')!;
      // Inside the plot: between its top and its zero line.
      expect(Number(line.getAttribute('y1'))).toBeGreaterThan(0);
      expect(Number(line.getAttribute('y1'))).toBeLessThan(Number(zero.getAttribute('y1')));
    }
  });

  it('every annotation is an item of the keyboard walk, after the marks, in the order of the file', () => {
    const { figure: f } = read({ 'annees.csv': years, 'essai.yaml': columns('  - note: Record\n    sur: 2020\n  - bande: Cible\n    de: 15\n    a: 20\n  - ligne: Objectif\n    valeur: 22\n') });
    for (const width of Object.values(chartWidths)) {
      const items = [...draw(f!.render([], { width, idPrefix: 'e-', labelledBy: '' })).querySelectorAll('[data-label][data-value]')];
      expect(items.map((i) => `${i.getAttribute('data-label')}: ${i.getAttribute('data-value')}`).slice(-4)).toEqual([
        '2020: 24',
        'Annotation: Record',
        'Annotation: Cible',
        'Annotation: Objectif',
      ]);
    }
  });

  it('a note that cannot sit on a narrow drawing is a numbered marker, its text written under the chart', () => {
    // Every place around the top of the last column is taken: its value, the drawing's edge, the other notes.
    const { figure: f } = read({
      'annees.csv': years,
      'essai.yaml': columns(
        ['Une note assez longue pour prendre de la place', 'Une deuxième note tout aussi longue que la première', 'Une troisième note encore plus longue que les deux autres']
          .map((text) => `  - note: ${text}\n    sur: 2020\n`)
          .join(''),
      ),
    });
    const narrow = draw(f!.render([], { width: chartWidths.narrow, idPrefix: 'e-', labelledBy: '' }));
    const markers = [...narrow.querySelectorAll('.annotation-marker text')].map((t) => t.textContent);
    expect(markers.length).toBeGreaterThan(0);
    // Its number is written at the chart's text size: 15 units, 12 px on a 320 px phone.
    for (const number of narrow.querySelectorAll('.annotation-marker text')) expect(number.closest('[font-size]')!.getAttribute('font-size')).toBe('15');
    const under = [...narrow.querySelectorAll('.annotation-footnotes tspan')].map((t) => t.textContent).join(' ');
    expect(under).toMatch(new RegExp(`^${markers[0]}\\.\u00a0?`));
    // The drawing grew to hold the written notes: its viewBox reaches past them.
    const height = Number(narrow.querySelector('svg')!.getAttribute('viewBox')!.split(' ')[3]);
    const last = Math.max(...[...narrow.querySelectorAll('.annotation-footnotes tspan')].map((t) => Number(t.getAttribute('y'))));
    expect(height).toBeGreaterThan(last);
  });

  it('the editor’s form (genre and texte, nested under the type, empty keys left) is read as the figure file’s, its mistakes at their line', () => {
    const editor = (valeur: string) =>
      `type:\n  discriminant: colonnes\n  value:\n    categorie: annee\n    valeur: activites\n    annotations:\n      - genre: ligne\n        texte: 'Objectif : 20'\n        sur: ''\n        valeur: '${valeur}'\n        de: ''\n        a: ''\n        serie: ''\ntitre: Essai\ndonnees: annees.csv\nsource: Essai.\n`;
    const { messages, figure: f } = read({ 'annees.csv': years, 'essai.yaml': editor('20') });
    expect(messages).toEqual([]);
    expect(f!.description([])).toMatch(/Annotation\u00a0: Objectif : 20 \(ligne de référence à 20\)\.$/);
    expect(read({ 'annees.csv': years, 'essai.yaml': editor('vingt') }).messages).toEqual([
      'figures/essai.yaml, ligne 10 : valeur : nombre attendu, reçu « vingt » (écrivez 50 ou 12,5)',
    ]);
  });
});

describe('annotations on a region map (carte-regions): notes on a region', () => {
  const csv = 'code,taux\n5,40\n6,55\n10,21\n';
  const map = (annotations: string) => figure('carte-regions', 'carte.csv', 'region: code\nvaleur: taux\n', annotations);

  it('a note on a region that does not exist lists the regions, at the line of « sur »', () => {
    const { messages } = read({ 'carte.csv': csv, 'essai.yaml': map('  - note: Forte hausse\n    sur: Gaspésie\n') });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^figures\/essai\.yaml, ligne 9 : sur : « Gaspésie » n’est pas une région administrative \(nom ou code de 1 à 17\) ; régions : Bas-Saint-Laurent, Saguenay–Lac-Saint-Jean, /);
    expect(messages[0]).toContain('Estrie, Montréal');
    expect(messages[0]).toMatch(/Centre-du-Québec$/);
  });

  it('a note on Montréal is drawn in the magnified inset (top right), where the region is large enough to point at', () => {
    const { messages, figure: f } = read({ 'carte.csv': csv, 'essai.yaml': map('  - note: Siège\n    sur: Montréal\n') });
    expect(messages).toEqual([]);
    const marker = draw(f!.render([], { width: chartWidths.wide, idPrefix: 'e-', labelledBy: '', legendInside: false })).querySelector('[data-annotation]')!;
    expect(marker.getAttribute('data-annotation-region')).toBe('06');
    expect(Number(marker.getAttribute('cx'))).toBeGreaterThan(chartWidths.wide * 0.69);
    expect(Number(marker.getAttribute('cy'))).toBeLessThan(chartWidths.wide * 0.27 + 8);
  });

  it('a reference line, a period or a band is refused at its line, saying that a map takes notes on a region', () => {
    const { messages } = read({ 'carte.csv': csv, 'essai.yaml': map('  - ligne: Objectif\n    valeur: 50\n  - bande: Cible\n    de: 40\n    a: 50\n') });
    const says = (kind: string) =>
      `${kind} : une carte des régions n’a pas d’axe de valeurs ni d’axe du temps ; elle accepte seulement des notes sur une région, ex. « - note: Forte hausse » puis « sur: Estrie »`;
    expect(messages).toEqual([`figures/essai.yaml, ligne 8 : ${says('ligne')}`, `figures/essai.yaml, ligne 10 : ${says('bande')}`]);
  });

  it('a note on a region (by name or code) is in the description, a numbered marker on the page drawing with its text in the legend, and beside its region in the PNG', () => {
    const { messages, figure: f } = read({ 'carte.csv': csv, 'essai.yaml': map('  - note: Forte hausse\n    sur: estrie\n  - note: Nouveau bureau\n    sur: 10\n') });
    expect(messages).toEqual([]);
    expect(f!.description([])).toMatch(/ Annotation\u00a0: Forte hausse \(sur « Estrie »\)\. Annotation\u00a0: Nouveau bureau \(sur « Nord-du-Québec »\)\.$/);
    const page = draw(f!.render([], { width: chartWidths.wide, idPrefix: 'e-', labelledBy: '', legendInside: false }));
    const markers = [...page.querySelectorAll('[data-annotation]')];
    // Estrie's marker is on the main map, off the inset in the top right (from 69 % of the width).
    expect(Number(markers[0]!.getAttribute('cx'))).toBeLessThan(chartWidths.wide * 0.69);
    expect(markers.map((m) => [m.getAttribute('data-label'), m.getAttribute('data-value'), m.getAttribute('data-annotation-region')])).toEqual([
      ['Annotation', 'Forte hausse', '05'],
      ['Annotation', 'Nouveau bureau', '10'],
    ]);
    expect([...page.querySelectorAll('.annotation-marker text')].map((n) => n.textContent)).toEqual(['1', '2']);
    const legend = f!.legend!([]);
    expect(legend.items.filter((i) => i.key === 'note').map((i) => [i.number, i.label])).toEqual([
      [1, 'Forte hausse (Estrie)'],
      [2, 'Nouveau bureau (Nord-du-Québec)'],
    ]);
    const png = draw(f!.render([], { width: chartWidths.wide, idPrefix: 'e-', labelledBy: '' }));
    expect([...png.querySelectorAll('.annotation text')].map((n) => n.textContent)).toEqual(['Forte hausse', 'Nouveau bureau']);
    expect(png.querySelectorAll('.annotation-marker')).toHaveLength(0);
    expect([...png.querySelectorAll('[data-annotation]')].map((m) => m.getAttribute('data-value'))).toEqual(['Forte hausse', 'Nouveau bureau']);
  });
});

describe('notes on a region map: the keyboard hint, two notes on one region, the size of a disc', () => {
  const csv = 'code,taux\n5,40\n6,55\n10,21\n';
  const map = (annotations: string) => figure('carte-regions', 'carte.csv', 'region: code\nvaleur: taux\n', annotations);
  const discs = (f: NonNullable<ReturnType<typeof read>['figure']>) =>
    [...draw(f.render([], { width: chartWidths.wide, idPrefix: 'e-', labelledBy: '', legendInside: false })).querySelectorAll('circle[data-annotation]')].map((c) => ({
      x: Number(c.getAttribute('cx')),
      y: Number(c.getAttribute('cy')),
      r: Number(c.getAttribute('r')),
    }));

  it('the keyboard hint says the notes come after the regions, only on a map that has some; it speaks of no pôles', () => {
    const noted = read({ 'carte.csv': csv, 'essai.yaml': map('  - note: Forte hausse\n    sur: Estrie\n') }).figure!;
    expect(noted.panel).toEqual({
      hint: 'Choisissez une région sur la carte (clic, toucher ou touche Entrée) pour voir sa valeur.',
      keys: 'Flèches pour parcourir les régions, puis les notes numérotées, Entrée ou Espace pour choisir une région, Échap pour effacer.',
    });
    const plain = read({ 'carte.csv': csv, 'essai.yaml': 'type: carte-regions\ntitre: Essai\ndonnees: carte.csv\nregion: code\nvaleur: taux\nsource: Essai.\n' }).figure!;
    expect(plain.panel!.keys).toBe('Flèches pour parcourir les régions, Entrée ou Espace pour choisir une région, Échap pour effacer.');
  });

  it('a second note on the same region is drawn beside the first, the two discs apart', () => {
    const { figure: f } = read({ 'carte.csv': csv, 'essai.yaml': map('  - note: Forte hausse\n    sur: Estrie\n  - note: Nouveau bureau\n    sur: 5\n  - note: Troisième\n    sur: Estrie\n') });
    const [a, b, c] = discs(f!);
    for (const [p, q] of [[a!, b!], [a!, c!], [b!, c!]] as const) expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThanOrEqual(p.r + q.r);
    // The first stays where a single note is.
    const alone = discs(read({ 'carte.csv': csv, 'essai.yaml': map('  - note: Forte hausse\n    sur: Estrie\n') }).figure!);
    expect(a).toEqual(alone[0]);
  });

  it('a disc is 24 CSS px across or more on a 320 px screen, where the map is shown 288 px wide (WCAG 2.5.8)', () => {
    const [disc] = discs(read({ 'carte.csv': csv, 'essai.yaml': map('  - note: Forte hausse\n    sur: Estrie\n') }).figure!);
    expect(((2 * disc!.r) * 288) / chartWidths.wide).toBeGreaterThanOrEqual(24);
  });
});

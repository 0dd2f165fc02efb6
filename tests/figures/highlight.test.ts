import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { figureCorners } from '../helpers/figure-files';
import { loadRegions } from '../../src/data/regions';
import { muted, palette, series } from '../../src/styles/theme';

// « surligner », the same key for every chart type (src/figures/types/highlight.ts): the names it
// takes, its French messages at the key's line, what each type draws muted and in colour, the
// written description and the data table.

const corners = figureCorners('surligner');
/** A figure file and its CSV in a temporary corner, read as the build reads them; problems with paths cut to the corner. */
const read = corners.read;

function drawn(yaml: string, csv: string) {
  const { figure, rows, render } = corners.drawn(yaml, csv);
  const svg = (width: number) => parseHTML(`<html><body>${render(width, '')}</body></html>`).document;
  return { figure, rows, description: figure.description(rows), narrow: svg(360), wide: svg(640) };
}

const years = 'annee,A,B,C\n2018,10,30,20\n2019,12,25,22\n2020,15,20,21\n';
const parts = 'poste,montant\nSalaires,3\nLocaux,1\nProjets,2\n';
const places = 'nom,x,y,genre\nAlma,1,2,rural\nBaie,2,3,urbain\nCap,3,1,rural\n';
const fills = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)].map((el) => el.getAttribute('fill') ?? el.getAttribute('stroke'));

describe('surligner: a name that matches nothing is named at its line, with the valid names', () => {
  const at = 'figures/f.yaml, ligne 7 : ';
  it('series of lines, grouped and stacked bars, areas', () => {
    for (const type of ['lignes', 'barres-groupees', 'colonnes-empilees', 'aires']) {
      expect(read(`type: ${type}\ncategorie: annee\nvaleurs: [A, B, C]\nsurligner: [B, D]\n`, years).problems, type).toEqual([
        `${at}surligner : « D » n’est pas une série des données ; séries : A, B, C`,
      ]);
    }
  });

  it('parts of a donut, categories of bars', () => {
    expect(read('type: anneau\ncategorie: poste\nvaleur: montant\nsurligner: [Salaire]\n', parts).problems).toEqual([
      `${at}surligner : « Salaire » n’est pas une part des données ; parts : Salaires, Locaux, Projets`,
    ]);
    expect(read('type: colonnes\ncategorie: poste\nvaleur: montant\nsurligner: [Salaire]\n', parts).problems).toEqual([
      `${at}surligner : « Salaire » n’est pas une catégorie des données ; catégories : Salaires, Locaux, Projets`,
    ]);
  });

  it('regions of a map (names or codes), points or colours of a scatter, rows of a table', () => {
    const map = `code,taux\n${Array.from({ length: 17 }, (_, i) => `${i + 1},${i}`).join('\n')}\n`;
    expect(read('type: carte-regions\nregion: code\nvaleur: taux\nsurligner: [Estrie, 6, 18]\n', map).problems).toEqual([
      `${at}surligner : « 18 » n’est pas une région des données ; régions : ${loadRegions().map((r) => r.name).join(', ')}`,
    ]);
    expect(read('type: nuage-de-points\nx: x\ny: y\netiquette: nom\ncouleur: genre\nsurligner: [Alma, banlieue]\n', places).problems).toEqual([
      'figures/f.yaml, ligne 9 : surligner : « banlieue » n’est pas le nom d’un point ni d’une couleur des données ; points : Alma, Baie, Cap ; couleurs : rural, urbain',
    ]);
    expect(read('type: tableau\nsurligner: [Saguenay]\n', parts).problems).toEqual([
      'figures/f.yaml, ligne 5 : surligner : « Saguenay » n’est pas le nom d’une ligne (en première colonne) des données ; lignes : Salaires, Locaux, Projets',
    ]);
  });

  it('a single name instead of a list says what to write, in the words of the type', () => {
    expect(read('type: lignes\ncategorie: annee\nvaleurs: [A, B, C]\nsurligner: B\n', years).problems).toEqual([`${at}surligner : liste de séries attendue, ex. [2020]`]);
    expect(read('type: carte-regions\nregion: code\nvaleur: taux\nsurligner: Estrie\n', 'code,taux\n5,1\n').problems).toEqual([
      `${at}surligner : liste de régions attendue, ex. [Estrie, Montréal]`,
    ]);
  });
});

describe('surligner: the chosen in their colour, the rest muted, and said in words', () => {
  it('lines: the chosen series keeps its colour, its bold name and its width; the others are muted, thinner and drawn under it', () => {
    const { figure, rows, description, narrow, wide } = drawn('type: lignes\ncategorie: annee\nvaleurs: [A, B, C]\nsurligner: [B]\n', years);
    for (const doc of [narrow, wide]) {
      const paths = [...doc.querySelectorAll('.lines-series path')];
      expect(paths.map((p) => [p.getAttribute('data-series'), p.getAttribute('stroke')])).toEqual([
        ['A', muted],
        ['C', muted],
        ['B', series[1]],
      ]);
      expect(paths.map((p) => p.getAttribute('stroke-width'))).toEqual(['1.5', '1.5', doc === narrow ? '2' : '2.5']);
      const labels = [...doc.querySelectorAll('.lines-end-labels text')].map((t) => [t.textContent, t.getAttribute('fill'), t.getAttribute('font-weight')]);
      expect(labels).toEqual(expect.arrayContaining([['A', palette.inkMuted, '400'], ['C', palette.inkMuted, '400']]));
      expect(labels.find(([name]) => name === 'B')![2]).toBeNull();
    }
    expect(description).toMatch(/ En évidence : B\.$/);
    expect(figure.columns.map((c) => Boolean(c.highlighted))).toEqual([false, false, true, false]);
    expect(rows.map((r) => figure.highlightedRow!(r))).toEqual([false, false, false]);
  });

  it('grouped and stacked bars: the chosen series keeps its colour and its bold legend name; muted segments carry no inside label', () => {
    const { description, narrow } = drawn('type: barres-empilees\ncategorie: annee\nvaleurs: [A, B, C]\nsurligner: [A, C]\n', years);
    expect(fills(narrow, '.bars-marks rect').slice(0, 3)).toEqual([series[0], muted, series[2]]);
    expect([...narrow.querySelectorAll('.bars-legend text')].map((t) => [t.textContent, t.getAttribute('font-weight')])).toEqual([
      ['A', '700'],
      ['B', null],
      ['C', '700'],
    ]);
    expect([...narrow.querySelectorAll('.bars-inside text')].map((t) => t.textContent)).not.toContain('30');
    expect(description).toMatch(/ En évidence : A et C\.$/);
  });

  it('donut: the chosen part keeps its colour and its name is bold; the other arcs are muted', () => {
    const { figure, rows, description, narrow, wide } = drawn('type: anneau\ncategorie: poste\nvaleur: montant\nsurligner: [Locaux]\n', parts);
    for (const doc of [narrow, wide]) expect(fills(doc, '.donut-arcs path')).toEqual([muted, series[1], muted]);
    expect(narrow.querySelector('.donut-legend text[data-key="Locaux"]')!.getAttribute('font-weight')).toBe('700');
    expect(description).toMatch(/ En évidence : Locaux\.$/);
    expect(rows.map((r) => figure.highlightedRow!(r))).toEqual([false, true, false]);
  });

  it('scatter: a colour names all its points, a point name only that point (named on the drawing)', () => {
    const byColour = drawn('type: nuage-de-points\nx: x\ny: y\netiquette: nom\ncouleur: genre\nsurligner: [rural]\n', places);
    expect(fills(byColour.wide, '.scatter-points circle')).toEqual([series[0], muted, series[0]]);
    expect(byColour.description).toMatch(/ En évidence : rural\.$/);
    const byName = drawn('type: nuage-de-points\nx: x\ny: y\netiquette: nom\nsurligner: [Baie]\n', places);
    expect(fills(byName.wide, '.scatter-points circle')).toEqual([muted, series[0], muted]);
    expect([...byName.wide.querySelectorAll('.scatter-labels text')].map((t) => t.textContent)).toEqual(['Baie']);
    expect(byName.rows.map((r) => byName.figure.highlightedRow!(r))).toEqual([false, true, false]);
  });

  it('regions map: the chosen regions (by name or code) are outlined, every fill keeps its class', () => {
    const map = `code,taux\n${Array.from({ length: 17 }, (_, i) => `${i + 1},${i}`).join('\n')}\n`;
    const plain = drawn('type: carte-regions\nregion: code\nvaleur: taux\n', map);
    const chosen = drawn('type: carte-regions\nregion: code\nvaleur: taux\nsurligner: [Estrie, 6]\n', map);
    expect(fills(chosen.wide, '.map-region')).toEqual(fills(plain.wide, '.map-region'));
    expect(plain.wide.querySelectorAll('.map-chosen').length).toBe(0);
    // Two regions, each a light casing and a dark line, in the main map and in the inset (Montréal and Estrie both reach it).
    expect([...chosen.wide.querySelectorAll('.map-main .map-chosen path')].map((p) => p.getAttribute('stroke'))).toEqual([palette.paper, palette.ink, palette.paper, palette.ink]);
    expect(chosen.description).toMatch(/ En évidence : Estrie et Montréal\.$/);
    expect(chosen.rows.filter((r) => chosen.figure.highlightedRow!(r)).map((r) => r.shown[1])).toEqual(['Estrie', 'Montréal']);
    // The data table says « (en évidence) » beside the region's name, not its code (the keyboard walk reads the codes).
    expect(chosen.figure.columns.map((c) => Boolean(c.rowMark))).toEqual([false, true, false]);
  });

  it('table figure: chosen rows are marked for the data table and said in the description', () => {
    const { figure, rows, description } = drawn('type: tableau\nsurligner: [Projets]\n', parts);
    expect(rows.map((r) => figure.highlightedRow!(r))).toEqual([false, false, true]);
    expect(description).toBe('Tableau de 3\u00a0lignes et 2\u00a0colonnes : poste, montant. En évidence : Projets.');
  });

  it('without surligner nothing is muted and nothing is marked', () => {
    const { figure, rows, description, wide } = drawn('type: lignes\ncategorie: annee\nvaleurs: [A, B, C]\n', years);
    expect([...wide.querySelectorAll('.lines-series path')].map((p) => p.getAttribute('stroke'))).toEqual(series.slice(0, 3));
    expect(description).not.toContain('En évidence');
    expect(figure.columns.some((c) => c.highlighted)).toBe(false);
    expect(rows.some((r) => figure.highlightedRow!(r))).toBe(false);
  });
});

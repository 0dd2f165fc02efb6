import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { figureCorners } from '../../../../tests/helpers/figure-files';
import { renderLines } from '../../../charts/lines/lines';
import { renderBarChart } from '../../../charts/bars/bars';
import { printWidth } from '../../print';
import { gridOf, wrapName } from './render';
import { muted } from '../../../styles/theme';

// Small multiples (petits-multiples): their checks in French with file and line, the grid at both
// widths, one value axis for every panel, marks named by their panel in reading order, the
// description, and the panel request the lines and column renderers take.

const { read, drawn, newFigureProject } = figureCorners('multiples', { head: 'type: petits-multiples\n' });

const doc = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
const marks = (svg: string) => [...doc(svg).querySelectorAll('[data-label][data-value]')].map((m) => `${m.getAttribute('data-label')} | ${m.getAttribute('data-value')}`);
const panels = (svg: string) => [...doc(svg).querySelectorAll('.multiples-panel')];
const panelX = (svg: string) => panels(svg).map((g) => Number(/translate\(([\d.]+),/.exec(g.getAttribute('transform')!)![1]));
const keys = 'panneau: region\ncategorie: annee\nvaleur: n\n';

/** Four regions over three years, in the long layout. */
const four = ['Estrie', 'Laval', 'Abitibi', 'Outaouais']
  .flatMap((r, i) => [2018, 2019, 2020].map((y, j) => `${r},${y},${(i + 1) * 10 + (i % 2 ? -j : j) * 5}`))
  .join('\n');
const csv = `region,annee,n\n${four}\n`;

describe('petits-multiples: errors that point home', () => {
  it('names the panel column that does not exist, at its line, with the CSV’s columns', () => {
    expect(read('panneau: regions\ncategorie: annee\nvaleur: n\n', csv).problems).toEqual([
      'figures/f.yaml, ligne 5 : panneau : la colonne « regions » n’existe pas dans data/d.csv (vouliez-vous dire « region » ?) ; ses colonnes sont : region, annee, n',
    ]);
  });

  it('says the most panels it draws, and that one panel is not small multiples', () => {
    const many = Array.from({ length: 21 }, (_, i) => `R${i + 1},2019,1\nR${i + 1},2020,2`).join('\n');
    expect(read(keys, `region,annee,n\n${many}\n`).problems).toEqual([
      'figures/f.yaml, ligne 5 : panneau : la colonne « region » a 21 valeurs (R1, R2, R3, R4, R5, R6, R7, R8, R9, R10, R11, R12… (21 en tout)) ; des petits multiples montrent 20 graphiques au plus : regroupez des valeurs, ou faites deux figures',
    ]);
    expect(read(keys, 'region,annee,n\nEstrie,2019,1\nEstrie,2020,2\n').problems).toEqual([
      'figures/f.yaml, ligne 5 : panneau : la colonne « region » n’a qu’une valeur (« Estrie ») ; des petits multiples ont besoin d’au moins deux graphiques : écrivez « type: lignes » ou « type: colonnes » pour un seul',
    ]);
  });

  it('refuses a line panel of one date, a repeated row, a graphique it does not know, and axe-x with columns', () => {
    expect(read(keys, 'region,annee,n\nEstrie,2019,1\nLaval,2019,2\n').problems).toEqual([
      'figures/f.yaml, ligne 1 : des petits multiples en lignes relient au moins deux points et data/d.csv n’a qu’une catégorie (ligne 2) ; ajoutez des lignes de données, ou écrivez « graphique: colonnes »',
    ]);
    expect(read(keys, `${csv}Laval,2019,4\n`).problems).toEqual([
      'data/d.csv, ligne 14, colonne 2 (« annee ») : la catégorie « 2019 » est déjà à la ligne 6 ; une ligne par catégorie (et par série)',
    ]);
    expect(read(`${keys}graphique: aires\n`, csv).problems).toEqual(['figures/f.yaml, ligne 8 : graphique : une de ces valeurs attendue : lignes, colonnes']);
    expect(read(`${keys}graphique: colonnes\naxe-x: annees\n`, csv).problems).toEqual([
      'figures/f.yaml, ligne 9 : axe-x : cette clé ne sert qu’avec « graphique: lignes » (des colonnes gardent l’ordre du fichier) ; retirez-la',
    ]);
  });

  it('lists a bad number in the value column with its line and column', () => {
    expect(read(keys, csv.replace('Laval,2019,15', 'Laval,2019,n.d.')).problems).toEqual([
      'data/d.csv, ligne 6, colonne 3 (« n ») : nombre attendu, reçu « n.d. » : la figure f.yaml dessine les nombres de cette colonne (champ « Colonne des valeurs ») ; écrivez un nombre, ou laissez la cellule vide si la donnée manque',
    ]);
  });
});

describe('petits-multiples: what it draws', () => {
  it('lays out 2 panels a row in the narrow drawing and up to 3 in the wide one, as few rows as that allows', () => {
    expect(gridOf(4, 360)).toEqual({ columns: 2, rows: 2 });
    expect(gridOf(4, 640)).toEqual({ columns: 2, rows: 2 });
    expect(gridOf(6, 640)).toEqual({ columns: 3, rows: 2 });
    expect(gridOf(7, 640)).toEqual({ columns: 3, rows: 3 });
    expect(gridOf(17, 360)).toEqual({ columns: 2, rows: 9 });
    expect(gridOf(2, 360)).toEqual({ columns: 2, rows: 1 });
    const six = `region,annee,n\n${['A', 'B', 'C', 'D', 'E', 'F'].flatMap((r) => [`${r},2019,1`, `${r},2020,2`]).join('\n')}\n`;
    const { narrow, wide } = drawn(keys, six);
    expect([...new Set(panelX(narrow))]).toHaveLength(2);
    expect([...new Set(panelX(wide))]).toHaveLength(3);
  });

  it('names every mark by its panel, panel after panel, on one value axis for all, at both widths', () => {
    const { narrow, wide } = drawn(`${keys}titre-axe: Nombre\n`, csv);
    for (const svg of [narrow, wide]) {
      expect(marks(svg).slice(0, 4)).toEqual(['Estrie — 2018 | 10', 'Estrie — 2019 | 15', 'Estrie — 2020 | 20', 'Laval — 2018 | 20']);
      expect(marks(svg)).toHaveLength(12);
      expect([...doc(svg).querySelectorAll('.multiples-names text')].map((t) => t.textContent)).toEqual(['Estrie', 'Laval', 'Abitibi', 'Outaouais']);
      const axes = panels(svg).map((g) => [...g.querySelectorAll('.lines-y-axis text')].map((t) => t.textContent).join(' '));
      expect(new Set(axes).size).toBe(1);
      expect(axes[0]).toBe('0 10 20 30 40');
      expect(doc(svg).querySelector('.multiples-title')?.textContent).toBe('Nombre');
      // One drawing, labelled once; its panels are groups, not nested drawings.
      expect(svg.match(/<svg\b/g)).toHaveLength(1);
      expect(svg).toContain('aria-labelledby="a b"');
    }
    // Every text of the narrow drawing keeps the narrow drawing's size (12 px at 320 px), panels included: it prints as the others.
    expect([...narrow.matchAll(/font-size="(\d+)"/g)].map((m) => m[1])).toEqual(expect.arrayContaining(['15']));
    expect(Math.min(...[...narrow.matchAll(/font-size="(\d+)"/g)].map((m) => Number(m[1])))).toBe(15);
    expect(printWidth(narrow)).toBe(Math.ceil((360 * (8.5 / 0.75)) / 15));
  });

  it('draws columns without values on them, columns at every width, on one axis from zero', () => {
    const { narrow, wide } = drawn(`${keys}graphique: colonnes\n`, csv);
    for (const svg of [narrow, wide]) {
      expect(doc(svg).querySelectorAll('.bars-vertical rect[data-label]')).toHaveLength(12);
      expect(doc(svg).querySelector('.bars-horizontal')).toBeNull();
      expect(doc(svg).querySelector('.bars-values')).toBeNull();
      const axes = panels(svg).map((g) => [...g.querySelectorAll('.bars-ticks text')].map((t) => t.textContent).join(' '));
      expect(new Set(axes).size).toBe(1);
      expect(axes[0]!.startsWith('0 ')).toBe(true);
    }
    expect(marks(narrow)[0]).toBe('Estrie — 2018 | 10');
  });

  it('writes a description from the data: the charts, their span, the extremes, the last values, each trend', () => {
    const { figure, rows } = drawn(keys, csv);
    expect(figure.description(rows)).toBe(
      'Petits multiples : 4\u00a0graphiques linéaires sur une même échelle : Estrie, Laval, Abitibi et Outaouais. Chacun de 2018 à 2020 (3\u00a0points). Valeur la plus élevée : Abitibi, 2020 et Outaouais, 2018 (40) ; la plus faible : Estrie, 2018 et Laval, 2020 (10). À la dernière date (2020) : en tête, Abitibi (40) ; en dernier, Laval (10). En hausse : Estrie et Abitibi ; en baisse : Laval et Outaouais.',
    );
    const categories = drawn(`${keys}graphique: colonnes\n`, 'region,annee,n\nA,Nord,1\nA,Sud,2\nB,Nord,3\nB,Sud,3\n');
    expect(categories.figure.description(categories.rows)).toBe(
      'Petits multiples : 2\u00a0diagrammes à colonnes sur une même échelle : A et B. Chacun montre 2\u00a0catégories. Valeur la plus élevée : B, Nord et Sud (3) ; la plus faible : A, Nord (1).',
    );
  });

  it('surligner: the chosen panels keep their colour and bold name, the others muted; named in the description and the table', () => {
    for (const chart of ['lignes', 'colonnes']) {
      const { figure, rows, narrow, wide } = drawn(`${keys}graphique: ${chart}\nsurligner: [Laval, Outaouais]\n`, csv);
      for (const svg of [narrow, wide]) {
        const colours = panels(svg).map((g) =>
          [...g.querySelectorAll(chart === 'lignes' ? '.lines-series path, .lines-series line' : '.bars-marks rect, .bars-marks')]
            .flatMap((m) => [m.getAttribute('stroke'), m.getAttribute('fill')])
            .filter((c): c is string => Boolean(c) && c !== 'none'),
        );
        expect(colours.map((c) => (c.length && c.every((x) => x === muted) ? 'muted' : c.length && !c.includes(muted) ? 'own' : 'mixed')), chart).toEqual(['muted', 'own', 'muted', 'own']);
        const names = [...doc(svg).querySelectorAll('.multiples-names text')];
        expect(names.map((t) => `${t.textContent} ${t.getAttribute('font-weight') ?? 'bold'}`)).toEqual(['Estrie 400', 'Laval bold', 'Abitibi 400', 'Outaouais bold']);
      }
      expect(figure.description(rows).endsWith(' En évidence : Laval et Outaouais.'), chart).toBe(true);
      expect(figure.columns.map((c) => Boolean(c.highlighted))).toEqual([false, false, true, false, true]);
    }
    const none = drawn(keys, csv);
    expect(none.wide).not.toContain(muted);
    expect(none.figure.description(none.rows)).not.toContain('En évidence');
  });

  it('surligner: a panel that does not exist is named at its line, with the panels', () => {
    expect(read(`${keys}surligner: [Laval, Gaspésie]\n`, csv).problems).toEqual([
      'figures/f.yaml, ligne 8 : surligner : « Gaspésie » n’est pas un panneau des données ; panneaux : Estrie, Laval, Abitibi, Outaouais',
    ]);
  });

  it('gives the data table one column per panel, and escapes what the CSV says', () => {
    const { figure, rows, wide } = drawn(keys, 'region,annee,n\n<b>,2019,1\n<b>,2020,2\nR&D,2019,3\nR&D,2020,4\n');
    expect(figure.columns.map((c) => c.label)).toEqual(['annee', '<b>', 'R&D']);
    expect(rows.map((r) => r.shown)).toEqual([
      ['2019', '1', '3'],
      ['2020', '2', '4'],
    ]);
    expect(wide).toContain('data-label="&lt;b&gt; — 2019"');
    expect(wide).toContain('>R&amp;D</text>');
    expect(wide).not.toContain('<b>');
  });

  it('breaks a long panel name after its dash before its hyphens', () => {
    expect(wrapName('Saguenay–Lac-Saint-Jean', 200, 15)).toEqual(['Saguenay–', 'Lac-Saint-Jean']);
    expect(wrapName('Estrie', 200, 15)).toEqual(['Estrie']);
  });
});

describe('the panel request of the lines and column renderers', () => {
  const data = { categories: [{ key: '2019', label: '2019', position: 2019 }, { key: '2020', label: '2020', position: 2020 }], series: [{ key: 'A', label: 'A' }], values: [[1, 2]] };
  const base = { width: 170, idPrefix: 'p-', labelledBy: '', format: String };
  const panel = { drawingWidth: 360, domain: [0, 40] as [number, number], plotHeight: 120 };

  it('lines: the shared domain, the whole drawing’s text size, the given plot height', () => {
    const svg = renderLines(data, { ...base, xKind: 'year', panel });
    expect([...doc(svg).querySelectorAll('.lines-y-axis text')].map((t) => t.textContent)).toEqual(['0', '10', '20', '30', '40']);
    expect(svg).toContain('font-size="15"');
    const ys = [...doc(svg).querySelectorAll('.lines-y-axis line')].map((l) => Number(l.getAttribute('y1')));
    expect(Math.max(...ys) - Math.min(...ys)).toBe(120);
    // Without it, the panel's own values and its own width's sizes.
    const alone = renderLines(data, { ...base, xKind: 'year' });
    expect(alone).toContain('font-size="8"');
  });

  it('columns: kept as columns with sparse labels where they would turn into bars, no value labels', () => {
    const many = {
      categories: Array.from({ length: 8 }, (_, i) => ({ key: String(2013 + i), label: String(2013 + i) })),
      series: [{ key: 'A', label: 'A' }],
      values: [[1200, 1300, 1250, 1400, 1380, 1500, 1450, 1600]],
    };
    const request = { ...base, format: (v: number) => v.toLocaleString('fr-CA'), orientation: 'vertical' as const, layout: 'single' as const };
    expect(renderBarChart(many, request)).toContain('bars-horizontal');
    const svg = renderBarChart(many, { ...request, panel: { ...panel, domain: [0, 1600] } });
    expect(svg).toContain('bars-vertical');
    expect(doc(svg).querySelector('.bars-values')).toBeNull();
    const labels = [...doc(svg).querySelectorAll('.bars-categories text')].map((t) => t.textContent);
    expect(labels.length).toBeGreaterThan(1);
    expect(labels.length).toBeLessThan(8);
    expect(labels[0]).toBe('2013');
  });
});

describe('petits-multiples: a new figure file', () => {
  it('is started by npm run new:figure with its panel, category and value columns from the CSV’s header (modele.json)', () => {
    const dir = newFigureProject('petits-multiples', { 'emplois.csv': 'Région;Année;Emplois\nEstrie;2019;3\nEstrie;2020;5\n' });
    const run = spawnSync(process.execPath, ['scripts/new-figure.mjs', 'emplois-regions', '--type', 'petits-multiples', '--donnees', 'emplois.csv'], { cwd: dir, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'src/content/figures/emplois-regions.yaml'), 'utf8')).toContain(
      'type: petits-multiples\ntitre: Titre de la figure\ndonnees: emplois.csv\npanneau: Région\ncategorie: Année\nvaleur: Emplois\n',
    );
  });
});

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readFigureFile } from '../../declarative';
import { figureCorners } from '../../../../tests/helpers/figure-files';
import { correlationWords, maxPoints, pearson } from './type';

// The scatter type (nuage-de-points): its checks in French with file and line, its drawing at both
// widths, its table, its CSV and its written description with Pearson's r in words.

const { read, drawn, newFigureProject } = figureCorners('nuage', { head: 'type: nuage-de-points\n' });

const doc = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;

const regions = 'region,entreprises,emplois,population,territoire\nEstrie,520,9.8,333,intermédiaire\nMontréal,2650,38.4,2050,urbain\nCôte-Nord,140,3.9,91,rural\nLaval,410,5.6,446,urbain\n';
const keys = 'x: entreprises\ny: emplois\netiquette: region\n';

describe('Pearson’s r, and in words', () => {
  it('is 1 on a rising line, −1 on a falling one, undefined when a side does not vary or with fewer than 3 points', () => {
    expect(pearson([{ x: 1, y: 2 }, { x: 2, y: 4 }, { x: 3, y: 6 }])).toBe(1);
    expect(pearson([{ x: 1, y: 6 }, { x: 2, y: 4 }, { x: 3, y: 2 }])).toBe(-1);
    expect(pearson([{ x: 1, y: 5 }, { x: 2, y: 5 }, { x: 3, y: 5 }])).toBeUndefined();
    expect(pearson([{ x: 1, y: 1 }, { x: 2, y: 3 }])).toBeUndefined();
    // By hand: x 1..5, y 2 4 5 4 5: sxy = 6, sxx = 10, syy = 6 → r = 6 / √60 = 0,7746.
    expect(pearson([1, 2, 3, 4, 5].map((x, i) => ({ x, y: [2, 4, 5, 4, 5][i]! })))).toBeCloseTo(0.7746, 4);
  });

  it('says the sign and the strength, r with a decimal comma and a true minus sign', () => {
    expect(correlationWords(0.8213)).toBe('corrélation positive forte (r\u00a0=\u00a00,82)');
    expect(correlationWords(-0.449)).toBe('corrélation négative modérée (r\u00a0=\u00a0\u22120,45)');
    expect(correlationWords(0.25)).toBe('corrélation positive faible (r\u00a0=\u00a00,25)');
    expect(correlationWords(0.95)).toBe('corrélation positive très forte (r\u00a0=\u00a00,95)');
    expect(correlationWords(0.04)).toBe('pas de corrélation linéaire (r\u00a0=\u00a00,04)');
    expect(correlationWords(undefined)).toBe('corrélation non calculable (une des deux colonnes ne varie pas)');
  });
});

describe('nuage-de-points: errors that point home', () => {
  it('names a missing column with the file, the line of its key and the CSV’s columns', () => {
    expect(read('x: entreprises\ny: emploi\n', regions).problems).toEqual([
      'figures/f.yaml, ligne 6 : y : la colonne « emploi » n’existe pas dans data/d.csv (vouliez-vous dire « emplois » ?) ; ses colonnes sont : region, entreprises, emplois, population, territoire',
    ]);
  });

  it('names a cell that is not a number with its line, column and key', () => {
    const { problems } = read(keys, regions.replace('Laval,410,', 'Laval,n.d.,'));
    expect(problems).toEqual([
      'data/d.csv, ligne 5, colonne 2 (« entreprises ») : nombre attendu, reçu « n.d. » : la figure f.yaml dessine les nombres de cette colonne (clé « x ») ; écrivez un nombre, ou laissez la cellule vide si la donnée manque',
    ]);
  });

  it('refuses a point to name that the data do not have, and names without their column', () => {
    expect(read(`${keys}etiqueter: [Gaspésie]\n`, regions).problems).toEqual([
      'figures/f.yaml, ligne 8 : etiqueter : « Gaspésie » n’est pas un point des données ; points : Estrie, Montréal, Côte-Nord, Laval',
    ]);
    expect(read('x: entreprises\ny: emplois\netiqueter: [Estrie]\n', regions).problems).toEqual([
      'figures/f.yaml, ligne 7 : etiqueter : donnez aussi « etiquette », la colonne qui nomme les points',
    ]);
  });

  it('refuses more colours than the palette tells apart, a negative area, and fewer than two points', () => {
    const many = `nom,a,b,c\n${Array.from({ length: 7 }, (_, i) => `P${i},${i},${i * 2},G${i}`).join('\n')}\n`;
    expect(read('x: a\ny: b\ncouleur: c\n', many).problems).toEqual([
      'figures/f.yaml, ligne 7 : couleur : la colonne « c » a 7 catégories (G0, G1, G2, G3, G4, G5, G6) ; un nuage de points en distingue 6 au plus par la couleur : regroupez-les ou retirez « couleur »',
    ]);
    expect(read(`${keys}taille: population\n`, regions.replace('333', '-333')).problems).toEqual([
      'data/d.csv, ligne 2, colonne 4 (« population ») : nombre positif ou nul attendu : la figure f.yaml dessine l’aire des points selon cette colonne (taille)',
    ]);
    expect(read(keys, 'region,entreprises,emplois\nEstrie,520,\nLaval,410,5.6\n').problems).toEqual([
      'figures/f.yaml, ligne 6 : un nuage de points a besoin d’au moins deux lignes avec un nombre dans x et dans y ; data/d.csv en a 1',
    ]);
    expect(read('x: entreprises\ny: emplois\nformat-x: euros\n', regions).problems).toEqual([
      'figures/f.yaml, ligne 7 : format-x : une de ces valeurs attendue : nombre, pourcentage, dollars, k$, M$',
    ]);
  });
});

describe('nuage-de-points: what it draws', () => {
  it('draws one disc per point at both widths, the largest first (no small disc hidden under a large one), each with its label and values', () => {
    const { narrow, wide } = drawn(`${keys}taille: population\ncouleur: territoire\netiqueter: [Montréal]\ntitre-x: Entreprises\n`, regions);
    for (const svg of [narrow, wide]) {
      const discs = [...doc(svg).querySelectorAll('.scatter-points circle')];
      expect(discs.map((c) => c.getAttribute('data-label'))).toEqual(['Montréal', 'Laval', 'Estrie', 'Côte-Nord']);
      expect(discs[3]!.getAttribute('data-value')).toBe('Entreprises\u00a0: 140\u202f; emplois\u00a0: 3,9\u202f; population\u00a0: 91\u202f; territoire\u00a0: rural');
      // Area proportional to the value: radius ∝ √population.
      const r = discs.map((c) => Number(c.getAttribute('r')));
      expect(r[0]! / r[2]!).toBeCloseTo(Math.sqrt(2050 / 333), 1);
      // Colours by category, the same for both urban regions; the legend names the three.
      const fills = discs.map((c) => c.getAttribute('fill'));
      expect(fills[0]).toBe(fills[1]);
      expect(new Set(fills).size).toBe(3);
      expect([...doc(svg).querySelectorAll('.scatter-legend text')].map((t) => t.textContent)).toEqual(['intermédiaire', 'urbain', 'rural']);
      expect([...doc(svg).querySelectorAll('.scatter-labels text')].map((t) => t.textContent)).toEqual(['Montréal']);
      // Positive data: no negative tick on either axis.
      const ticks = [...doc(svg).querySelectorAll('.scatter-x-axis text, .scatter-y-axis text')].map((t) => t.textContent!);
      expect(ticks.filter((t) => t.startsWith('\u2212'))).toEqual([]);
      expect(doc(svg).querySelector('.scatter-title-x')?.textContent).toBe('Entreprises');
    }
    // Narrow and wide differ in layout, not only in scale.
    expect(narrow).not.toBe(wide.replace('640', '360'));
  });

  it('writes its description from the data: what against what, r in words, colours, areas, extremes, named points', () => {
    const { figure, rows } = drawn(`${keys}taille: population\ncouleur: territoire\netiqueter: [Montréal, Estrie]\n`, regions);
    expect(figure.description(rows)).toBe(
      'Nuage de 4\u00a0points : « emplois » (axe vertical) selon « entreprises » (axe horizontal) ; corrélation positive très forte (r\u00a0=\u00a01,00). ' +
        'Couleur selon « territoire » : intermédiaire, urbain et rural. Aire des points selon « population ». ' +
        '« emplois » le plus élevé : Montréal (38,4) ; le plus faible : Côte-Nord (3,9). Points nommés sur le graphique : Montréal et Estrie.',
    );
  });

  it('walks the discs left to right when they have no area; lists every row in its table and CSV, a row without y left undrawn with a note', () => {
    const { figure, rows, wide } = drawn(keys, `${regions}Laurentides,560,,630,intermédiaire\n`);
    expect(figure.columns.map((c) => c.label)).toEqual(['region', 'entreprises', 'emplois']);
    expect(rows.map((r) => r.shown)).toEqual([
      ['Estrie', '520', '9,8'],
      ['Montréal', '2\u202f650', '38,4'],
      ['Côte-Nord', '140', '3,9'],
      ['Laval', '410', '5,6'],
      ['Laurentides', '560', '—'],
    ]);
    expect(figure.columns.map((c) => c.numeric)).toEqual([false, true, true]);
    expect(figure.note).toBe('1 ligne sans valeur pour x ou y n’est pas dessinée.');
    expect([...doc(wide).querySelectorAll('.scatter-points circle')].map((c) => c.getAttribute('data-label'))).toEqual(['Côte-Nord', 'Laval', 'Estrie', 'Montréal']);
  });

  it(`draws and lists the first ${maxPoints} rows of a longer file, says so, and keeps every row in its CSV`, () => {
    const csv = `n,a,b\n${Array.from({ length: maxPoints + 5 }, (_, i) => `P${i},${i},${(i * 7) % 13}`).join('\n')}\n`;
    const { figure, rows, narrow } = drawn('x: a\ny: b\netiquette: n\n', csv);
    expect(rows).toHaveLength(maxPoints);
    expect(figure.csvRows!()).toHaveLength(maxPoints + 5);
    expect(figure.note).toBe('Seuls les 1\u202f000 premiers points sur 1\u202f005 sont dessinés ; le fichier de données les contient tous.');
    expect(doc(narrow).querySelectorAll('.scatter-points circle')).toHaveLength(maxPoints);
  });

  it('escapes what the CSV says, in labels and values', () => {
    const { wide } = drawn(`${keys}etiqueter: ['<b>&"']\n`, 'region,entreprises,emplois\n"<b>&""",1,2\nB,2,3\nC,3,5\n');
    expect(wide).toContain('data-label="&lt;b&gt;&amp;&quot;"');
    expect(wide).toContain('>&lt;b&gt;&amp;&quot;</text>');
    expect(wide).not.toContain('<b>');
  });
});

describe('npm run new:figure -- <id> --type nuage-de-points', () => {
  it('writes a figure file whose column roles come from the CSV’s header, as the folder’s modele.json says', () => {
    const dir = newFigureProject('nuage-de-points', { 'mesures.csv': 'Organisme;Bénévoles;Heures\nA;3;10\nB;5;12\n' });
    const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/new-figure.mjs', ...args], { cwd: dir, encoding: 'utf8' });
    const created = run('benevoles-heures', '--type', 'nuage-de-points', '--donnees', 'mesures.csv');
    expect(created.status, created.stderr).toBe(0);
    const text = readFileSync(path.join(dir, 'src/content/figures/benevoles-heures.yaml'), 'utf8');
    expect(text).toContain('type: nuage-de-points\ntitre: Titre de la figure\ndonnees: mesures.csv\netiquette: Organisme\nx: Bénévoles\ny: Heures\nformat: nombre\n');
    // Without a CSV, one is started with the folder's header.
    expect(run('autre', '--type', 'nuage-de-points').status).toBe(0);
    expect(readFileSync(path.join(dir, 'data/autre.csv'), 'utf8')).toBe('nom;valeur x;valeur y\r\n');
    // The file it writes is read as the build reads it: only its placeholders are left to replace.
    const file = readFigureFile(path.join(dir, 'src/content/figures/benevoles-heures.yaml'), path.join(dir, 'data'));
    expect(file.problems.map((p) => p.message.split(`${dir}/`).join(''))).toEqual([
      expect.stringMatching(/^src\/content\/figures\/benevoles-heures\.yaml, ligne 4 : titre : /),
      expect.stringMatching(/^src\/content\/figures\/benevoles-heures\.yaml, ligne 10 : source : /),
    ]);
    expect(run('x', '--type', 'camembert').stderr).toContain('types possibles : barres, colonnes, barres-groupees, colonnes-groupees, barres-empilees, colonnes-empilees, lignes, anneau, tableau, carte-regions, nuage-de-points');
  });
});

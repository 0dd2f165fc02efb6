import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { figureCorners } from '../../../../tests/helpers/figure-files';

// The area type (aires): its checks in French with file and line, its drawing at both widths
// (single, stacked, stacked to 100 %), its bands for the pointer and the keyboard, its description.

const { read, drawn } = figureCorners('aires', { head: 'type: aires\n' });

const doc = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
const bands = (svg: string) => [...doc(svg).querySelectorAll('.areas-hits rect')].map((r) => `${r.getAttribute('data-label')} | ${r.getAttribute('data-value')}`);

const wide = 'annee,A,B\n2018,10,30\n2019,20,20\n2020,30,10\n';

describe('aires: errors that point home', () => {
  it('refuses a gap in stacked areas, naming the series and the date', () => {
    expect(read('categorie: annee\nvaleurs: [A, B]\n', 'annee,A,B\n2018,10,30\n2019,,20\n2020,30,10\n').problems).toEqual([
      'figures/f.yaml, ligne 6 : valeurs : la série « A » n’a pas de valeur pour « 2019 » ; des aires empilées ont besoin d’une valeur à chaque date (écrivez 0 si elle est nulle), ou retirez cette série',
    ]);
  });

  it('refuses a negative value, and a date whose total is 0 when stacked to 100 %', () => {
    expect(read('categorie: annee\nvaleurs: [A, B]\n', wide.replace('2019,20,20', '2019,-20,20')).problems).toEqual([
      'data/d.csv, ligne 3, colonne 2 (« A ») : nombre positif attendu : la figure f.yaml (aires) ne peut pas montrer de valeur négative',
    ]);
    expect(read('categorie: annee\nvaleurs: [A, B]\npourcentages: oui\n', wide.replace('2019,20,20', '2019,0,0')).problems).toEqual([
      'figures/f.yaml, ligne 7 : pourcentages : le total de « 2019 » est 0 ; il ne peut pas être ramené à 100\u00a0% (retirez « pourcentages » ou cette ligne)',
    ]);
  });

  it('takes the time axis of lines: a single date refused, axe-x checked', () => {
    expect(read('categorie: annee\nvaleur: A\n', 'annee,A\n2018,10\n').problems).toEqual([
      'figures/f.yaml, ligne 1 : un graphique en aires a besoin d’au moins deux dates et data/d.csv n’en a qu’une (ligne 2) ; ajoutez une ligne de données, ou écrivez « type: colonnes » pour montrer une seule valeur',
    ]);
    expect(read('categorie: annee\nvaleur: A\naxe-x: dates\n', wide).problems).toEqual(['figures/f.yaml, ligne 7 : axe-x dates : chaque catégorie doit être une date, 2019-05-01 ou 01/05/2019']);
  });
});

describe('aires: what it draws', () => {
  it('stacks the series, the first at the bottom, with one band per date giving every value and the total', () => {
    const { narrow, wide: w } = drawn('categorie: annee\nvaleurs: [A, B]\n', wide);
    for (const svg of [narrow, w]) {
      const paths = [...doc(svg).querySelectorAll('.areas-series path')];
      expect(paths.map((p) => p.getAttribute('data-series'))).toEqual(['A', 'B']);
      expect(bands(svg)).toEqual(['2018 | A\u00a0: 10\u202f; B\u00a0: 30\u202f; Total\u00a0: 40', '2019 | A\u00a0: 20\u202f; B\u00a0: 20\u202f; Total\u00a0: 40', '2020 | A\u00a0: 30\u202f; B\u00a0: 10\u202f; Total\u00a0: 40']);
      expect([...doc(svg).querySelectorAll('.areas-legend text')].map((t) => t.textContent)).toEqual(['A', 'B']);
      expect([...doc(svg).querySelectorAll('.areas-x-axis text')].map((t) => t.textContent)).toEqual(['2018', '2019', '2020']);
    }
  });

  it('at 100 % writes whole percents that add up to 100 at each date, on a 0–100 % axis', () => {
    const { wide: w, figure, rows } = drawn('categorie: annee\nvaleurs: [A, B, C]\npourcentages: oui\n', 'annee,A,B,C\n2019,1,1,1\n2020,1,2,1\n');
    expect(bands(w)).toEqual([
      '2019 | A\u00a0: 1 (34\u00a0%)\u202f; B\u00a0: 1 (33\u00a0%)\u202f; C\u00a0: 1 (33\u00a0%)\u202f; Total\u00a0: 3',
      '2020 | A\u00a0: 1 (25\u00a0%)\u202f; B\u00a0: 2 (50\u00a0%)\u202f; C\u00a0: 1 (25\u00a0%)\u202f; Total\u00a0: 4',
    ]);
    expect([...doc(w).querySelectorAll('.areas-y-axis text')].map((t) => t.textContent)).toEqual(['0\u00a0%', '25\u00a0%', '50\u00a0%', '75\u00a0%', '100\u00a0%']);
    expect(figure.description(rows)).toBe(
      'Graphique en aires de 3\u00a0séries (A, B et C), empilées à 100\u00a0% de chaque date, de 2019 à 2020 (2\u00a0points). A : 34\u00a0% du total (2019), puis 25\u00a0% (2020). B : 33\u00a0% du total (2019), puis 50\u00a0% (2020). C : 33\u00a0% du total (2019), puis 25\u00a0% (2020).',
    );
  });

  it('draws one series with its gaps left open, its dates said the French way', () => {
    const { narrow, figure, rows } = drawn('categorie: date\nvaleur: abonnes\ntitre-axe: Abonnés\n', 'date,abonnes\n2020-01-15,100\n2020-02-15,\n2020-03-15,140\n2020-04-15,180\n');
    expect(bands(narrow)).toEqual(['15\u00a0janvier\u00a02020 | 100', '15\u00a0février\u00a02020 | —', '15\u00a0mars\u00a02020 | 140', '15\u00a0avril\u00a02020 | 180']);
    // Two pieces of area around the gap.
    expect(doc(narrow).querySelector('.areas-series path')!.getAttribute('d')!.match(/M/g)).toHaveLength(2);
    expect(doc(narrow).querySelector('.areas-title')?.textContent).toBe('Abonnés');
    expect(figure.description(rows)).toBe('Graphique en aires du 15\u00a0janvier\u00a02020 au 15\u00a0avril\u00a02020 (4\u00a0points). abonnes : de 100 (15\u00a0janvier\u00a02020) à 180 (15\u00a0avril\u00a02020), en hausse.');
  });

  it('escapes what the CSV says', () => {
    const { wide: w } = drawn('categorie: annee\nvaleurs: ["<b>", "R&D"]\n', 'annee,<b>,R&D\n2019,1,2\n2020,2,3\n');
    expect(w).toContain('data-series="&lt;b&gt;"');
    expect(w).toContain('>R&amp;D</text>');
    expect(w).not.toContain('<b>');
  });
});

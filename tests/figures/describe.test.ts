import { describe, expect, it } from 'vitest';
import { figureCorners } from '../helpers/figure-files';
import { trendOf } from '../../src/figures/trend';

const corners = figureCorners('describe');

/** A figure file and its CSV in a temporary corner, read and prepared as the build does. */
function figure(yaml: string, csv: string) {
  const { figure: declared, rows, render } = corners.drawn(yaml, csv);
  return { description: declared.description(rows), render: (width: number) => render(width) };
}

/** Daily values from `start` for `days` days: a yearly cycle (peak mid-July), a deterministic ripple, and a trend per year. */
function daily(start: string, days: number, perYear: number): string {
  const t0 = Date.parse(start);
  const rows = ['date,Visites,Appels'];
  for (let d = 0; d < days; d++) {
    const time = t0 + d * 864e5;
    const dayOfYear = (time - Date.UTC(new Date(time).getUTCFullYear(), 0, 1)) / 864e5;
    const season = Math.cos((2 * Math.PI * (dayOfYear - 196)) / 365);
    const ripple = ((d * 7919) % 13) - 6;
    const years = d / 365;
    rows.push(`${new Date(time).toISOString().slice(0, 10)},${(500 + 200 * season + ripple + perYear * years).toFixed(1)},${(80 + 30 * season + ripple / 2 + (perYear / 10) * years).toFixed(1)}`);
  }
  return `${rows.join('\n')}\n`;
}

describe('written descriptions (the alt text) say what the data say', () => {
  it('seasonal daily data without a trend: « sans tendance nette », although the first weeks are higher than the last', () => {
    // From the summer peak of 2018 to the winter low of 2020, averaged by 3 days: the first 80 days average far above the last 80.
    const f = figure('type: lignes\ncategorie: date\nvaleurs: [Visites, Appels]\n', daily('2018-07-01', 580, 0));
    expect(f.description).toBe(
      'Graphique linéaire de 2\u00a0séries du 1er\u00a0juillet\u00a02018 – 3\u00a0juillet\u00a02018 au 31\u00a0janvier\u00a02020 (194\u00a0points). ' +
        'Visites : de 690,2 (1er\u00a0juillet\u00a02018 – 3\u00a0juillet\u00a02018) à 303,0 (31\u00a0janvier\u00a02020), sans tendance nette ; maximum 703,9 (17\u00a0juillet\u00a02019 – 19\u00a0juillet\u00a02019), minimum 296,1 (12\u00a0janvier\u00a02019 – 14\u00a0janvier\u00a02019). ' +
        'Appels : de 107,1 (1er\u00a0juillet\u00a02018 – 3\u00a0juillet\u00a02018) à 48,7 (31\u00a0janvier\u00a02020), sans tendance nette ; maximum 112,0 (17\u00a0juillet\u00a02019 – 19\u00a0juillet\u00a02019), minimum 48,0 (12\u00a0janvier\u00a02019 – 14\u00a0janvier\u00a02019).',
    );
  });

  it('seasonal daily data with a real trend: « en hausse »', () => {
    const f = figure('type: lignes\ncategorie: date\nvaleur: Visites\n', daily('2018-07-01', 580, 600));
    expect(f.description).toMatch(/^Graphique linéaire du 1er\u00a0juillet\u00a02018 – 3\u00a0juillet\u00a02018 au 31\u00a0janvier\u00a02020 \(194\u00a0points\)\. De 691,9 \(1er\u00a0juillet\u00a02018 – 3\u00a0juillet\u00a02018\) à 1\u202f254,8 \(31\u00a0janvier\u00a02020\), en hausse ; maximum/);
  });

  it('the trend measure: Mann–Kendall corrected for autocorrelation, and a change at least the spread around the Theil–Sen line', () => {
    const noisyUp = [3, 5, 4, 6, 8, 7, 9, 11, 10, 12].map((value, t) => ({ t, value }));
    expect(trendOf(noisyUp)).toMatchObject({ word: 'hausse', s: 39, slope: 1, change: 9 });
    const flat = [5, 7, 4, 6, 5, 7, 4, 6, 5, 7].map((value, t) => ({ t, value }));
    expect(trendOf(flat).word).toBe('aucune');
    // A full sine: Kendall's S alone would call the second half's fall a trend.
    const wave = Array.from({ length: 120 }, (_, t) => ({ t, value: Math.sin((2 * Math.PI * t) / 80) }));
    expect(trendOf(wave).word).toBe('aucune');
    expect(trendOf([{ t: 2019, value: 4 }, { t: 2020, value: 3 }]).word).toBe('baisse');
    expect(trendOf([{ t: 2019, value: 4 }, { t: 2020, value: 4 }]).word).toBe('stable');
  });

  it('a short series that only rises is « en hausse »; one that goes up and down is « sans tendance nette »', () => {
    const up = figure('type: lignes\ncategorie: annee\nvaleur: n\n', 'annee,n\n2018,10\n2019,12\n2020,15\n');
    expect(up.description).toBe('Graphique linéaire de 2018 à 2020 (3\u00a0points). De 10 (2018) à 15 (2020), en hausse ; maximum 15 (2020), minimum 10 (2018).');
    const zigzag = figure('type: lignes\ncategorie: annee\nvaleur: n\n', 'annee,n\n2016,10\n2017,30\n2018,5\n2019,28\n2020,11\n');
    expect(zigzag.description).toBe('Graphique linéaire de 2016 à 2020 (5\u00a0points). De 10 (2016) à 11 (2020), sans tendance nette ; maximum 30 (2017), minimum 5 (2018).');
  });

  it('a series of one value is one sentence, not « de 12 (2020) à 12 (2020), stable » (a whole line chart of one point is refused by the check: tests/figures/drawable.test.ts)', () => {
    const lone = figure('type: lignes\ncategorie: annee\nvaleurs: [A, B]\n', 'annee,A,B\n2019,4,\n2020,5,12\n');
    expect(lone.description).toBe(
      'Graphique linéaire de 2\u00a0séries de 2019 à 2020 (2\u00a0points). A : de 4 (2019) à 5 (2020), en hausse ; maximum 5 (2020), minimum 4 (2019). B : une seule valeur, 12 (2020).',
    );
  });

  it('a 100 % stack states the shares the drawing writes (whole percents adding up to 100 in each bar)', () => {
    // 26,4 / 37,4 / 36,2 % round alone to 26 + 37 + 36 = 99: the drawing gives the missing point to a largest remainder (A, 27 %).
    const f = figure('type: colonnes-empilees\ncategorie: annee\nvaleurs: [A, B, C]\npourcentages: oui\n', 'annee,A,B,C\n2020,264,374,362\n2021,300,300,400\n');
    const drawn = [...f.render(360).matchAll(/data-value="[^"(]*\(([^)]*)\)" data-label="2020 — ([ABC])"/g)].map((m) => `${m[2]} ${m[1]}`);
    expect(drawn).toEqual(['A 27\u00a0%', 'B 37\u00a0%', 'C 36\u00a0%']);
    expect(f.description).toBe(
      'Diagramme à colonnes empilées de 2\u00a0catégories et 3\u00a0séries (A, B et C), chaque barre ramenée à 100 %. Part la plus élevée : C en 2021 (40\u00a0%) ; la plus faible : A en 2020 (27\u00a0%).',
    );
  });

  it('a donut states its shares as the drawing writes them (one decimal under 1 %)', () => {
    const f = figure('type: anneau\ncategorie: poste\nvaleur: m\n', 'poste,m\nSalaires,993\nLocaux,7\n');
    expect(f.description).toBe('Graphique en anneau de 2\u00a0parts, total 1\u202f000. La plus grande part : Salaires, 99\u00a0% (993) ; la plus petite : Locaux, 0,7\u00a0% (7).');
    expect(f.render(640)).toContain('0,7\u00a0%');
  });

  it('one and many in French: « et 1 autre », « et 2 autres »', () => {
    const five = figure('type: barres\ncategorie: r\nvaleur: n\n', 'r,n\nA,1\nB,1\nC,1\nD,1\nE,9\n');
    expect(five.description).toBe('Diagramme à barres horizontales de 5\u00a0catégories. Valeur la plus élevée : E (9) ; la plus faible : A, B, C et 1\u00a0autre (1).');
    const six = figure('type: barres\ncategorie: r\nvaleur: n\n', 'r,n\nA,1\nB,1\nC,1\nD,1\nF,1\nE,9\n');
    expect(six.description).toBe('Diagramme à barres horizontales de 6\u00a0catégories. Valeur la plus élevée : E (9) ; la plus faible : A, B, C et 2\u00a0autres (1).');
  });
});
